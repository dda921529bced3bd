/**
 * Saved searches, end to end against the sample API: "Save this search" keeps the search in
 * this browser, "My saved searches" lists each with its count now (one request each, at most
 * two at a time, cancelled when the list closes), opens one, removes one; they outlast a
 * reload (a page with the drop-in bundle, reloaded), and blocked storage is said plainly.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { withFrontPage } from '../support/front-page.js';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';
import { countText, mountFinder, results, settled } from './helpers.js';

const KEY = 'signpost-saved-searches';
/** The services the directory has for the search: its count, or with a filter the finder applies itself (free only on a live endpoint), how many it searched through. */
const total = (finder: HTMLElement) => {
  const m = /^(\d+) services? found|searched \d+ of (\d+)$/.exec(countText(finder));
  return Number(m?.[1] ?? m?.[2]);
};
const saved = (finder: HTMLElement) => finder.shadowRoot?.querySelector('signpost-results')?.shadowRoot?.querySelector('signpost-saved-searches')?.shadowRoot;
const button = (finder: HTMLElement, cls: string) => saved(finder)?.querySelector<HTMLButtonElement>(`button.${cls}`) ?? null;
const panel = (finder: HTMLElement) => (saved(finder)?.querySelector('#saved-list') ? saved(finder) : undefined);
const outcome = (finder: HTMLElement) => saved(finder)!.querySelector('.outcome')!.textContent!;

/** The finder with words searched, once its saved searches' buttons (fetched with the detail's code) are there. */
async function searched(query: string): Promise<SignpostFinder> {
  const finder = await mountFinder('v1', { query });
  await waitUntil(() => button(finder, 'save-search'), 'no "Save this search"', { timeout: 10_000 });
  return finder;
}

async function save(finder: SignpostFinder): Promise<void> {
  button(finder, 'save-search')!.click();
  await (saved(finder)!.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function change(finder: SignpostFinder, patch: Record<string, unknown>): Promise<void> {
  finder.dispatchEvent(new CustomEvent('signpost-state-change', { detail: { patch }, bubbles: true, composed: true }));
  await settled(finder);
}

async function openList(finder: SignpostFinder) {
  button(finder, 'open-saved')!.click();
  await waitUntil(() => panel(finder)?.querySelector('h3'), 'the list did not open');
  return panel(finder)!;
}

describe('saved searches', function () {
  this.timeout(40_000);
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(KEY)) localStorage.removeItem(key);
  });

  it('saves searches, lists them with their counts now, opens and removes them', async () => {
    const finder = await searched('club');
    const clubs = total(finder);
    expect(clubs).to.be.greaterThan(1);
    expect(button(finder, 'open-saved'), 'nothing saved yet').to.equal(null);
    await save(finder);
    expect(outcome(finder)).to.contain('Saved');
    await save(finder);
    expect(outcome(finder)).to.contain('already');

    await change(finder, { text: '', freeOnly: true, ages: { min: 5, max: 11 } });
    const free = total(finder);
    await save(finder);
    expect(button(finder, 'open-saved')!.textContent).to.contain('My saved searches (2)');
    await change(finder, { text: 'zzzz-nothing', freeOnly: false, ages: {} });

    const before = performance.getEntriesByType('resource').length;
    const list = await openList(finder);
    expect(button(finder, 'open-saved')!.getAttribute('aria-expanded')).to.equal('true');
    expect(list.activeElement?.id, 'focus moves to the list').to.equal('saved-heading');
    await waitUntil(() => [...list.querySelectorAll('.count')].every((c) => /now/.test(c.textContent!)), 'counts did not arrive', { timeout: 10_000 });
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('a')!.textContent!.trim())).to.deep.equal(['Ages 5 to 11, Free', 'Words: club']);
    expect(items.map((li) => li.querySelector('.count')!.textContent)).to.deep.equal([`${free} services now`, `${clubs} services now`]);
    const asked = performance.getEntriesByType('resource').slice(before).filter((e) => e.name.includes('/api/v1/services'));
    expect(asked.length, 'one request for each saved search').to.equal(2);
    await expect(list.host).to.be.accessible();

    // Opening one is a search: the finder shows it, and the list closes.
    const link = items[1]!.querySelector<HTMLAnchorElement>('a')!;
    expect(new URL(link.href).searchParams.get('sp-q')).to.equal('club');
    link.click();
    await settled(finder);
    await waitUntil(() => total(finder) === clubs, 'the saved search did not open');
    expect(finder.currentState.text).to.equal('club');
    expect(panel(finder)).to.equal(undefined);

    const again = await openList(finder);
    again.querySelector<HTMLButtonElement>('li button.remove')!.click();
    await waitUntil(() => again.querySelectorAll('li').length === 1, 'not removed');
    expect(button(finder, 'open-saved')!.textContent).to.contain('(1)');
    expect(JSON.parse(localStorage.getItem(`${KEY}:${location.origin}/api/v1`)!)).to.have.length(1);
  });

  it('asks at most two counts at a time, and cancels those still being asked when the list is closed', async () => {
    const finder = await searched('club');
    for (const text of ['club', 'youth', 'swim', 'music', 'art']) {
      await change(finder, { text });
      await save(finder);
    }
    await settled(finder);
    // The list asks through the finder's client: hold each answer until it is cancelled.
    const client = (finder as unknown as { config: { client: { search: (q: unknown, o: { signal: AbortSignal }) => Promise<unknown> } } }).config.client;
    const signals: AbortSignal[] = [];
    const original = client.search;
    client.search = (_q: unknown, o: { signal: AbortSignal }) => {
      signals.push(o.signal);
      return new Promise((_resolve, reject) => o.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    try {
      await openList(finder);
      await waitUntil(() => signals.length === 2, 'counts not asked');
      await new Promise((r) => setTimeout(r, 300));
      expect(signals.length, 'at most two at a time').to.equal(2);
      expect(panel(finder)!.querySelectorAll('.count')[0]!.textContent).to.equal('Counting…');
      button(finder, 'open-saved')!.click(); // close before they are answered
      await settled(finder);
      expect(signals.every((s) => s.aborted)).to.equal(true);
      await new Promise((r) => setTimeout(r, 100));
      expect(signals.length, 'nothing more asked once closed').to.equal(2);
    } finally {
      client.search = original;
    }
  });

  it('says plainly when this browser cannot keep them, and works from the keyboard', async () => {
    const finder = await searched('club');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      button(finder, 'save-search')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(finder);
      expect(outcome(finder)).to.contain('cannot keep saved searches');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    button(finder, 'save-search')!.focus();
    await sendKeys({ press: 'Space' });
    await settled(finder);
    button(finder, 'open-saved')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel(finder)?.querySelector('li'), 'the list did not open');
    await sendKeys({ press: 'Tab' });
    expect(panel(finder)!.activeElement?.tagName).to.equal('A');
  });

  it('fits a 320px phone with a long search', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const words = 'after-school-short-breaks-for-disabled-children-and-young-people-with-autism '.repeat(2).trim();
      const finder = await searched(words.slice(0, 150));
      await save(finder);
      const list = await openList(finder);
      const section = list.querySelector<HTMLElement>('#saved-list')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth);
      expect(finder.getBoundingClientRect().right).to.be.at.most(320);
      const header = results(finder).querySelector<HTMLElement>('.header')!;
      expect(header.scrollWidth).to.be.at.most(header.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  // A frame loads and reloads reliably only in the visible tab.
  it('outlast a reload, in Welsh too', () => withFrontPage(async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:900px';
    frame.srcdoc = `<!doctype html><html lang="cy"><body><script type="module" src="/packages/elements/dist/cdn/signpost.js"></script>
      <signpost-finder endpoint="/api/v1" geocoder="/api" query="club"></signpost-finder></body></html>`;
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const first = loaded();
    (await fixture<HTMLDivElement>(document.createElement('div'))).append(frame);
    await first;
    const inner = () => frame.contentDocument!.querySelector('signpost-finder') as SignpostFinder;
    const ready = () => waitUntil(() => button(inner(), 'save-search') && button(inner(), 'save-search')!.textContent, 'no finder in the frame', { timeout: 15_000 });
    await ready();
    expect(button(inner(), 'save-search')!.textContent).to.equal('Cadw’r chwiliad hwn');
    button(inner(), 'save-search')!.click();
    await waitUntil(() => button(inner(), 'open-saved'), 'not saved');
    expect(outcome(inner())).to.contain('Wedi’i gadw');
    const second = loaded();
    frame.contentWindow!.location.reload();
    await second;
    await ready();
    expect(button(inner(), 'open-saved')!.textContent!.trim()).to.equal('Fy chwiliadau wedi’u cadw (1)');
    const list = await openList(inner());
    await waitUntil(() => /nawr/.test(list.querySelector('.count')!.textContent!), 'no count', { timeout: 10_000 });
    expect(list.querySelector('li a')!.textContent!.trim()).to.equal('Geiriau: club');
  }));
});
