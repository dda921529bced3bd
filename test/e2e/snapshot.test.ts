/**
 * A finder over a static snapshot of the sample API, end to end in Chromium: the snapshot
 * is served from the page's own origin with no CORS headers (test/snapshot-plugin.ts) and
 * every count is checked against the sample API's own dataset.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';
import type { Dataset } from '../../packages/sample-api/src/types.js';
import { expectedIds, forAges, isFree, sampleDataset, withAccess, withTerms } from '../support/sample-dataset.js';
import { cardNames, countText, part, results, settled } from './helpers.js';

async function mountSnapshotFinder(attrs: Record<string, string> = {}, props: Partial<SignpostFinder> = {}): Promise<SignpostFinder> {
  const el = Object.assign(document.createElement('signpost-finder'), props);
  el.setAttribute('snapshot', '/snapshots/sample/');
  el.setAttribute('geocoder', '/api');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await fixture(el);
  await settled(el);
  return el;
}

const found = (finder: HTMLElement) => Number(/^(\d+) services? found/.exec(countText(finder))?.[1] ?? (countText(finder).startsWith('No ') ? 0 : NaN));

async function waitForCount(finder: SignpostFinder, count: number, what: string): Promise<void> {
  await settled(finder);
  await waitUntil(() => found(finder) === count, `${what}: expected ${count}, the finder says "${countText(finder)}"`, { timeout: 8000 });
}

describe('finder over a static snapshot', function () {
  this.timeout(40_000);
  let data: Dataset;

  before(async () => {
    data = await sampleDataset();
  });

  it('lists every service with a true total and says when the snapshot was made', async () => {
    const finder = await mountSnapshotFinder();
    expect(found(finder)).to.equal(data.services.length);
    expect(results(finder).querySelector('.snapshot-date')?.textContent).to.equal('From a copy of the directory made on 30 November 2026.');
    expect(cardNames(finder)).to.have.length(10);
  });

  it('filters free only, access, need and ages exactly, with counts for everything (not "on this page")', async () => {
    const finder = await mountSnapshotFinder();
    const filters = part(finder, ['signpost-filters']).shadowRoot!;
    const free = [...filters.querySelectorAll('label.choice')].find((l) => /Free/.test(l.textContent ?? ''))!.querySelector('input')!;
    free.click();
    await waitForCount(finder, expectedIds(data, isFree).length, 'free only');
    expect(countText(finder)).not.to.contain('on this page');

    filters.querySelectorAll<HTMLInputElement>('input[name="access"]')[1]!.click();
    const route = finder.currentState.access!;
    expect(route).to.be.a('string');
    await waitForCount(finder, expectedIds(data, isFree, withAccess(route)).length, `free and ${route}`);
    expect(finder.currentState.freeOnly).to.equal(true);
    const choice = (text: string) => [...filters.querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === text)?.querySelector('input');
    const autism = choice('Autism');
    expect(autism, 'the Autism need').to.be.instanceOf(HTMLInputElement);
    autism!.click();
    const asd = withTerms(data, ['sendNeeds:CI-ASD']);
    await waitForCount(finder, expectedIds(data, isFree, withAccess(route), asd).length, 'with autism');
    const age = choice('11 to 15');
    expect(age, 'the 11 to 15 ages').to.be.instanceOf(HTMLInputElement);
    age!.click();
    await waitForCount(finder, expectedIds(data, isFree, withAccess(route), asd, forAges(11, 15)).length, 'with ages');
  });

  it('pages through true totals', async () => {
    const finder = await mountSnapshotFinder({ 'per-page': '25', need: 'sendNeeds:CI' });
    const total = expectedIds(data, withTerms(data, ['sendNeeds:CI'])).length;
    expect(found(finder)).to.equal(total);
    const first = cardNames(finder);
    const next = [...results(finder).querySelectorAll<HTMLAnchorElement>('nav a, nav button')].find((a) => /Next/.test(a.textContent ?? ''))!;
    next.click();
    await settled(finder);
    await waitUntil(() => cardNames(finder)[0] !== first[0], 'page 2 did not show', { timeout: 5000 });
    expect(cardNames(finder).length).to.equal(Math.min(25, total - 25));
    expect(cardNames(finder).some((n) => first.includes(n))).to.equal(false);
  });

  it('opens a detail that says which directories list it and when the snapshot was made', async () => {
    const finder = await mountSnapshotFinder();
    const link = results(finder).querySelector<HTMLAnchorElement>('li.card h3 a')!;
    const name = link.textContent!.trim();
    link.click();
    const detail = () => finder.shadowRoot!.querySelector('signpost-service')?.shadowRoot;
    await waitUntil(() => detail()?.querySelector('h2')?.textContent === name, 'detail did not open', { timeout: 5000 });
    await waitUntil(() => detail()?.querySelector('.provenance'), 'no provenance', { timeout: 5000 });
    expect(detail()!.querySelector('.provenance')!.textContent).to.equal(
      'Listed by the sample directory (ORUK v1) and the sample directory (ORUK v3). From a copy of the directory made on 30 November 2026.',
    );
    await expect(finder).to.be.accessible();
  });

  it('signpost-service on its own reads one service from the snapshot, in Welsh', async () => {
    const service = data.services[3]!;
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      `<signpost-service snapshot="/snapshots/sample/" service-id="${service.id}" lang="cy"></signpost-service>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === service.name, 'service did not show', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.provenance')!.textContent).to.contain('Wedi’i restru gan the sample directory (ORUK v1) a the sample directory (ORUK v3).');
  });

  it('takes more synonyms from its markup: with [["footy","football"]] "footy" finds the football services, which it does not without them', async () => {
    const football = await mountSnapshotFinder({ query: 'football' });
    const footballNamed = data.services.filter((s) => /football/i.test(s.name)).length;
    expect(footballNamed).to.be.greaterThan(0);
    expect(found(football)).to.be.at.least(footballNamed);
    const without = await mountSnapshotFinder({ query: 'footy' });
    expect(found(without), countText(without)).to.equal(0);
    const footy = await mountSnapshotFinder({ query: 'footy', synonyms: '[["footy","football"]]' });
    expect(found(footy), countText(footy)).to.equal(found(football));
    expect(cardNames(footy)).to.deep.equal(cardNames(football));
    // as a property, groups will do
    const soccer = await mountSnapshotFinder({ query: 'soccer' }, { synonyms: [['footy', 'football', 'soccer']] });
    expect(found(soccer), countText(soccer)).to.equal(found(football));
  });

  it('ignores synonyms that are not JSON groups of words, with one warning, and searches as without them', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const footy = await mountSnapshotFinder({ query: 'footy', synonyms: '[["footy","football"' });
      expect(found(footy), countText(footy)).to.equal(0);
      expect(results(footy).querySelector('[role="alert"]')).to.equal(null);
      const football = await mountSnapshotFinder({ query: 'football', synonyms: '[["footy","football"' });
      const plain = await mountSnapshotFinder({ query: 'football' });
      expect(found(plain)).to.be.greaterThan(0);
      expect(found(football), countText(football)).to.equal(found(plain));
    } finally {
      console.warn = warn;
    }
    expect(warnings.map((w) => String(w[0]))).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('synonyms ignored');
  });

  it('shows the results on the map', async () => {
    const finder = await mountSnapshotFinder({ view: 'map', postcode: 'S1 2HE' });
    // load() draws it now, seen or not: the test needs no visible tab (a background tab never sees the map)
    const map = part(finder, ['signpost-map']) as HTMLElement & { load(): Promise<void> };
    await map.load();
    await waitUntil(() => map.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length > 0, 'no markers', { timeout: 8000 });
  });

  it('says plainly when the snapshot is not there', async () => {
    const el = document.createElement('signpost-finder');
    el.setAttribute('snapshot', '/snapshots/missing/');
    await fixture(el);
    await (el as SignpostFinder).searchComplete;
    await waitUntil(() => results(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
    expect(results(el).textContent).to.contain('could not be loaded');
  });
});
