import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, milesToMetres, type Service } from '@signpost/core';
import { finderContext, type FinderContext } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { distanceLabel } from '../shared/format.js';
import { I18n, langOf, type StringTable } from '../shared/i18n.js';
import { queryKey, toQuery, type FinderState } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { countText } from '../results/count.js';
import type { LeafletView } from './leaflet-view.js';
import { mapStyles } from './map.styles.js';
import { collectPoints, pointAddress, pointDistance, pointLabel, pointsKey, type CollectedPoints, type MapPoint } from './points.js';
import { loadAllPages, showAllTarget, SHOW_ALL_MAX_SERVICES, SHOW_ALL_PER_PAGE } from './show-all.js';
import { tileSettings } from './tiles.js';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

let leafletSheet: CSSStyleSheet | undefined;

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Leaflet's CSS into a map's shadow root, before our own styles (one sheet shared by every map). */
function adoptLeafletCss(root: ShadowRoot, css: string): void {
  try {
    if (!leafletSheet) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      leafletSheet = sheet;
    }
    root.adoptedStyleSheets = [leafletSheet, ...root.adoptedStyleSheets];
  } catch {
    // no constructable stylesheets: a style element does the same
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

interface AllResults {
  /** The search these belong to (without the page). */
  key: string;
  status: 'loading' | 'done' | 'stopped' | 'failed';
  loaded: number;
  total: number;
  services: Service[];
}

/**
 * @summary The results on a map: one marker per place, clustered when crowded, in step
 * with the list. Leaflet is downloaded only the first time the map is shown.
 *
 * Inside a signpost-finder it shows the current page's services (or, on request, every
 * matching service), the searched postcode and the search radius. On its own, or in a
 * service's detail, set the `services` property. Services without a place the map can
 * show are counted, never lost: the list always has everything.
 *
 * @fires signpost-highlight - A marker was hovered or focused (serviceId), or left (undefined).
 * @fires signpost-select - "View details" was chosen on a marker's card.
 * @csspart map - The map area (Leaflet's container, a labelled region).
 * @csspart card - The card of the chosen marker.
 * @csspart toolbar - The line above the map: counts and "Show all on the map".
 * @cssprop --signpost-map-height - Height of the map (24em).
 * @cssprop --signpost-map-background - Background where there are no tiles (#e8eef1).
 * @cssprop --signpost-map-marker - Marker colour (#1d70b8).
 * @cssprop --signpost-map-marker-text - Colour of cluster counts (#ffffff).
 * @cssprop --signpost-map-highlight - Colour of the highlighted marker (the focus colour, #ffdd00).
 * @cssprop --signpost-map-radius - Colour of the search radius circle (#0b0c0c).
 */
export class SignpostMap extends LitElement {
  static override styles = [hostStyles, controlStyles, mapStyles];

  /** Services to show; when unset, the finder's services are shown. */
  @property({ attribute: false }) services: Service[] | undefined;
  /** A tile URL template ({z}/{x}/{y}), "none" for no tiles; default OpenStreetMap (or the finder's). */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;
  /** Attribution HTML the tiles require (links allowed); default OpenStreetMap's. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;
  /** en or cy, when not inside a finder. */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /** Host overrides of user-facing strings, when not inside a finder. */
  @property({ attribute: false }) strings: Partial<StringTable> = {};
  /** Start folded behind a "Show on a map" button (as in a service's detail): nothing loads until it is opened. */
  @property({ type: Boolean }) collapsible = false;
  /** Shown instead of the list (the finder's map view): says how many services were found, to screen readers too. */
  @property({ type: Boolean, attribute: 'announce-counts' }) announceCounts = false;
  /** At most this many services for "Show all on the map" (default 2000). */
  @property({ attribute: 'max-services', type: Number }) maxServices = SHOW_ALL_MAX_SERVICES;

  @consume({ context: finderContext, subscribe: true })
  @state()
  private ctx: FinderContext | undefined;

  @state() private status: LoadStatus = 'idle';
  @state() private chosen: MapPoint[] | undefined;
  @state() private all: AllResults | undefined;
  @state() private localHighlight: string | undefined;
  @state() private expanded = false;

  #view: LeafletView | undefined;
  #loading: Promise<void> | undefined;
  #ready!: () => void;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#ready = resolve));
  #intersection: IntersectionObserver | undefined;
  #resize: ResizeObserver | undefined;
  #collected: CollectedPoints = { points: [], unplaced: 0 };
  #collectedFrom: readonly Service[] | undefined;
  #dataKey = '';
  #stringsKey = '';
  #tilesKey = '';
  #returnFocus: HTMLElement | undefined;
  #focusCard = false;
  #allController: AbortController | undefined;
  #viewing: string | undefined;
  #refocus: string | undefined;
  #filtered: { from: Service[]; freeOnly: boolean; access: string | undefined; services: Service[] } | undefined;

  /** Resolves once Leaflet is loaded and the map is drawn (it loads when first shown, or on load()). */
  get mapReady(): Promise<void> {
    return this.#readyPromise;
  }

  /** Whether Leaflet has been loaded for this map. */
  get loaded(): boolean {
    return this.status === 'ready';
  }

  /** Load Leaflet and draw the map now, shown or not. */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  /** Load every matching result page by page (bounded), inside a finder. */
  showAll(): Promise<void> {
    return this.#showAll();
  }

  /** Stop loading every result, keeping what has arrived. */
  stopShowAll(): void {
    if (this.all?.status !== 'loading') return;
    this.#allController?.abort();
    this.#allController = undefined;
    this.all = { ...this.all, status: 'stopped' };
  }

  /** Back to the current page's results. */
  showPage(): void {
    this.#allController?.abort();
    this.#allController = undefined;
    this.all = undefined;
  }

  /** The map's zoom level, once loaded. */
  get zoomLevel(): number | undefined {
    return this.#view?.zoom;
  }

  /** Zoom in or out by one step (as the zoom buttons do). */
  zoom(direction: 1 | -1): void {
    if (direction > 0) this.#view?.zoomIn();
    else this.#view?.zoomOut();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#intersection?.disconnect();
    this.#resize?.disconnect();
    this.#allController?.abort();
    this.#allController = undefined;
    if (this.all?.status === 'loading') this.all = undefined;
  }

  protected override firstUpdated(): void {
    this.#observe();
  }

  #observe(): void {
    if (!this.#view && !this.#loading && typeof IntersectionObserver !== 'undefined') {
      this.#intersection?.disconnect();
      this.#intersection = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#intersection?.disconnect();
            void this.load();
          }
        },
        // a little ahead of scrolling into view; a hidden map never intersects, so never loads
        { rootMargin: '200px 0px' },
      );
      // the frame, not the host: a folded map (collapsible) shows its button but not its frame
      const frame = this.renderRoot.querySelector('.frame');
      if (frame) this.#intersection.observe(frame);
    }
    const container = this.#container();
    if (container && typeof ResizeObserver !== 'undefined') {
      this.#resize?.disconnect();
      this.#resize = new ResizeObserver(() => this.#view?.resize());
      this.#resize.observe(container);
    }
  }

  #container(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  #i18n(): I18n {
    return this.ctx?.i18n ?? new I18n(langOf(this, this.locale), this.strings);
  }

  /** Whether the services come from the finder (not from the `services` property). */
  #fromFinder(): boolean {
    return !this.services && Boolean(this.ctx);
  }

  #searchKey(ctx: FinderContext): string {
    const state: FinderState = { ...ctx.state, page: 1, service: undefined };
    return queryKey(toQuery(state, ctx.fixed, SHOW_ALL_PER_PAGE));
  }

  #shownServices(): readonly Service[] {
    if (this.services) return this.services;
    const ctx = this.ctx;
    if (!ctx) return [];
    const all = this.all;
    if (all && all.status !== 'loading' && all.services.length) {
      // the refinements the feed cannot do (as the finder does for its page), kept while they stand
      const { freeOnly, access } = ctx.state;
      const f = this.#filtered;
      if (f?.from === all.services && f.freeOnly === freeOnly && f.access === access) return f.services;
      const services = all.services.filter((s) => (!freeOnly || s.free === true) && (!access || s.access === access));
      this.#filtered = { from: all.services, freeOnly, access, services };
      return services;
    }
    return ctx.services;
  }

  #highlighted(): string | undefined {
    return this.ctx ? this.ctx.highlighted : this.localHighlight;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const ctx = this.ctx;
    if (this.all && (!ctx || this.services || this.#searchKey(ctx) !== this.all.key)) {
      // the search changed: whatever was loading or loaded belongs to the old one
      this.#allController?.abort();
      this.#allController = undefined;
      this.all = undefined;
    }
    const services = this.#shownServices();
    if (services !== this.#collectedFrom) {
      this.#collectedFrom = services;
      this.#collected = collectPoints(services);
    }
    // back from the details of the service whose card is open: focus returns to the card
    const viewing = ctx?.state.service;
    if (this.#viewing && !viewing && this.chosen?.some((p) => p.service.id === this.#viewing)) this.#refocus = this.#viewing;
    this.#viewing = viewing;
    if (this.chosen && changed.size) {
      // a chosen place that is no longer shown closes its card
      const ids = new Set(services.map((s) => s.id));
      if (!this.chosen.every((p) => ids.has(p.service.id))) this.chosen = undefined;
    }
  }

  protected override updated(): void {
    this.#sync();
    if (this.#refocus) {
      const id = this.#refocus;
      this.#refocus = undefined;
      // only if the list did not take focus back (in the map view the list is hidden)
      setTimeout(() => {
        if (deepActiveElement() !== document.body) return;
        const button = [...this.renderRoot.querySelectorAll<HTMLElement>('.card .details')].find((b) => b.dataset.service === id);
        button?.focus();
      }, 50);
    }
    if (this.#focusCard) {
      this.#focusCard = false;
      this.renderRoot.querySelector<HTMLElement>('.card h3')?.focus();
    }
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    try {
      const mod = await import('./leaflet-view.js');
      await this.updateComplete;
      adoptLeafletCss(this.renderRoot as ShadowRoot, mod.leafletCss);
      const i18n = this.#i18n();
      const tiles = this.#tiles(i18n);
      const container = this.#container()!;
      this.#view = mod.createView({
        container,
        tileUrl: tiles.url,
        attribution: tiles.attribution,
        zoomInTitle: i18n.t('mapZoomIn'),
        zoomOutTitle: i18n.t('mapZoomOut'),
        reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
        label: (point) => pointLabel(point, this.#i18n()),
        clusterLabel: (count, canZoom) => this.#i18n().t(canZoom ? 'mapCluster' : 'mapClusterHere', { count }),
        onHighlight: (serviceId) => this.#onMarkerHighlight(serviceId),
        onChoose: (points, from, keyboard) => this.#choose(points, from, keyboard),
        onMapClick: () => (this.chosen = undefined),
      });
      this.#stringsKey = this.#stringsKeyOf(i18n);
      this.#tilesKey = JSON.stringify(tiles);
      this.status = 'ready';
      this.#intersection?.disconnect();
      this.#sync();
      this.#ready();
    } catch (error) {
      this.status = 'failed';
      this.#loading = undefined;
      console.error('[signpost-map] the map could not be loaded', error);
    }
  }

  #tiles(i18n: I18n) {
    return tileSettings(this.tileUrl ?? this.ctx?.tiles?.url, this.tileAttribution ?? this.ctx?.tiles?.attribution, i18n);
  }

  #stringsKeyOf(i18n: I18n): string {
    return [i18n.lang, i18n.t('mapZoomIn'), i18n.t('mapZoomOut'), i18n.t('mapCluster', { count: 2 }), i18n.t('distanceAway', { count: 2 })].join('|');
  }

  /** Bring the Leaflet view in line with the element: data, highlight, strings, tiles. */
  #sync(): void {
    const view = this.#view;
    if (!view) return;
    const i18n = this.#i18n();
    const tiles = this.#tiles(i18n);
    const tilesKey = JSON.stringify(tiles);
    if (tilesKey !== this.#tilesKey) {
      this.#tilesKey = tilesKey;
      view.setTiles(tiles.url, tiles.attribution);
    }
    const stringsKey = this.#stringsKeyOf(i18n);
    if (stringsKey !== this.#stringsKey) {
      this.#stringsKey = stringsKey;
      view.setStrings({ zoomInTitle: i18n.t('mapZoomIn'), zoomOutTitle: i18n.t('mapZoomOut'), attribution: tiles.attribution });
    }
    const { points } = this.#collected;
    const ctx = this.ctx;
    const origin = this.#fromFinder() && ctx?.state.postcode ? ctx.result?.origin : undefined;
    const radiusMetres = origin && ctx ? milesToMetres(ctx.state.radiusMiles) : undefined;
    const key = `${pointsKey(points)}#${origin ? `${origin.lat},${origin.lng},${radiusMetres}` : ''}`;
    if (key !== this.#dataKey) {
      this.#dataKey = key;
      view.setData({ points, origin, radiusMetres });
    }
    view.setHighlighted(this.#highlighted());
  }

  /** "Show on a map" is a request for the map: load it now rather than wait to see it. */
  #toggle(open: boolean): void {
    this.expanded = open;
    if (open) void this.updateComplete.then(() => this.load());
  }

  #onMarkerHighlight(serviceId: string | undefined): void {
    if (!this.ctx) this.localHighlight = serviceId;
    emit(this, 'signpost-highlight', { serviceId });
  }

  #choose(points: MapPoint[], from: HTMLElement, keyboard: boolean): void {
    this.chosen = points;
    this.#returnFocus = from;
    this.#focusCard = keyboard;
  }

  #closeCard(): void {
    this.chosen = undefined;
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    if (back?.isConnected) back.focus();
    else this.#container()?.focus();
  }

  async #showAll(): Promise<void> {
    const ctx = this.ctx;
    if (!ctx?.client || !ctx.result || this.services) return;
    this.#allController?.abort();
    const controller = new AbortController();
    this.#allController = controller;
    const key = this.#searchKey(ctx);
    const total = showAllTarget(ctx.result.total, this.maxServices);
    this.all = { key, status: 'loading', loaded: 0, total, services: [] };
    const query = toQuery({ ...ctx.state, page: 1 }, ctx.fixed, SHOW_ALL_PER_PAGE);
    const current = () => (this.all?.key === key && this.#allController === controller ? this.all : undefined);
    try {
      const result = await loadAllPages(ctx.client, query, {
        signal: controller.signal,
        maxServices: this.maxServices,
        onProgress: (loaded, target, services) => {
          const all = current();
          if (all) this.all = { ...all, loaded, total: target, services };
        },
      });
      const all = current();
      if (all) this.all = { ...all, status: 'done', loaded: result.services.length, services: result.services };
    } catch (error) {
      const all = current();
      if (!all) return;
      this.all = isAbortError(error) || controller.signal.aborted ? { ...all, status: 'stopped' } : { ...all, status: 'failed' };
    } finally {
      if (this.#allController === controller) this.#allController = undefined;
    }
  }

  protected override render() {
    const i18n = this.#i18n();
    const single = this.services?.length === 1 ? this.services[0] : undefined;
    const label = single ? i18n.t('mapLabelOne', { name: single.name }) : i18n.t('mapLabel');
    const ctx = this.ctx;
    const origin = this.#fromFinder() && ctx?.state.postcode && ctx.result?.origin;
    const folded = this.collapsible && !this.expanded;
    return html`<div class="wrap" lang=${i18n.lang}>
      ${this.collapsible
        ? html`<button
            class="link-button toggle"
            type="button"
            aria-expanded=${folded ? 'false' : 'true'}
            aria-controls="map-frame"
            @click=${() => this.#toggle(folded)}
          >
            ${folded ? i18n.t('mapShowPlaces') : i18n.t('mapHidePlaces')}
          </button>`
        : nothing}
      ${folded ? nothing : this.#toolbar(i18n)}
      <div class="frame" id="map-frame" ?hidden=${folded}>
        <div class="map" part="map" role="region" aria-label=${label} aria-describedby="map-hint"></div>
        ${this.status === 'loading' ? html`<p class="overlay muted">${i18n.t('mapLoading')}</p>` : nothing}
        ${this.status === 'failed' ? html`<p class="overlay" role="alert">${i18n.t('mapFailed')}</p>` : nothing}
        ${this.#card(i18n)}
      </div>
      <p id="map-hint" class="hint" ?hidden=${folded}>
        ${i18n.t('mapHint')}
        ${origin && ctx ? i18n.t('mapRadius', { count: ctx.state.radiusMiles, postcode: ctx.state.postcode }) : nothing}
      </p>
    </div>`;
  }

  #toolbar(i18n: I18n) {
    const { points, unplaced } = this.#collected;
    const shown = this.#shownServices().length - unplaced;
    const ctx = this.ctx;
    const all = this.all;
    const canShowAll = this.#fromFinder() && ctx?.result && ctx.result.totalPages > 1 && ctx.result.total > ctx.result.items.length;
    const target = ctx?.result ? showAllTarget(ctx.result.total, this.maxServices) : 0;
    if (!this.#fromFinder() && !unplaced) return nothing;
    const n = (value: number) => i18n.number(value);
    let progress: string = '';
    if (all?.status === 'loading') progress = i18n.t('mapLoadingAll', { loaded: n(all.loaded), total: n(all.total) });
    else if (all?.status === 'stopped') progress = i18n.t('mapStopped', { loaded: n(all.services.length), total: n(all.total) });
    else if (all?.status === 'failed') progress = i18n.t('mapAllFailed', { loaded: n(all.services.length), total: n(all.total) });
    return html`<div class="toolbar" part="toolbar">
      <p class="counts" role=${this.announceCounts ? 'status' : nothing} aria-atomic=${this.announceCounts ? 'true' : nothing}>
        ${this.announceCounts && ctx ? html`<span>${countText(ctx)}</span>` : nothing}
        ${this.#fromFinder() && (points.length || this.#shownServices().length)
          ? html`<span>${i18n.t('mapOnMap', { count: shown })}</span>`
          : nothing}
        ${unplaced ? html`<span class="unplaced">${i18n.t('mapNoLocation', { count: unplaced })}</span>` : nothing}
      </p>
      <p class="progress" role="status" aria-live="polite">${progress}</p>
      ${canShowAll && !all
        ? html`<button class="link-button show-all" type="button" @click=${() => void this.#showAll()}>
            ${target < (ctx?.result?.total ?? 0) ? i18n.t('mapShowFirst', { count: n(target) }) : i18n.t('mapShowAll', { count: n(target) })}
          </button>`
        : nothing}
      ${all?.status === 'loading'
        ? html`<button class="link-button stop" type="button" @click=${() => this.stopShowAll()}>${i18n.t('mapStopLoading')}</button>`
        : nothing}
      ${all && all.status !== 'loading'
        ? html`<button class="link-button show-page" type="button" @click=${() => this.showPage()}>${i18n.t('mapShowPage')}</button>`
        : nothing}
    </div>`;
  }

  #card(i18n: I18n) {
    const chosen = this.chosen;
    if (!chosen?.length) return nothing;
    // no "View details" for the service whose details are already on show
    const viewing = this.services?.length === 1 ? this.services[0]!.id : this.ctx?.state.service;
    const details = (service: Service) =>
      service.id === viewing
        ? nothing
        : html`<button
            class="button details"
            type="button"
            data-service=${service.id}
            aria-label=${i18n.t('viewDetailsOf', { name: service.name })}
            @click=${() => emit(this, 'signpost-select', { serviceId: service.id })}
          >
            ${i18n.t('viewDetails')}
          </button>`;
    const org = (service: Service) =>
      service.organisation?.name && service.organisation.name !== service.name
        ? html`<p class="muted">${i18n.t('by', { organisation: service.organisation.name })}</p>`
        : nothing;
    const place = (point: MapPoint) => {
      const where = [point.location.name !== point.service.name ? point.location.name : undefined, pointAddress(point)].filter(Boolean).join(', ');
      const distance = distanceLabel(pointDistance(point), i18n);
      return html`${where ? html`<p>${where}</p>` : nothing}${distance ? html`<p class="muted">${distance}</p>` : nothing}`;
    };
    const first = chosen[0]!;
    const body =
      chosen.length === 1
        ? html`<h3 id="map-card-heading" tabindex="-1">${first.service.name}</h3>
            ${org(first.service)} ${place(first)} ${details(first.service)}`
        : html`<h3 id="map-card-heading" tabindex="-1">${i18n.t('mapHere', { count: chosen.length })}</h3>
            <ul>
              ${chosen.map((p) => html`<li><strong>${p.service.name}</strong> ${org(p.service)} ${place(p)} ${details(p.service)}</li>`)}
            </ul>`;
    return html`<section class="card" part="card" aria-labelledby="map-card-heading" @keydown=${this.#onCardKey}>
      ${body}
      <button class="close" type="button" aria-label=${i18n.t('mapClose')} title=${i18n.t('mapClose')} @click=${() => this.#closeCard()}>
        <span aria-hidden="true">×</span>
      </button>
    </section>`;
  }

  #onCardKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    this.#closeCard();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-map': SignpostMap;
  }
}
