import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import type { SignpostMap } from '../../packages/elements/src/map/map.js';

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
    const counts = () => el.shadowRoot!.querySelector('.counts')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => /on the map/.test(counts()), 'no count of the search on the map', { timeout: 10_000 });
    const onMap = Number(/(\d+)\s+services? on the map/.exec(counts())?.[1]);
    const unplaced = Number(/(\d+) services? (has|have) no map location/.exec(counts())?.[1] ?? 0);
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
