import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import type { SignpostMap } from '../../packages/elements/src/map/map.js';
import { forAges, sampleDataset, withTerms } from '../support/sample-dataset.js';

const counts = (el: SignpostMap) => el.shadowRoot!.querySelector('.counts')?.textContent?.replace(/\s+/g, ' ') ?? '';
const markers = (el: SignpostMap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.sp-marker')];
/** Every place drawn: points count 1, clusters their count. */
const drawnPlaces = (el: SignpostMap) => markers(el).reduce((n, m) => n + (m.classList.contains('sp-cluster') ? Number(m.textContent) : 1), 0);

// A partner's page: the map on its own, with a search in its attributes and no script of the page's own.
describe('signpost-map on its own with an endpoint', () => {
  async function expectedTotal(query: string): Promise<number> {
    return ((await (await fetch(`/api/v3/services?per_page=1&${query}`)).json()) as { total_items: number }).total_items;
  }

  async function firstTerm(): Promise<string> {
    return ((await (await fetch('/api/v3/taxonomy_terms?per_page=2')).json()) as { contents: Array<{ id: string }> }).contents[1]!.id;
  }

  it('shows every service of that search on the map', async () => {
    const term = await firstTerm();
    const total = await expectedTotal(`taxonomy_term_id=${term}&minimum_age=0&maximum_age=4`);
    expect(total).to.be.within(2, 100);
    const el = await fixture<SignpostMap>(html`<signpost-map endpoint="/api/v3" need=${term} ages="0-4" tile-url="none" geocoder="/api"></signpost-map>`);
    await waitUntil(() => /on the map/.test(counts(el)), 'no count of the search on the map', { timeout: 10_000 });
    const onMap = Number(/(\d+)\s+services? on the map/.exec(counts(el))?.[1]);
    const unplaced = Number(/(\d+) services? (has|have) no map location/.exec(counts(el))?.[1] ?? 0);
    expect(onMap + unplaced).to.equal(total);
    await el.load();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length > 0, 'no markers', { timeout: 10_000 });
  });

  it('says plainly when the directory cannot be read', async () => {
    const el = await fixture<SignpostMap>(html`<signpost-map endpoint="/nothing-here/v3" dialect="v3" tile-url="none"></signpost-map>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/\S/);
  });
});

// The same from a published snapshot (test/snapshot-plugin.ts serves the sample's), checked against the sample's own data.
describe('signpost-map on its own with a snapshot', () => {
  it('shows a marker for each place of every service of that search, and counts those with none', async () => {
    const data = await sampleDataset();
    const need = 'sendNeeds:CI';
    const matching = data.services.filter((s) => withTerms(data, [need])(s) && forAges(0, 11)(s));
    const located = new Set(data.locations.filter((l) => l.latitude !== undefined && l.longitude !== undefined).map((l) => l.id));
    const places = matching.flatMap((s) => s.locations.filter((l) => located.has(l.locationId)));
    const unplaced = matching.filter((s) => !s.locations.some((l) => located.has(l.locationId)));
    expect(places.length).to.be.within(2, matching.length * 4);

    const el = await fixture<SignpostMap>(html`<signpost-map snapshot="/snapshots/sample/" need=${need} ages="0-11" tile-url="none"></signpost-map>`);
    await waitUntil(() => /on the map/.test(counts(el)), 'no count of the search on the map', { timeout: 10_000 });
    expect(Number(/(\d+)\s+services? on the map/.exec(counts(el))?.[1]), counts(el)).to.equal(matching.length - unplaced.length);
    expect(Number(/(\d+) services? (has|have) no map location/.exec(counts(el))?.[1] ?? 0), counts(el)).to.equal(unplaced.length);

    await el.load();
    await waitUntil(() => drawnPlaces(el) === places.length, `${drawnPlaces(el)} places drawn, ${places.length} expected`, { timeout: 10_000 });
  });

  it('says plainly when the snapshot is not there', async () => {
    const el = await fixture<SignpostMap>(html`<signpost-map snapshot="/snapshots/missing/" tile-url="none"></signpost-map>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('There is no directory snapshot at');
  });
});
