// signpost-map inside a real signpost-finder, against the sample ORUK API mounted at /api.
// The first test must stay first: it checks that nothing of Leaflet has been fetched yet.
import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
// used on its own here: defined now, as a page that has one gets it (all.js fetches it when one is on the page)
import '../src/map/define.js';
import type { SignpostFinder } from '../src/finder/finder.js';
import type { SignpostMap } from '../src/map/map.js';
import type { FinderSearch } from '../src/shared/context.js';
import { backTo, currentEntry, freshHistory } from '../../../test/support/history.js';

async function mountFinder(dialect: string, attrs: Record<string, string> = {}, width = 600): Promise<SignpostFinder> {
  const el = document.createElement('signpost-finder');
  el.setAttribute('endpoint', `/api/${dialect}`);
  el.setAttribute('geocoder', '/api');
  el.setAttribute('tile-url', 'none');
  el.style.width = `${width}px`;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await fixture(el);
  await settled(el);
  return el;
}

function shadow(finder: SignpostFinder) {
  return finder.shadowRoot!;
}

function results(finder: SignpostFinder): ShadowRoot {
  return shadow(finder).querySelector('signpost-results')!.shadowRoot!;
}

function mapOf(finder: SignpostFinder): SignpostMap {
  return shadow(finder).querySelector('signpost-map')!;
}

/**
 * Scroll the map into view and wait for it. A map loads itself when it comes into view, but
 * a test page running beside another is a background tab, where IntersectionObserver never
 * reports: so load() too (it is idempotent).
 */
async function shown(map: SignpostMap): Promise<void> {
  map.scrollIntoView();
  await map.load();
  await map.updateComplete;
}

/** The finder’s search as the map sees it. */
function ctxOf(map: SignpostMap): FinderSearch {
  return (map as unknown as { search: FinderSearch }).search;
}

async function settled(finder: SignpostFinder): Promise<void> {
  await waitUntil(
    () => {
      const status = finder.shadowRoot?.querySelector('signpost-results')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
      return status !== '' && !/Searching|Yn chwilio/.test(status);
    },
    'finder did not settle',
    { timeout: 8000, interval: 20 },
  );
}

const leafletRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /leaflet/i.test(n));
const tileRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /openstreetmap|\/tiles?\/|\.png/i.test(n));

const switcher = (finder: SignpostFinder) => [...shadow(finder).querySelectorAll<HTMLButtonElement>('.views button')];
const pressed = (finder: SignpostFinder) => switcher(finder).find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.view;
const markers = (map: SignpostMap) => [...map.shadowRoot!.querySelectorAll<HTMLElement>('.sp-marker')];

/** Every place drawn: points count 1, clusters their count. */
function drawnPlaces(map: SignpostMap): number {
  return markers(map).reduce((n, m) => n + (m.classList.contains('sp-cluster') ? Number(m.textContent) : 1), 0);
}

function placesIn(ctx: FinderSearch): number {
  return ctx.services.reduce((n, s) => n + s.locations.filter((l) => l.position).length, 0);
}

describe('the finder’s map view', () => {
  it('shows the list first, and downloads no Leaflet, no CSS and no tiles until the map is shown', async () => {
    const finder = await mountFinder('v3');
    expect(switcher(finder).map((b) => b.textContent!.trim())).to.deep.equal(['List', 'Map']);
    expect(pressed(finder)).to.equal('list');
    const pane = shadow(finder).querySelector<HTMLElement>('.map-pane')!;
    expect(pane.hidden).to.equal(true);
    await aTimeout(150);
    const map = mapOf(finder);
    expect(map.loaded).to.equal(false);
    expect(map.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
    expect(leafletRequests(), 'no Leaflet module, CSS module or map view module yet').to.deep.equal([]);

    switcher(finder)[1]!.click();
    await map.mapReady;
    await map.updateComplete;
    expect(pressed(finder)).to.equal('map');
    expect(shadow(finder).querySelector<HTMLElement>('.list-pane')!.hidden).to.equal(true);
    expect(map.shadowRoot!.querySelector('.leaflet-container')).to.exist;
    expect(leafletRequests().length).to.be.greaterThan(0);
    expect(drawnPlaces(map)).to.equal(placesIn(ctxOf(map)));
    await aTimeout(100);
    expect(tileRequests(), 'tile-url="none" requests no tiles').to.deep.equal([]);

    switcher(finder)[0]!.click();
    await finder.updateComplete;
    expect(shadow(finder).querySelector<HTMLElement>('.list-pane')!.hidden).to.equal(false);
    expect(pane.hidden).to.equal(true);
  });

  it('says what the search found, politely, when the map is shown instead of the list', async () => {
    const finder = await mountFinder('v1', { view: 'map' });
    const map = mapOf(finder);
    await map.updateComplete;
    const counts = () => map.shadowRoot!.querySelector<HTMLElement>('.counts')!;
    expect(counts().getAttribute('role')).to.equal('status');
    const total = ctxOf(map).result!.total;
    expect(counts().textContent).to.contain(`${total} services found`);

    const input = shadow(finder).querySelector('signpost-search')!.shadowRoot!.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = 'football';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => ctxOf(map).status === 'complete' && ctxOf(map).result!.total < total, 'the search did not run', { timeout: 8000 });
    await map.updateComplete;
    expect(counts().textContent).to.contain(`${ctxOf(map).result!.total} service`);

    // beside the list (or in it), only the list's count speaks
    switcher(finder)[0]!.click();
    await finder.updateComplete;
    await map.updateComplete;
    expect(counts().hasAttribute('role')).to.equal(false);
    expect(counts().textContent).not.to.contain('found');
  });

  it('keeps the chosen view in the URL with sync-url: a shared link opens it, Back returns to the list', async () => {
    await freshHistory();
    const finder = await mountFinder('v3', { 'sync-url': 'views' });
    const list = currentEntry();
    switcher(finder)[1]!.click();
    await finder.updateComplete;
    expect(pressed(finder)).to.equal('map');
    expect(new URL(location.href).searchParams.get('views-view')).to.equal('map');

    await backTo(list);
    await waitUntil(() => pressed(finder) === 'list', 'Back did not return to the list');
    expect(new URL(location.href).searchParams.get('views-view')).to.equal(null);

    // a link with the map view in it opens on the map
    const url = new URL(location.href);
    url.searchParams.set('views-view', 'map');
    history.replaceState(null, '', url);
    const shared = await mountFinder('v3', { 'sync-url': 'views' });
    expect(pressed(shared)).to.equal('map');
    url.searchParams.delete('views-view');
    history.replaceState(null, '', url);
  });

  it('shows the list, with a way to the map, when view="split" but the finder is narrow', async () => {
    const finder = await mountFinder('v3', { view: 'split' }, 500);
    await aTimeout(50);
    expect(pressed(finder)).to.equal('list');
    expect(switcher(finder).map((b) => b.dataset.view)).to.deep.equal(['list', 'map']);
    expect(shadow(finder).querySelector<HTMLElement>('.map-pane')!.hidden).to.equal(true);
    // widening the finder brings the side-by-side view
    finder.style.width = '1400px';
    // ResizeObserver tells the finder; a background test tab gets no reports, but any update measures again
    if (document.visibilityState !== 'visible') finder.requestUpdate();
    await waitUntil(() => pressed(finder) === 'split', 'split when wide');
    expect(shadow(finder).querySelector<HTMLElement>('.map-pane')!.hidden).to.equal(false);
  });

  it('has no map or switcher with map="false"', async () => {
    const finder = await mountFinder('v3', { map: 'false' });
    expect(switcher(finder)).to.deep.equal([]);
    expect(shadow(finder).querySelector('signpost-map')).to.equal(null);
  });

  for (const dialect of ['v1', 'v3']) {
    it(`puts the results’ places on the map, with the searched postcode and radius (ORUK ${dialect})`, async () => {
      const finder = await mountFinder(dialect, { view: 'map', postcode: 'S1 2HE' });
      const map = mapOf(finder);
      await shown(map);
      await waitUntil(() => ctxOf(map).result?.origin, 'no origin');
      await map.updateComplete;
      const ctx = ctxOf(map);
      expect(ctx.services.length).to.be.greaterThan(0);
      expect(drawnPlaces(map)).to.equal(placesIn(ctx));
      const ids = new Set(ctx.services.map((s) => s.id));
      for (const m of markers(map).filter((el) => el.dataset.service)) expect(ids.has(m.dataset.service!)).to.equal(true);
      const root = map.shadowRoot!;
      expect(root.querySelector('.sp-origin')).to.exist;
      expect(root.querySelector('path.sp-radius')).to.exist;
      expect(root.querySelector('#map-hint')!.textContent).to.contain('The circle shows 3 miles around S1 2HE.');
      const unplaced = ctx.services.filter((s) => !s.locations.some((l) => l.position)).length;
      const toolbar = root.querySelector('.toolbar')!.textContent!.replace(/\s+/g, ' ');
      if (unplaced) expect(toolbar).to.contain(`${unplaced} service${unplaced === 1 ? ' has' : 's have'} no map location`);
      else expect(toolbar).not.to.contain('no map location');
    });
  }

  it('shows list and map side by side on a wide finder with view="split", highlighting both ways', async () => {
    const finder = await mountFinder('v3', { view: 'split' }, 1400);
    await waitUntil(() => pressed(finder) === 'split', 'split view');
    expect(switcher(finder).map((b) => b.textContent!.trim())).to.deep.equal(['List', 'Map', 'List and map']);
    const map = mapOf(finder);
    await shown(map);
    const list = shadow(finder).querySelector<HTMLElement>('.list-pane')!.getBoundingClientRect();
    const pane = shadow(finder).querySelector<HTMLElement>('.map-pane')!.getBoundingClientRect();
    expect(pane.left).to.be.greaterThan(list.left + list.width / 2);

    // list -> map: a hovered card lights up its marker (or the cluster holding it)
    const card = results(finder).querySelector<HTMLElement>('li.card')!;
    const id = card.dataset.id!;
    const placed = ctxOf(map).services.find((s) => s.id === id)!.locations.some((l) => l.position);
    card.dispatchEvent(new MouseEvent('mouseenter'));
    await finder.updateComplete;
    await map.updateComplete;
    const lit = map.shadowRoot!.querySelectorAll('.sp-marker.highlighted');
    expect(lit.length).to.equal(placed ? 1 : 0);
    card.dispatchEvent(new MouseEvent('mouseleave'));
    await finder.updateComplete;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelectorAll('.sp-marker.highlighted').length).to.equal(0);

    // map -> list: a marker reached with Tab lights up its card (Tab, not focus(): a background
    // test tab gets no focus events from focus())
    map.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
    let point = map.shadowRoot!.activeElement as HTMLElement;
    for (let i = 0; i < 40 && !point.dataset.service; i += 1) {
      await sendKeys({ press: 'Tab' });
      point = map.shadowRoot!.activeElement as HTMLElement;
    }
    expect(point.dataset.service).to.be.a('string');
    await finder.updateComplete;
    const results2 = shadow(finder).querySelector('signpost-results')!;
    await results2.updateComplete;
    const highlighted = [...results(finder).querySelectorAll<HTMLElement>('li.card.highlighted')].map((li) => li.dataset.id);
    expect(highlighted).to.deep.equal([point.dataset.service]);
    await expect(finder).to.be.accessible();
  });

  it('opens a service from its marker’s card, whose detail folds its own map', async () => {
    const finder = await mountFinder('v3', { view: 'map' });
    const map = mapOf(finder);
    await shown(map);
    map.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => map.shadowRoot!.querySelector('.card .details'), 'card with View details');
    const name = map.shadowRoot!.querySelector('.card h3')!.textContent!;
    map.shadowRoot!.querySelector<HTMLButtonElement>('.card .details')!.click();
    await waitUntil(() => shadow(finder).querySelector('signpost-service')?.shadowRoot?.querySelector('h2')?.textContent === name, 'detail opened');
    const detail = shadow(finder).querySelector('signpost-service')!.shadowRoot!;
    const placesMap = detail.querySelector<SignpostMap>('signpost-map')!;
    await placesMap.updateComplete;
    expect(placesMap.shadowRoot!.querySelector('button.toggle')!.getAttribute('aria-expanded')).to.equal('false');

    // back to results: the map view is still there, and focus is back on the card's button
    detail.querySelector<HTMLButtonElement>('button.back')!.click();
    await waitUntil(() => map.shadowRoot!.activeElement?.classList.contains('details'), 'focus back on View details');
    expect(shadow(finder).querySelector<HTMLElement>('.map-pane')!.hidden).to.equal(false);
  });

  it('shows every matching service on request, page by page, and can go back to this page', async () => {
    const finder = await mountFinder('v3', { view: 'map' });
    const map = mapOf(finder);
    await shown(map);
    const ctx = ctxOf(map);
    const total = ctx.result!.total;
    expect(total).to.be.greaterThan(100);
    const root = map.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('.show-all')!;
    expect(button.textContent!.trim()).to.equal(`Show all ${total} on the map`);
    const requestsBefore = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v3/services?')).length;
    button.click();
    await waitUntil(() => root.querySelector('.show-page'), 'all loaded', { timeout: 10_000 });
    await map.updateComplete;
    const pages = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/api/v3/services?'))
      .slice(requestsBefore);
    expect(pages.length).to.equal(Math.ceil(total / 100));
    expect(pages.every((u) => /per_page=100/.test(u))).to.equal(true);
    const onMap = Number(/(\d+) services on the map/.exec(root.querySelector('.toolbar')!.textContent!)![1]);
    expect(onMap).to.be.greaterThan(ctx.services.length);
    expect(onMap).to.be.at.most(total);
    expect(drawnPlaces(map)).to.be.greaterThan(placesIn(ctx));
    root.querySelector<HTMLButtonElement>('.show-page')!.click();
    await map.updateComplete;
    expect(drawnPlaces(map)).to.equal(placesIn(ctxOf(map)));
  });

  it('speaks Welsh', async () => {
    const finder = await mountFinder('v3', { lang: 'cy', view: 'map' });
    expect(switcher(finder).map((b) => b.textContent!.trim())).to.deep.equal(['Rhestr', 'Map']);
    expect(shadow(finder).querySelector('.views')!.getAttribute('aria-label')).to.equal('Dangos y canlyniadau fel');
    const map = mapOf(finder);
    await shown(map);
    expect(map.shadowRoot!.querySelector('.map')!.getAttribute('aria-label')).to.equal('Map o’r canlyniadau');
    expect(map.shadowRoot!.querySelector('.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Chwyddo i mewn');
    expect(map.shadowRoot!.querySelector('.show-all')!.textContent).to.match(/Dangos pob un o’r \d+ ar y map/);
  });

  it('switches views from the keyboard, keeping focus on the switcher', async () => {
    const finder = await mountFinder('v3');
    switcher(finder)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pressed(finder) === 'map');
    expect(shadow(finder).activeElement).to.equal(switcher(finder)[1]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(finder).activeElement).to.equal(switcher(finder)[0]);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => pressed(finder) === 'list');
  });
});
