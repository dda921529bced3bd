import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
// used on its own here: defined now, as a page that has one gets it (all.js fetches it when one is on the page)
import '../src/map/define.js';
import '../src/service/define.js';
import type { OrukClient, SearchQuery, Service } from '@signpost/core';
import { makeContext, type ContextOptions, type TestContextHost } from '../../../test/support/context-host.js';
import { closed, fixtureServices, online, riverside, speech } from '../../../test/fixtures/services.js';
import { withFrontPage } from '../../../test/support/front-page.js';
import type { SignpostMap } from '../src/map/map.js';
import { I18n } from '../src/shared/i18n.js';
import { OSM_TILES, tileSettings } from '../src/map/tiles.js';

async function mount(options: ContextOptions = {}, configure?: (ctx: ReturnType<typeof makeContext>) => void) {
  const host = await fixture<TestContextHost>(
    html`<signpost-test-context style="display:block;width:700px"><signpost-map tile-url="none"></signpost-map></signpost-test-context>`,
  );
  const ctx = makeContext(options);
  configure?.(ctx);
  host.context = ctx;
  const map = host.querySelector('signpost-map') as SignpostMap;
  await map.load();
  await map.updateComplete;
  return { host, map, root: map.shadowRoot!, ctx };
}

const markers = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.sp-marker')];
const labels = (root: ShadowRoot) => markers(root).map((m) => m.getAttribute('aria-label'));

/** A service at a point near Sheffield. */
function placed(id: string, lat: number, lng: number, extra: Partial<Service> = {}): Service {
  return {
    ...speech,
    id,
    name: `Service ${id}`,
    distanceMetres: undefined,
    locations: [{ id: `loc-${id}`, name: `Place ${id}`, position: { lat, lng }, addresses: [], accessibility: [] }],
    ...extra,
  } as Service;
}

/** n services spread over a few miles of Sheffield, deterministic. */
function many(n: number, prefix = 's'): Service[] {
  return Array.from({ length: n }, (_, i) => placed(`${prefix}${i}`, 53.35 + ((i * 37) % 100) / 1000, -1.52 + ((i * 61) % 100) / 800));
}

describe('signpost-map with a finder context', () => {
  // No zoom or pan animations: they wait for frames, which a background test tab never gets.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws one marker per place, named for people, and counts services with no place', async () => {
    const { root } = await mount();
    expect(root.querySelector('.leaflet-container')).to.exist;
    expect(labels(root).sort()).to.deep.equal([
      'Riverside Youth Club, Riverside Hall, 0.4 miles away',
      'Talking Together speech and language drop-in, Northfield Family Hub',
    ]);
    const text = root.querySelector('.toolbar')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('2 services on the map');
    expect(text).to.contain('2 services have no map location');
    for (const m of markers(root)) {
      expect(m.getAttribute('role')).to.equal('button');
      expect(m.tabIndex).to.equal(0);
    }
  });

  it('skips and counts bad coordinates without breaking, and gives a service with several places several markers', async () => {
    const twoPlaces: Service = {
      ...riverside,
      id: 'svc-two',
      name: 'Two Places Club',
      locations: [
        { ...riverside.locations[0]!, id: 'a', name: 'North Hall', position: { lat: 53.42, lng: -1.47 }, distanceMetres: 4000 },
        { ...riverside.locations[0]!, id: 'b', name: 'South Hall', position: { lat: 53.33, lng: -1.47 }, distanceMetres: 6000 },
      ],
    };
    const bad = [
      { ...speech, id: 'bad-1', locations: [{ ...speech.locations[0]!, position: { lat: 100, lng: -1.5 } }] },
      { ...speech, id: 'bad-2', locations: [{ ...speech.locations[0]!, position: { lat: Number.NaN, lng: 2 } }] },
      { ...speech, id: 'bad-3', locations: [{ ...speech.locations[0]!, position: undefined }] },
    ] as Service[];
    const { root } = await mount({ services: [twoPlaces, ...bad, riverside] });
    expect(labels(root).sort()).to.deep.equal([
      'Riverside Youth Club, Riverside Hall, 0.4 miles away',
      'Two Places Club, North Hall, 2.5 miles away',
      'Two Places Club, South Hall, 3.7 miles away',
    ]);
    expect(root.querySelector('.toolbar')!.textContent).to.contain('3 services have no map location');
  });

  it('marks the searched postcode and draws the search radius', async () => {
    const { root, host, map } = await mount({ state: { postcode: 'S1 2HE', radiusMiles: 3 } }, (ctx) => {
      ctx.result!.origin = { lat: 53.38, lng: -1.47 };
    });
    expect(root.querySelector('.sp-origin')).to.exist;
    expect(root.querySelector('.sp-origin')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('path.sp-radius')).to.exist;
    expect(root.querySelector('#map-hint')!.textContent).to.contain('The circle shows 3 miles around S1 2HE.');
    // a different radius redraws the circle
    const before = root.querySelector('path.sp-radius')!.getAttribute('d');
    host.context = { ...host.context, state: { ...host.context.state, radiusMiles: 10 } };
    await map.updateComplete;
    expect(root.querySelector('path.sp-radius')!.getAttribute('d')).not.to.equal(before);
  });

  it('clusters crowded places, names clusters, and zooms in when one is chosen', async () => {
    const { root, map } = await mount({ services: many(300), total: 300 });
    const clusters = [...root.querySelectorAll<HTMLElement>('.sp-cluster')];
    expect(clusters.length).to.be.greaterThan(0);
    expect(markers(root).length).to.be.lessThan(60);
    expect(clusters[0]!.getAttribute('aria-label')).to.match(/^\d+ services: zoom in$/);
    const sum = markers(root).reduce((n, m) => n + (m.classList.contains('sp-cluster') ? Number(m.textContent) : 1), 0);
    expect(sum).to.equal(300);
    const zoom = () => map.zoomLevel ?? 0;
    const before = zoom();
    clusters[0]!.click();
    await waitUntil(() => zoom() > before, 'zoomed in');
  });

  it('zooms into a cluster from the keyboard and keeps focus on the map', async () => {
    const { root, map } = await mount({ services: many(300), total: 300 });
    const cluster = root.querySelector<HTMLElement>('.sp-cluster')!;
    cluster.focus();
    const before = map.zoomLevel ?? 0;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (map.zoomLevel ?? 0) > before, 'zoomed in');
    const active = root.activeElement as HTMLElement;
    expect(active.classList.contains('sp-marker')).to.equal(true);
    expect(active.isConnected).to.equal(true);
  });

  it('opens a list for places at the very same spot', async () => {
    const same = [placed('x1', 53.38, -1.47), placed('x2', 53.38, -1.47), placed('x3', 53.38, -1.47)];
    const { root } = await mount({ services: same });
    const cluster = root.querySelector<HTMLElement>('.sp-cluster')!;
    expect(cluster.getAttribute('aria-label')).to.equal('3 services here: show them');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('.card'));
    const card = root.querySelector('.card')!;
    expect(card.querySelector('h3')!.textContent).to.equal('3 services here');
    expect(card.querySelectorAll('li').length).to.equal(3);
    expect(root.activeElement).to.equal(card.querySelector('h3'));
  });

  it('is reachable by keyboard: Tab to a marker, Enter opens its card, View details selects, Escape goes back', async () => {
    const { root, host } = await mount();
    root.querySelector<HTMLElement>('.map')!.focus();
    await sendKeys({ press: 'Tab' });
    const marker = root.activeElement as HTMLElement;
    expect(marker.classList.contains('sp-marker')).to.equal(true);
    // reading order: the northern place first
    expect(marker.getAttribute('aria-label')).to.contain('Talking Together');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('.card'));
    expect(root.activeElement!.textContent).to.equal('Talking Together speech and language drop-in');
    const card = root.querySelector('.card')!.textContent!.replace(/\s+/g, ' ');
    expect(card).to.contain('By City Children’s Therapy Service');
    expect(card).to.contain('Northfield Family Hub, 3 Hub Road, S6 3AA');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.getAttribute('aria-label')).to.equal('View details of Talking Together speech and language drop-in');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(host, 'signpost-select');
    expect(event.detail.serviceId).to.equal('svc-speech');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root.querySelector('.card'));
    expect(root.activeElement).to.equal(marker);
  });

  it('Space chooses a marker too, and the close button returns focus to it', async () => {
    const { root, map } = await mount();
    const marker = markers(root).find((m) => m.getAttribute('aria-label')!.startsWith('Riverside'))!;
    marker.focus();
    await sendKeys({ press: 'Space' });
    await map.updateComplete;
    expect(root.querySelector('.card h3')!.textContent).to.equal('Riverside Youth Club');
    expect(root.querySelector('.card')!.textContent).to.contain('0.4 miles away');
    root.querySelector<HTMLButtonElement>('.card .close')!.click();
    await map.updateComplete;
    expect(root.querySelector('.card')).to.equal(null);
    expect(root.activeElement).to.equal(marker);
  });

  it('closes the card when the map itself is clicked', async () => {
    const { root, map } = await mount();
    markers(root)[0]!.click();
    await map.updateComplete;
    expect(root.querySelector('.card')).to.exist;
    const box = root.querySelector('.map')!.getBoundingClientRect();
    const pane = root.querySelector('.leaflet-map-pane')!;
    pane.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + 5, clientY: box.y + 100 }));
    await map.updateComplete;
    expect(root.querySelector('.card')).to.equal(null);
  });

  it('lets Tab move on through the zoom buttons and out of the map (no trap)', async () => {
    const { host, root } = await mount();
    const after = document.createElement('button');
    after.textContent = 'after';
    host.after(after);
    root.querySelector<HTMLElement>('.map')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 10 && document.activeElement !== after; i += 1) {
      await sendKeys({ press: 'Tab' });
      const el = root.activeElement as HTMLElement | null;
      if (el) seen.push(el.getAttribute('aria-label') ?? el.textContent ?? '');
    }
    expect(document.activeElement).to.equal(after);
    expect(seen).to.include('Zoom in');
    expect(seen).to.include('Zoom out');
    after.remove();
  });

  it('highlights the marker of the card hovered in the list', async () => {
    const { host, root, map } = await mount();
    host.context = { ...host.context, highlighted: 'svc-riverside' };
    await map.updateComplete;
    const lit = markers(root).filter((m) => m.classList.contains('highlighted'));
    expect(lit.map((m) => m.dataset.service)).to.deep.equal(['svc-riverside']);
    host.context = { ...host.context, highlighted: undefined };
    await map.updateComplete;
    expect(root.querySelectorAll('.highlighted').length).to.equal(0);
  });

  it('lights up the cluster holding the highlighted service', async () => {
    const services = many(200);
    const { host, root, map } = await mount({ services });
    host.context = { ...host.context, highlighted: 's7' };
    await map.updateComplete;
    const lit = root.querySelectorAll('.sp-marker.highlighted');
    expect(lit.length).to.equal(1);
  });

  it('says which service is under the pointer or in focus, for the list to highlight', async () => {
    const { host, root } = await mount();
    const marker = markers(root).find((m) => m.dataset.service === 'svc-riverside')!;
    // dispatched, not sendMouse: a background test tab gets no frames, so no real mouse moves
    setTimeout(() => marker.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true })));
    const over = await oneEvent(host, 'signpost-highlight');
    expect(over.detail.serviceId).to.equal('svc-riverside');
    setTimeout(() => marker.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: root.querySelector('.map') })));
    const out = await oneEvent(host, 'signpost-highlight');
    expect(out.detail.serviceId).to.equal(undefined);
    // Tab, not focus(): a background test tab gets no focus events from focus()
    root.querySelector<HTMLElement>('.map')!.focus();
    setTimeout(() => void sendKeys({ press: 'Tab' }));
    const focused = await oneEvent(host, 'signpost-highlight');
    expect(focused.detail.serviceId).to.equal('svc-speech');
  });

  it('speaks Welsh: region, hint, markers, zoom buttons and counts', async () => {
    const { root } = await mount({ lang: 'cy' });
    expect(root.querySelector('.map')!.getAttribute('aria-label')).to.equal('Map o’r canlyniadau');
    expect(root.querySelector('#map-hint')!.textContent).to.contain('Mae’r map yn dangos');
    expect(root.querySelector('.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Chwyddo i mewn');
    expect(root.querySelector('.leaflet-control-zoom-out')!.getAttribute('title')).to.equal('Chwyddo allan');
    expect(root.querySelector('.toolbar')!.textContent).to.contain('Does gan 2 gwasanaeth ddim lleoliad ar y map');
    expect(labels(root)).to.include('Riverside Youth Club, Riverside Hall, 0.4 milltir i ffwrdd');
  });

  it('passes axe with the map open, and with a card open', async () => {
    const { host, root, map } = await mount({ state: { postcode: 'S1 2HE' } }, (ctx) => {
      ctx.result!.origin = { lat: 53.38, lng: -1.47 };
    });
    await expect(host).to.be.accessible();
    markers(root)[0]!.click();
    await map.updateComplete;
    expect(root.querySelector('.card')).to.exist;
    await expect(host).to.be.accessible();
  });
});

describe('signpost-map: show all on the map', () => {
  /** A client stand-in that serves `total` services, `perPage` at a time, waiting for `gate` before page 2. */
  function stubClient(total: number, gate?: Promise<void>) {
    const calls: Array<{ query: SearchQuery; signal: AbortSignal | undefined }> = [];
    const all = many(total, 'all');
    const client = {
      calls,
      async search(query: SearchQuery, options: { signal?: AbortSignal } = {}) {
        calls.push({ query, signal: options.signal });
        const page = query.page ?? 1;
        const perPage = query.perPage ?? 10;
        if (page > 1 && gate) {
          await Promise.race([
            gate,
            new Promise((_, reject) => options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))),
          ]);
        }
        const items = all.slice((page - 1) * perPage, page * perPage);
        const totalPages = Math.ceil(total / perPage);
        return { items, total, page, perPage, totalPages, isFirst: page === 1, isLast: page >= totalPages, diagnostics: [] };
      },
    };
    return client;
  }

  it('loads every page with visible progress, then shows them all', async () => {
    const client = stubClient(250);
    const { root, map } = await mount({ services: many(10, 'all'), total: 250, totalPages: 25, state: { text: 'club' } }, (ctx) => {
      ctx.client = client as unknown as OrukClient;
    });
    const button = root.querySelector<HTMLButtonElement>('.show-all')!;
    expect(button.textContent!.trim()).to.equal('Show all 250 on the map');
    button.click();
    await waitUntil(() => root.querySelector('.show-page'), 'finished');
    expect(client.calls.map((c) => [c.query.page, c.query.perPage, c.query.text])).to.deep.equal([
      [1, 100, 'club'],
      [2, 100, 'club'],
      [3, 100, 'club'],
    ]);
    await map.updateComplete;
    expect(root.querySelector('.toolbar')!.textContent).to.contain('250 services on the map');
    root.querySelector<HTMLButtonElement>('.show-page')!.click();
    await map.updateComplete;
    expect(root.querySelector('.toolbar')!.textContent).to.contain('10 services on the map');
  });

  it('can be stopped, keeping what arrived, and is dropped when the search changes', async () => {
    let open!: () => void;
    const client = stubClient(1200, new Promise<void>((r) => (open = r)));
    const { host, root, map } = await mount({ services: many(10, 'all'), total: 1200, totalPages: 120 }, (ctx) => {
      ctx.client = client as unknown as OrukClient;
    });
    root.querySelector<HTMLButtonElement>('.show-all')!.click();
    await waitUntil(() => root.querySelector('.progress')!.textContent === 'Loaded 100 of 1,200', 'progress shown');
    expect(root.querySelector('.progress')!.getAttribute('role')).to.equal('status');
    root.querySelector<HTMLButtonElement>('.stop')!.click();
    await map.updateComplete;
    expect(client.calls[1]!.signal!.aborted).to.equal(true);
    expect(root.querySelector('.progress')!.textContent).to.equal('Stopped: 100 of 1,200 on the map');
    expect(root.querySelector('.toolbar')!.textContent).to.contain('100 services on the map');

    // start again, then change the search: the loading is aborted and forgotten
    root.querySelector<HTMLButtonElement>('.show-page')!.click();
    await map.updateComplete;
    root.querySelector<HTMLButtonElement>('.show-all')!.click();
    await waitUntil(() => client.calls.length === 4, 'second round started');
    host.context = { ...host.context, state: { ...host.context.state, text: 'football' } };
    await map.updateComplete;
    expect(client.calls[3]!.signal!.aborted).to.equal(true);
    expect(root.querySelector('.progress')!.textContent).to.equal('');
    expect(root.querySelector('.show-all')).to.exist;
    open();
    await aTimeout(20);
    expect(root.querySelector('.toolbar')!.textContent).to.contain('10 services on the map');
  });

  it('says when it will show only the first services of a very long list', async () => {
    const { root } = await mount({ services: many(10, 'all'), total: 5400, totalPages: 540 });
    expect(root.querySelector('.show-all')!.textContent!.trim()).to.equal('Show the first 2,000 on the map');
  });
});

describe('signpost-map on its own', () => {
  it('loads itself when it comes into view, and not while hidden', async () => {
    // IntersectionObserver reports only in the visible tab (this file may run beside another)
    await withFrontPage(async () => {
      const el = await fixture<SignpostMap>(html`<signpost-map hidden tile-url="none" .services=${[riverside]}></signpost-map>`);
      await aTimeout(100);
      expect(el.loaded).to.equal(false);
      expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
      el.hidden = false;
      await el.mapReady;
      expect(el.shadowRoot!.querySelector('.leaflet-container')).to.exist;
    });
  });

  it('shows the services it is given, in its own language, with no finder', async () => {
    const el = await fixture<SignpostMap>(html`<signpost-map tile-url="none" lang="cy" .services=${[riverside, online]}></signpost-map>`);
    await el.load();
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(labels(root)).to.deep.equal(['Riverside Youth Club, Riverside Hall, 0.4 milltir i ffwrdd']);
    expect(root.querySelector('.toolbar')!.textContent).to.contain('Does gan 1 gwasanaeth ddim lleoliad ar y map');
    expect(root.querySelector('.map')!.getAttribute('aria-label')).to.equal('Map o’r canlyniadau');
  });

  it('prefers its services property to the finder’s services', async () => {
    const host = await fixture<TestContextHost>(
      html`<signpost-test-context><signpost-map tile-url="none" .services=${[speech, closed]}></signpost-map></signpost-test-context>`,
    );
    host.context = makeContext({ services: fixtureServices });
    const map = host.querySelector('signpost-map')!;
    await map.load();
    await map.updateComplete;
    expect(labels(map.shadowRoot!)).to.deep.equal(['Talking Together speech and language drop-in, Northfield Family Hub']);
    expect(map.shadowRoot!.querySelector('.map')!.getAttribute('aria-label')).to.equal('Map of results');
  });

  it('shows a service’s places in its detail behind "Show on a map", without a View details button for itself', async () => {
    const el = await fixture(html`<signpost-service .service=${riverside}></signpost-service>`);
    await waitUntil(() => el.shadowRoot!.querySelector('signpost-map'));
    const map = el.shadowRoot!.querySelector('signpost-map')!;
    map.setAttribute('tile-url', 'none');
    await map.updateComplete;
    const root = map.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Show on a map');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector<HTMLElement>('.frame')!.hidden).to.equal(true);
    await aTimeout(50);
    expect(map.loaded).to.equal(false);
    toggle.click();
    await map.mapReady;
    await map.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide the map');
    expect(root.querySelector('.map')!.getAttribute('aria-label')).to.equal('Map of Riverside Youth Club');
    expect(labels(root)).to.deep.equal(['Riverside Youth Club, Riverside Hall, 0.4 miles away']);
    expect(root.querySelector('.toolbar')).to.equal(null);
    markers(root)[0]!.click();
    await map.updateComplete;
    expect(root.querySelector('.card h3')!.textContent).to.equal('Riverside Youth Club');
    expect(root.querySelector('.card .details')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is not in a detail whose service has no place on a map', async () => {
    const el = await fixture(html`<signpost-service .service=${online}></signpost-service>`);
    await aTimeout(0);
    expect(el.shadowRoot!.querySelector('signpost-map')).to.equal(null);
  });
});

describe('map tiles', () => {
  const en = new I18n('en');
  it('default to OpenStreetMap with its required credit, in Welsh too', () => {
    const osm = tileSettings(null, null, en);
    expect(osm.url).to.equal(OSM_TILES);
    expect(osm.attribution).to.equal('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>');
    expect(tileSettings(undefined, undefined, new I18n('cy')).attribution).to.contain('Cyfranwyr OpenStreetMap');
  });

  it('can be a council’s own server with its own credit (sanitised when shown), or none', async () => {
    const credit = '© <a href="https://example.gov.uk" onclick="x()">Council</a><script>x()</script>';
    const own = tileSettings('https://maps.example.gov.uk/{z}/{x}/{y}.png', credit, en);
    expect(own.url).to.equal('https://maps.example.gov.uk/{z}/{x}/{y}.png');
    expect(own.attribution).to.equal(credit);
    const svg = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='256' height='256'/%3E#{z}/{x}/{y}";
    const el = await fixture<SignpostMap>(html`<signpost-map tile-url=${svg} tile-attribution=${credit} .services=${[riverside]}></signpost-map>`);
    await el.load();
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('.leaflet-control-attribution')!;
    expect(shown.querySelector('a[href="https://example.gov.uk/"]')!.textContent).to.equal('Council');
    expect(shown.innerHTML).not.to.match(/onclick|script/);
    expect(tileSettings('none', 'anything', en)).to.deep.equal({ url: undefined, attribution: '' });
    expect(tileSettings(' NONE ', null, en).url).to.equal(undefined);
  });

  it('come from the URL template given, and none at all with tile-url="none"', async () => {
    const svg = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='256' height='256'/%3E#{z}/{x}/{y}";
    const el = await fixture<SignpostMap>(html`<signpost-map tile-url=${svg} .services=${[riverside]}></signpost-map>`);
    await el.load();
    await el.updateComplete;
    const tiles = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
    expect(tiles.length).to.be.greaterThan(0);
    expect(tiles.every((t) => t.src.startsWith('data:image/svg+xml'))).to.equal(true);
    el.tileUrl = 'none';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img.leaflet-tile').length).to.equal(0);
    const requested = performance.getEntriesByType('resource').map((r) => r.name);
    expect(requested.filter((n) => /openstreetmap|\.png/.test(n))).to.deep.equal([]);
  });
});
