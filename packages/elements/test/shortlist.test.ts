// "My list": kept per directory in the browser, robust to storage that is full or blocked;
// shown in full words, to print, share (a link that opens the same list) or email.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import '../src/service/define.js';
import '../src/shortlist/define.js';
import type { Service } from '@signpost/core';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import { fixtureServices, longValues, riverside, speech } from '../../../test/fixtures/services.js';
import { fixtureDirectory } from '../../../test/support/fixture-directory.js';
import { PHONE_WIDTHS, sidewaysOverflow } from '../../../test/support/reflow.js';
import { Shortlist, shortlistFor } from '../src/shared/shortlist.js';
import type { SignpostShortlist } from '../src/shortlist/shortlist.js';
import type { SignpostService } from '../src/service/service.js';

const uniqueEndpoint = () => `https://example.invalid/${crypto.randomUUID()}`;

async function mountList(options: { saved?: Service[]; shared?: string[]; services?: Service[]; lang?: 'en' | 'cy' } = {}) {
  const endpoint = uniqueEndpoint();
  const list = shortlistFor(endpoint);
  list.save(...(options.saved ?? []));
  const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-shortlist .shared=${options.shared}></signpost-shortlist></signpost-test-context>`);
  const client = fixtureDirectory(options.services ?? [...fixtureServices, longValues]);
  host.context = { ...makeContext({ lang: options.lang ?? 'en' }), endpoint, client };
  const el = host.querySelector('signpost-shortlist') as SignpostShortlist;
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the list did not load');
  await el.updateComplete;
  return { host, el, root: el.shadowRoot!, list, client, endpoint };
}

const names = (root: ShadowRoot) => [...root.querySelectorAll('.entry h3')].map((h) => h.textContent!.trim());

describe('my list: the store', () => {
  it('keeps ids and names per directory, across page loads, in order, each once', () => {
    const endpoint = uniqueEndpoint();
    const list = new Shortlist(endpoint);
    list.save(speech, riverside, speech);
    expect(list.items).to.deep.equal([
      { id: 'svc-speech', name: speech.name },
      { id: 'svc-riverside', name: riverside.name },
    ]);
    // as a new page would read it
    expect(new Shortlist(endpoint).items.map((s) => s.id)).to.deep.equal(['svc-speech', 'svc-riverside']);
    expect(new Shortlist(uniqueEndpoint()).items).to.deep.equal([]);
    list.remove('svc-speech');
    expect(new Shortlist(endpoint).items.map((s) => s.id)).to.deep.equal(['svc-riverside']);
    list.clear();
    expect(localStorage.getItem(`signpost-shortlist:${endpoint}`)).to.equal(null);
  });

  it('starts afresh from storage that is not its own, and keeps working (for this page) when storage is full or blocked', () => {
    const endpoint = uniqueEndpoint();
    localStorage.setItem(`signpost-shortlist:${endpoint}`, '{"not": "a list"');
    expect(new Shortlist(endpoint).items).to.deep.equal([]);
    localStorage.setItem(`signpost-shortlist:${endpoint}`, JSON.stringify([{ id: 'a', name: 'A' }, { id: 7 }, 'x', { id: 'b', name: 'B' }]));
    expect(new Shortlist(endpoint).items.map((s) => s.id)).to.deep.equal(['a', 'b']);
    localStorage.removeItem(`signpost-shortlist:${endpoint}`);

    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const list = new Shortlist(endpoint);
      let heard = 0;
      list.subscribe(() => (heard += 1));
      list.save(riverside);
      expect(list.items.map((s) => s.id)).to.deep.equal(['svc-riverside']);
      expect(list.kept).to.equal(false);
      expect(heard).to.equal(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('my list: saving from a service’s detail', () => {
  it('has Save beside the contact buttons, on the same list as the cards', async () => {
    const endpoint = `${location.origin}/api/v3/${crypto.randomUUID()}`;
    const el = await fixture<SignpostService>(html`<signpost-service endpoint=${endpoint} .service=${riverside}></signpost-service>`);
    const save = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.save')!;
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    save.click();
    await el.updateComplete;
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    expect(shortlistFor(endpoint).has('svc-riverside')).to.equal(true);
    shortlistFor(endpoint).clear();
  });
});

describe('signpost-shortlist', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the saved services in full words, fetched by id, in the order saved', async () => {
    const { root, client } = await mountList({ saved: [speech, riverside] });
    expect(root.querySelector('h2')!.textContent).to.equal('My list: 2 services');
    expect(names(root)).to.deep.equal([speech.name, riverside.name]);
    expect(client.asked).to.deep.equal(['svc-speech', 'svc-riverside']);
    const text = root.querySelector('.entry[data-id="svc-riverside"]')!.textContent!.replace(/\s+/g, ' ');
    for (const part of ['Riverside Hall, 12 Water Lane, Sheffield, S1 2HE', 'Tuesday, Thursday: 18:00 to 20:30', '0114 496 0123', 'youth@riverside.example.org', 'https://riverside.example.org/youth', 'Free']) {
      expect(text).to.contain(part);
    }
  });

  it('removes a service, opens one’s details, and says when the list is empty', async () => {
    const { host, el, root, list } = await mountList({ saved: [speech, riverside] });
    setTimeout(() => root.querySelector<HTMLButtonElement>('.entry[data-id="svc-speech"] .details')!.click());
    const select = await oneEvent(host, 'signpost-select');
    expect(select.detail.serviceId).to.equal('svc-speech');
    root.querySelector<HTMLButtonElement>('.entry[data-id="svc-speech"] .remove')!.click();
    await waitUntil(() => names(root).length === 1, 'not removed');
    expect(list.items.map((s) => s.id)).to.deep.equal(['svc-riverside']);
    root.querySelector<HTMLButtonElement>('.actions .clear')!.click();
    await el.updateComplete;
    expect(root.textContent).to.contain('Your list is empty.');
  });

  it('says plainly when a saved service is no longer listed, by the name it was saved with', async () => {
    const gone = { ...speech, id: 'svc-gone', name: 'The Old Lunch Club' };
    const { root } = await mountList({ saved: [gone, riverside] });
    const entry = root.querySelector('.entry[data-id="svc-gone"]')!;
    expect(entry.querySelector('h3')!.textContent!.trim()).to.equal('The Old Lunch Club');
    expect(entry.textContent).to.contain('This service is no longer listed.');
    expect(entry.querySelector('.remove')).to.exist;
  });

  it('shares through the browser where it can: a link that opens the same list', async () => {
    const { root } = await mountList({ saved: [speech, riverside] });
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()), configurable: true });
    try {
      const { el } = await mountList({ saved: [speech, riverside] });
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .share')!;
      expect(button.textContent!.trim()).to.equal('Share this list');
      button.click();
      await waitUntil(() => shared.length === 1, 'not shared');
      expect(shared[0]!.url).to.equal('https://example.invalid/page?sp-saved=svc-speech,svc-riverside');
      expect(shared[0]!.text).to.contain(riverside.name);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
    // without it: the link copied, or shown to copy by hand
    expect(root.querySelector('.actions .share')!.textContent!.trim()).to.equal('Copy a link to this list');
  });

  it('copies the link where it cannot share, or shows it to copy by hand', async () => {
    const { el, root } = await mountList({ saved: [riverside] });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => ((copied = t), Promise.resolve()) }, configurable: true });
    try {
      root.querySelector<HTMLButtonElement>('.actions .share')!.click();
      await waitUntil(() => copied, 'not copied');
      await el.updateComplete;
      expect(copied).to.equal('https://example.invalid/page?sp-saved=svc-riverside');
      expect(root.querySelector('.status')!.textContent).to.contain('Link copied.');
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      root.querySelector<HTMLButtonElement>('.actions .share')!.click();
      await waitUntil(() => root.querySelector('#list-link'), 'no link to copy by hand');
      expect(root.querySelector<HTMLInputElement>('#list-link')!.value).to.equal('https://example.invalid/page?sp-saved=svc-riverside');
      expect(root.activeElement).to.equal(root.querySelector('#list-link'));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('emails the list with names, addresses and phones written out, and the link', async () => {
    const { root } = await mountList({ saved: [speech, riverside] });
    const href = root.querySelector<HTMLAnchorElement>('.actions a.email')!.href;
    expect(href.startsWith('mailto:?subject=A%20list%20of%20services&body=')).to.equal(true);
    const body = decodeURIComponent(href.split('body=')[1]!);
    expect(body).to.contain('Open this list: https://example.invalid/page?sp-saved=svc-speech,svc-riverside');
    expect(body).to.contain(`1. ${speech.name}\r\nNorthfield Family Hub, 3 Hub Road, Sheffield, S6 3AA\r\nPhone: 0114 496 0456`);
    expect(body).to.contain(`2. ${riverside.name}\r\nRiverside Hall, 12 Water Lane, Sheffield, S1 2HE\r\nPhone: 0114 496 0123`);
  });

  it('prints the list alone, without its buttons, with the date', async () => {
    const { root } = await mountList({ saved: [speech, riverside] });
    await emulateMedia({ media: 'print' });
    expect(root.querySelector('.actions')!.checkVisibility()).to.equal(false);
    expect(root.querySelector('.back')!.checkVisibility()).to.equal(false);
    expect(root.querySelector('.entry .details')!.checkVisibility()).to.equal(false);
    expect(root.querySelector('.print-only')!.textContent).to.match(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4}\. Check with the service before you go\.$/);
    expect(root.querySelector('.entries')!.checkVisibility()).to.equal(true);
  });

  it('opens a list shared by link, and saves it to this person’s own list', async () => {
    const { el, root, list } = await mountList({ shared: ['svc-riverside', 'svc-online'] });
    expect(root.querySelector('h2')!.textContent).to.equal('A list shared with you: 2 services');
    expect(names(root)).to.deep.equal([riverside.name, 'Money Matters helpline']);
    expect(root.querySelector('.remove')).to.equal(null);
    root.querySelector<HTMLButtonElement>('.save-all')!.click();
    await el.updateComplete;
    expect(list.items.map((s) => s.id)).to.deep.equal(['svc-riverside', 'svc-online']);
    expect(root.querySelector('.status')!.textContent).to.equal('Saved to your list.');
    expect(root.querySelector<HTMLButtonElement>('.save-all')!.disabled).to.equal(true);
  });

  it('says when this browser will not keep the list', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const { root } = await mountList({ saved: [riverside] });
      expect(root.querySelector('.notice')!.textContent).to.contain('This browser is not keeping your list');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('speaks Welsh and passes axe, full and empty', async () => {
    const { host, root } = await mountList({ saved: [speech, riverside], lang: 'cy' });
    expect(root.querySelector('h2')!.textContent).to.equal('Fy rhestr: 2 gwasanaeth');
    expect(root.querySelector('.actions .email')!.textContent).to.equal('E-bostio’r rhestr hon');
    await expect(host).to.be.accessible();
    const empty = await mountList();
    await expect(empty.host).to.be.accessible();
  });

  for (const width of PHONE_WIDTHS) {
    it(`reflows at ${width}px with real-length values, on screen and on paper`, async () => {
      await setViewport({ width, height: 700 });
      try {
        const { el } = await mountList({ saved: [longValues, riverside] });
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        await emulateMedia({ media: 'print' });
        expect(sidewaysOverflow(el)).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
