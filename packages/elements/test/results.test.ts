import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SignpostError, toSignpostError, type SignpostErrorKind } from '@signpost/core';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
// a partial scan is shown only once the scan's chunk (and its words) is here
import '../src/finder/strings.en.js';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import { ALL_CAPABILITIES, type Service } from '@signpost/core';
import { fixtureServices, riverside, speech } from '../../../test/fixtures/services.js';
import type { SignpostResults } from '../src/results/results.js';

async function mount(options: Parameters<typeof makeContext>[0] = {}) {
  const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
  host.context = makeContext(options);
  const results = host.querySelector('signpost-results') as SignpostResults;
  await results.updateComplete;
  return { host, results, root: results.shadowRoot! };
}

/** A card's facts by label: { Where: '…', When: '…', … }. */
function factsOf(card: Element): Record<string, string> {
  return Object.fromEntries([...card.querySelectorAll('.fact')].map((f) => [f.querySelector('dt')!.textContent!, f.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]));
}

describe('signpost-results', () => {
  it('renders a short card per service with the facts people compare', async () => {
    const { root } = await mount();
    const cards = root.querySelectorAll('li.card');
    expect(cards.length).to.equal(fixtureServices.length);
    const first = cards[0]!;
    expect(first.querySelector('h3 a')!.textContent!.trim()).to.equal('Riverside Youth Club');
    const text = first.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('By Riverside Community Trust');
    expect(text).to.contain('11 to 18');
    expect(text).to.contain('Riverside Hall, 12 Water Lane · 0.4 miles away');
    expect(text).to.contain('Tuesday, Thursday: 18:00 to 20:30');
    expect(text).to.contain('Free');
    expect(text).to.contain('Last checked September 2026');
    expect(first.querySelector('a[href="tel:01144960123"]')).to.exist;
    expect(first.querySelector('.tag.stale')).to.equal(null);
  });

  it('flags listings last checked long ago, and says which are closed or online', async () => {
    const { root } = await mount();
    const [, speech, online, closed] = [...root.querySelectorAll('li.card')];
    expect(speech!.querySelector('.tag.stale')!.textContent).to.contain('May be out of date');
    expect(speech!.textContent).to.contain('From £25');
    expect(online!.textContent).to.contain('Online or by phone');
    expect(closed!.textContent).to.contain('Temporarily closed');
    expect(closed!.textContent).to.contain('Not known when this was last checked');
  });

  it('announces the count in a polite live region', async () => {
    const { root } = await mount({ total: 42, totalPages: 5 });
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.equal('42 services found. Page 1 of 5');
  });

  it('shows removable chips for active filters and a way to clear them all', async () => {
    const { host, root } = await mount({ state: { text: 'football', terms: ['need-food'], ages: { min: 5, max: 10 } } });
    const chips = [...root.querySelectorAll('button.chip')];
    expect(chips.map((c) => c.querySelector('span')!.textContent)).to.deep.equal(['Words: football', 'Food', 'Ages 5 to 10']);
    expect(chips[1]!.getAttribute('aria-label')).to.equal('Remove filter: Food');
    setTimeout(() => (chips[1] as HTMLButtonElement).click());
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch).to.deep.equal({ terms: [] });
    const clear = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear all'))!;
    setTimeout(() => clear.click());
    const cleared = await oneEvent(host, 'signpost-state-change');
    expect(cleared.detail.patch.terms).to.deep.equal([]);
    expect(cleared.detail.patch.text).to.equal('');
  });

  it('pages with real links and moves focus to the results heading', async () => {
    const { host, root } = await mount({ total: 80, page: 2, totalPages: 8 });
    const nav = root.querySelector('nav.pagination')!;
    const labels = [...nav.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(labels).to.deep.equal(['Previous', '1', '2', '3', '…', '8', 'Next']);
    expect(nav.querySelector('[aria-current="page"]')!.textContent).to.equal('2');
    const next = [...nav.querySelectorAll('a')].find((a) => a.textContent === 'Next')!;
    expect(next.getAttribute('href')).to.contain('page=3');
    setTimeout(() => next.click());
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch).to.deep.equal({ page: 3 });
  });

  it('helps when nothing matches, suggesting what to relax', async () => {
    const { root } = await mount({ services: [], state: { text: 'zzz', postcode: 'S1 2HE', day: 'SU' } });
    const empty = root.querySelector('.empty')!;
    expect(empty.querySelector('h3')!.textContent).to.equal('No services match your search');
    const tips = [...empty.querySelectorAll('li')].map((li) => li.textContent);
    expect(tips).to.deep.equal(['using fewer or different words', 'checking the spelling', 'searching a wider distance', 'removing a filter']);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('No services found');
  });

  it('shows a feed failure with a retry, never a blank box', async () => {
    const { host, root } = await mount({ status: 'error' });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-text')!.textContent).to.equal('The directory answered with an error.');
    // core's English message is for developers: only with debug
    expect(alert.textContent).not.to.contain('HTTP 500');
    setTimeout(() => alert.querySelector('button')!.click());
    await oneEvent(host, 'signpost-retry');
  });

  it('says each kind of failure in the page’s language, offering Retry exactly when it may help', async () => {
    const url = 'https://example.invalid/api';
    const kinds: SignpostErrorKind[] = ['network', 'http', 'not-oruk', 'timeout', 'aborted', 'not-found', 'snapshot', 'too-large', 'unreadable', 'unexpected'];
    const seen = { en: new Set<string>(), cy: new Set<string>() };
    for (const lang of ['en', 'cy'] as const) {
      for (const kind of kinds) {
        const error = new SignpostError(kind, url, `core's own words about ${kind}`, kind === 'http' ? { status: 404 } : undefined);
        const { root } = await mount({ status: 'error', error, lang });
        const alert = root.querySelector('[role="alert"]')!;
        const text = alert.querySelector('.error-text')!.textContent!;
        expect(text, `${lang} ${kind}`).not.to.contain('core');
        seen[lang].add(text);
        expect(Boolean(alert.querySelector('button')), `${kind} retry`).to.equal(error.retryable);
      }
    }
    expect(seen.en.size).to.equal(kinds.length);
    expect(seen.cy.size).to.equal(kinds.length);
    expect([...seen.cy].some((t) => seen.en.has(t))).to.equal(false);
  });

  it('never shows a raw browser error; with debug, the developer’s details', async () => {
    const raw = new TypeError("Failed to set the 'innerHTML' property on 'Element': This document requires 'TrustedHTML' assignment.");
    const error = toSignpostError(raw, 'https://example.invalid/api');
    expect(error.kind).to.equal('unexpected');
    const quiet = (await mount({ status: 'error', error })).root.querySelector('[role="alert"]')!;
    expect(quiet.textContent).not.to.contain('TrustedHTML');
    expect(quiet.querySelector('.error-text')!.textContent).to.equal('Something went wrong on this page.');
    const loud = (await mount({ status: 'error', error, debug: true })).root.querySelector('[role="alert"]')!;
    expect(loud.querySelector('.error-details')!.textContent).to.contain('TrustedHTML');
  });

  it('speaks Welsh', async () => {
    const { root } = await mount({ lang: 'cy', total: 4 });
    expect(root.querySelector('h2')!.textContent).to.equal('Canlyniadau');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('4 gwasanaeth wedi’u canfod');
    expect(root.textContent).to.contain('Gwiriwyd ddiwethaf Medi 2026');
    expect(root.textContent).to.contain('Gallai fod yn hen');
  });

  it('opens a service from the keyboard and says so to the host', async () => {
    const { host, root } = await mount();
    const link = root.querySelector<HTMLAnchorElement>('li.card h3 a')!;
    link.focus();
    expect(root.activeElement).to.equal(link);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(host, 'signpost-select');
    expect(event.detail.serviceId).to.equal('svc-riverside');
  });

  it('writes money as money: £0.50, £3.50, £25, and free as Free', async () => {
    const priced = (id: string, amount: number) => ({ ...speech, id, name: `Priced ${id}`, costOptions: [{ amount }] });
    const { root } = await mount({ services: [priced('a', 0.5), priced('b', 3.5), speech, riverside] });
    const costs = [...root.querySelectorAll('li.card')].map((c) => factsOf(c).Cost);
    expect(costs).to.deep.equal(['From £0.50', 'From £3.50', 'From £25', 'Free']);
    const welsh = await mount({ services: [priced('b', 3.5)], lang: 'cy' });
    expect(factsOf(welsh.root.querySelector('li.card')!).Cost).to.equal('O £3.50');
  });

  it('gives every card the same facts in the same order, saying which are not given', async () => {
    const { root } = await mount();
    const cards = [...root.querySelectorAll('li.card')];
    for (const card of cards) {
      expect([...card.querySelectorAll('dt')].map((dt) => dt.textContent).slice(0, 4)).to.deep.equal(['Where', 'When', 'Age', 'Cost']);
    }
    const facts = factsOf(cards[2]!); // the helpline: no schedules given
    expect(facts.When).to.equal('Not given');
    expect(factsOf(cards[3]!).Cost).to.equal('Not given');
  });

  it('shows first the times that match the day and time of day asked for', async () => {
    const club: Service = {
      ...riverside,
      schedules: [
        { days: ['WE'], opensAt: '17:30', closesAt: '20:00' },
        { days: ['SA'], opensAt: '10:00', closesAt: '12:00' },
        { days: ['SU'], opensAt: '14:00', closesAt: '16:00' },
      ],
    };
    const when = async (state: NonNullable<Parameters<typeof makeContext>[0]>['state']) => factsOf((await mount({ services: [club], state })).root.querySelector('li.card')!).When;
    expect(await when({})).to.equal('Wednesday: 17:30 to 20:00 (+2)');
    expect(await when({ day: 'SA' })).to.equal('Saturday: 10:00 to 12:00 (+2)');
    expect(await when({ time: 'afternoon' })).to.equal('Sunday: 14:00 to 16:00 (+2)');
    expect(await when({ time: 'weekend' })).to.equal('Saturday: 10:00 to 12:00 (+2)');
  });

  it('says which filters the host fixed', async () => {
    const ctx = makeContext();
    ctx.fixed = { ages: { min: 16, max: 25 }, terms: ['need-communication'] };
    const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
    host.context = ctx;
    const results = host.querySelector('signpost-results')!;
    await results.updateComplete;
    const notes = [...results.shadowRoot!.querySelectorAll('.fixed')].map((p) => p.textContent);
    expect(notes).to.deep.equal(['Showing services for ages 16 to 25', 'Showing services for: Communication and interaction']);
  });

  describe('saving services to my list', () => {
    const saveButton = (root: ShadowRoot, name: string) =>
      [...root.querySelectorAll<HTMLElement>('li.card')].find((c) => c.querySelector('h3')!.textContent!.trim() === name)!.querySelector<HTMLButtonElement>('button.save')!;

    it('saves from a card (a toggle), counts the list in the header, and keeps it across searches and visits', async () => {
      const endpoint = `https://example.invalid/${crypto.randomUUID()}`;
      const { host, root, results } = await mount();
      host.context = { ...host.context, endpoint };
      await results.updateComplete;
      expect(root.querySelector('.my-list')).to.equal(null);
      const save = saveButton(root, 'Talking Together speech and language drop-in');
      expect(save.getAttribute('aria-pressed')).to.equal('false');
      expect(save.textContent!.replace(/\s+/g, ' ').trim()).to.equal('☆Save: Talking Together speech and language drop-in');
      save.click();
      saveButton(root, 'Riverside Youth Club').click();
      await results.updateComplete;
      expect(save.getAttribute('aria-pressed')).to.equal('true');
      expect(root.querySelector('.my-list')!.textContent!.trim()).to.equal('My list (2)');
      expect(JSON.parse(localStorage.getItem(`signpost-shortlist:${endpoint}`)!).map((s: { id: string }) => s.id)).to.deep.equal(['svc-speech', 'svc-riverside']);

      // a new search keeps the list, and its cards show what is saved
      host.context = { ...makeContext({ services: fixtureServices.slice(0, 1) }), endpoint };
      await results.updateComplete;
      expect(saveButton(root, 'Riverside Youth Club').getAttribute('aria-pressed')).to.equal('true');
      saveButton(root, 'Riverside Youth Club').click();
      await results.updateComplete;
      expect(root.querySelector('.my-list')!.textContent!.trim()).to.equal('My list (1)');

      setTimeout(() => root.querySelector<HTMLButtonElement>('.my-list')!.click());
      const open = await oneEvent(host, 'signpost-state-change');
      expect(open.detail.patch).to.deep.equal({ list: true });
      localStorage.removeItem(`signpost-shortlist:${endpoint}`);
    });

    it('prints the page of results without the Save buttons', async () => {
      const { root } = await mount();
      await emulateMedia({ media: 'print' });
      try {
        expect(root.querySelector('ol.cards')!.checkVisibility()).to.equal(true);
        expect(root.querySelector('button.save')!.checkVisibility()).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  it('says how far it read for a filter the feed cannot apply, with a way to stop and to go on', async () => {
    const live = { ...ALL_CAPABILITIES, free: false };
    const reading = await mount({ state: { freeOnly: true }, capabilities: live, total: 339, totalPages: 34, scan: { status: 'reading', searched: 100, total: 339, matches: fixtureServices.slice(0, 2) } });
    expect(reading.root.querySelector('.count')!.textContent).to.equal('At least 2 services found (Free); searched 100 of 339');
    setTimeout(() => reading.root.querySelector<HTMLButtonElement>('.scan .stop')!.click());
    expect((await oneEvent(reading.host, 'signpost-scan')).detail).to.deep.equal({ action: 'stop' });
    const limit = await mount({ state: { freeOnly: true }, capabilities: live, total: 339, totalPages: 34, scan: { status: 'limit', searched: 300, total: 339, matches: fixtureServices.slice(0, 2), more: true } });
    setTimeout(() => limit.root.querySelector<HTMLButtonElement>('.scan .more')!.click());
    expect((await oneEvent(limit.host, 'signpost-scan')).detail).to.deep.equal({ action: 'more' });
    const done = await mount({ state: { freeOnly: true }, capabilities: live, total: 339, totalPages: 34, scan: { status: 'done', searched: 339, total: 339, matches: fixtureServices.slice(0, 2) } });
    expect(done.root.querySelector('.count')!.textContent).to.equal('2 services found (Free)');
    expect(done.root.querySelector('.scan')).to.equal(null);
  });

  it('passes axe with results, with chips and pages, and when empty', async () => {
    const live = { ...ALL_CAPABILITIES, free: false };
    for (const options of [
      {},
      { state: { text: 'x', postcode: 'S1 2HE' }, total: 30, totalPages: 3 },
      { services: [] },
      // reading on for free services, and stopped at its bound
      { state: { freeOnly: true }, capabilities: live, total: 339, totalPages: 34, scan: { status: 'reading' as const, searched: 100, total: 339, matches: fixtureServices.slice(0, 1) } },
      { state: { freeOnly: true, topic: 'money' }, capabilities: live, total: 339, totalPages: 34, scan: { status: 'limit' as const, searched: 300, total: 339, matches: fixtureServices.slice(0, 1), more: true } },
      { fixed: { ages: { min: 16, max: 25 } }, state: { time: 'weekend' as const } },
    ]) {
      const { host } = await mount(options);
      await expect(host).to.be.accessible();
    }
  });
});
