import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/all.js';
// used on its own here: defined now, as a page that has one gets it (all.js fetches it when one is on the page)
import '../src/service/define.js';
import type { Service } from '@signpost/core';
import { online, riverside, speech } from '../../../test/fixtures/services.js';
import type { SignpostService } from '../src/service/service.js';

async function show(service: Service, lang = 'en') {
  const el = await fixture<SignpostService>(html`<signpost-service .service=${service} lang=${lang}></signpost-service>`);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
  const root = el.shadowRoot!;
  // the description is sanitised by a chunk loaded when first needed
  if (service.description.trim()) await waitUntil(() => root.querySelector('.description')?.firstElementChild, 'no description shown');
  return { el, root };
}

describe('signpost-service', () => {
  it('renders everything a person needs to decide and get in touch', async () => {
    const { root } = await show(riverside);
    expect(root.querySelector('h2')!.textContent).to.equal('Riverside Youth Club');
    const text = root.textContent!.replace(/\s+/g, ' ');
    for (const expected of [
      'By Riverside Community Trust',
      'Last checked September 2026',
      'Riverside Hall',
      '12 Water Lane',
      'S1 2HE',
      'Tuesday, Thursday: 18:00 to 20:30',
      'Ages 11 to 18',
      'Drop in',
      'Step-free entrance',
      'English, Urdu',
      'Leisure and activities',
      'Sam Okafor, Youth worker',
    ]) {
      expect(text, expected).to.contain(expected);
    }
    expect(root.querySelector('.description ul li')!.textContent).to.equal('Pool table');
    const website = root.querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
    expect(website.href).to.equal('https://riverside.example.org/youth');
    expect(website.rel).to.contain('noopener');
    expect(root.querySelector('a[href="tel:01144960123"]')!.textContent).to.contain('0114 496 0123');
    expect(root.querySelector('a[href="mailto:youth@riverside.example.org"]')).to.exist;
  });

  it("hands its own tile settings to the places map", async () => {
    const el = await fixture<SignpostService>(
      html`<signpost-service .service=${riverside} tile-url="https://tiles.example.gov.uk/{z}/{x}/{y}.png" tile-attribution="© Example Council"></signpost-service>`,
    );
    await el.updateComplete;
    const map = el.shadowRoot!.querySelector<HTMLElement & { tileUrl: string | null; tileAttribution: string | null }>('signpost-map')!;
    expect(map.tileUrl).to.equal('https://tiles.example.gov.uk/{z}/{x}/{y}.png');
    expect(map.tileAttribution).to.equal('© Example Council');
  });

  it('fits the host page’s outline with heading-level', async () => {
    const el = await fixture<SignpostService>(html`<signpost-service .service=${riverside} heading-level="3"></signpost-service>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h3.title')!.textContent).to.equal('Riverside Youth Club');
    expect(root.querySelector('h2')).to.equal(null);
    const sectionHeadings = [...root.querySelectorAll('section > .section-title')];
    expect(sectionHeadings.length).to.be.greaterThan(3);
    expect(sectionHeadings.every((h) => h.tagName === 'H4')).to.equal(true);
    // sized by role, not by level: the same as at the default level 2
    const { root: level2 } = await show(riverside);
    expect(getComputedStyle(root.querySelector('.title')!).fontSize).to.equal(getComputedStyle(level2.querySelector('h2.title')!).fontSize);
  });

  it('warns plainly when a listing may be out of date', async () => {
    const { root } = await show(speech);
    expect(root.querySelector('.stale-notice')!.textContent).to.contain('may be out of date');
    expect(root.textContent).to.contain('Assessment – £25 – per session');
  });

  it('says what a service costs once, however many ways the feed says it', async () => {
    const free = { ...riverside, free: true, fees: 'Free.', costOptions: [{ option: 'Free', amount: 0, amountDescription: 'No charge' }] };
    const { root } = await show(free);
    const cost = [...root.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === 'Cost')!;
    expect([...cost.querySelectorAll('p, li')].map((e) => e.textContent!.trim())).to.deep.equal(['Free']);

    const paid = { ...riverside, free: false, fees: 'Sessions cost £5, carers free', costOptions: [{ option: 'Per session', amount: 5 }] };
    const paidCost = [...(await show(paid)).root.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === 'Cost')!;
    expect([...paidCost.querySelectorAll('p, li')].map((e) => e.textContent!.trim())).to.deep.equal([
      'From £5',
      'Sessions cost £5, carers free',
      'Per session – £5',
    ]);
  });

  it('says a service without an address is online', async () => {
    const { root } = await show(online);
    expect(root.textContent).to.contain('This service has no address');
  });

  it('never runs script that reached the description', async () => {
    const hostile = { ...riverside, description: '<p>ok</p><img src=x onerror="document.title=1"><script>document.title=2</script>' };
    // The description is the feed's own text: the element renders it sanitised, as HTML, not text.
    const { root } = await show(hostile);
    expect(root.querySelector('.description p')!.textContent).to.equal('ok');
    expect(root.querySelector('.description img, .description script')).to.equal(null);
    expect(document.title).not.to.match(/^[12]$/);
  });

  it('says a listing that has gone is no longer listed, in words, with no retry', async () => {
    const el = await fixture<SignpostService>(html`<signpost-service endpoint="/api/v3" dialect="v3" service-id="no-such-service"></signpost-service>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-text')!.textContent).to.equal('This service is no longer listed.');
    expect(alert.querySelector('button')).to.equal(null);
    expect(alert.textContent).not.to.contain('HTTP');
  });

  it('fires a contact event with no personal data when a phone link is used', async () => {
    const { el, root } = await show(riverside);
    const link = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'signpost-contact');
    expect(event.detail).to.deep.equal({ serviceId: 'svc-riverside', channel: 'phone' });
  });

  it('speaks Welsh and passes axe', async () => {
    const { el, root } = await show(riverside, 'cy');
    expect(root.textContent).to.contain('Am y gwasanaeth hwn');
    expect(root.textContent).to.contain('Dydd Mawrth, Dydd Iau: 18:00 i 20:30');
    await expect(el).to.be.accessible();
  });

  it('passes axe in English', async () => {
    const { el } = await show(speech);
    await expect(el).to.be.accessible();
  });
});
