import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { milesToMetres, type Service } from '@signpost/core';
import { sourceFor } from '../shared/client.js';
import { filtersOf } from '../shared/state.js';
import { configContext, highlightContext, searchContext, type FinderConfig, type FinderSearch } from '../shared/context.js';
import { countText } from '../shared/count.js';
import { emit } from '../shared/events.js';
import type { I18n, StringTable } from '../shared/i18n.js';
import { LangLoader } from '../shared/lang-loader.js';
import { i18nResolver, setting } from '../shared/settings.js';
import { addStyles, controlStyles, hostStyles } from '../shared/styles.js';
import { VisibleLoader } from '../shared/visible-loader.js';
import type { LeafletView } from './leaflet-view.js';
import { renderMapCard } from './map-card.js';
import { mapStyles } from './map.styles.js';
import { collectPoints, pointLabel, pointsKey, type CollectedPoints, type MapPoint } from './points.js';
import { loadAllPages, showAllTarget, SHOW_ALL_MAX_SERVICES } from '../shared/all-pages.js';
import { ShowAllController } from './show-all.js';
import { tileSettings } from './tiles.js';
import './strings.en.js';

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * @summary The results on a map: one marker per place, clustered when crowded, in step
 * with the list. Leaflet is downloaded only the first time the map is shown.
 *
 * Inside a signpost-finder it shows the current page's services (or, on request, every
 * matching service), the searched postcode and the search radius. On its own, or in a
 * service's detail, set the `services` property; or, on its own, give it an `endpoint` or
 * a `snapshot` (and `need`, `ages`) and it shows every service of that search, with no
 * script of the page's own (a partner site's map). Inside a finder, tile-* and lang left
 * unset are the finder's. Services without a place the map can
 * show are counted, never lost: the list always has everything.
 *
 * @fires signpost-highlight - A marker was hovered or focused (serviceId), or left (undefined).
 * @fires signpost-select - "View details" was chosen on a marker's card.
 * @csspart map - The map area (Leaflet's container, a labelled region).
 * @csspart card - The card of the chosen marker.
 * @csspart toolbar - The line above the map: counts and "Show all on the map".
 * @cssprop --signpost-font-family - Typeface (the page’s own, unless set).
 * @cssprop --signpost-font-size - Base size (16px); every size is in em from it.
 * @cssprop --signpost-background - Background of the element (transparent).
 * @cssprop --signpost-text - Text colour (#0b0c0c).
 * @cssprop --signpost-secondary-text - Quieter text: hints, dates, organisations (#505a5f).
 * @cssprop --signpost-link - Link colour (#1d70b8).
 * @cssprop --signpost-link-hover - Link colour on hover (#003078).
 * @cssprop --signpost-link-visited - Visited link colour (#4c2c92).
 * @cssprop --signpost-focus - Focus highlight (#ffdd00).
 * @cssprop --signpost-focus-text - Text on the focus highlight, and the focus outline's dark edge (#0b0c0c).
 * @cssprop --signpost-border - Lines and borders (#b1b4b6).
 * @cssprop --signpost-primary - Main buttons (#00703c).
 * @cssprop --signpost-primary-hover - Main buttons on hover (#005a30).
 * @cssprop --signpost-primary-shadow - The edge under main buttons (#002d18).
 * @cssprop --signpost-primary-text - Text on main buttons (#ffffff).
 * @cssprop --signpost-secondary - Secondary buttons and toggles (#f3f2f1).
 * @cssprop --signpost-secondary-hover - Secondary buttons on hover (#dbdad9).
 * @cssprop --signpost-secondary-shadow - The edge under secondary buttons (#929191).
 * @cssprop --signpost-input-background - Inside text boxes and menus (#ffffff).
 * @cssprop --signpost-input-border - Text box and menu borders (#0b0c0c).
 * @cssprop --signpost-background-solid - Behind cards over the map (#ffffff).
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 * @cssprop --signpost-map-height - Height of the map (24em).
 * @cssprop --signpost-map-background - Background where there are no tiles (#e8eef1).
 * @cssprop --signpost-map-marker - Marker colour (#1d70b8).
 * @cssprop --signpost-map-marker-text - Colour of cluster counts (#ffffff).
 * @cssprop --signpost-map-highlight - Colour of the highlighted marker (the focus colour).
 * @cssprop --signpost-map-radius - Colour of the search radius circle (#0b0c0c).
 */
export class SignpostMap extends LitElement {
  static override styles = [hostStyles, controlStyles, mapStyles];

  /** Services to show; when unset, the finder's services are shown. */
  @property({ attribute: false }) services: Service[] | undefined;
  /** A tile URL template ({z}/{x}/{y}), "none" for no tiles; unset, the finder's, else OpenStreetMap. */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;
  /** Attribution HTML the tiles require (links allowed); unset, the finder's, else OpenStreetMap's. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;
  /** en or cy; unset, the finder's, else the page's language. */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /** Host overrides of user-facing strings (unset, the finder's). */
  @property({ attribute: false }) strings: Partial<StringTable> = {};
  /** Start folded behind a "Show on a map" button (as in a service's detail): nothing loads until it is opened. */
  @property({ type: Boolean }) collapsible = false;
  /** Shown instead of the list (the finder's map view): says how many services were found, to screen readers too. */
  @property({ type: Boolean, attribute: 'announce-counts' }) announceCounts = false;
  /** At most this many services for "Show all on the map", or for the map's own search (default 2000). */
  @property({ attribute: 'max-services', type: Number }) maxServices = SHOW_ALL_MAX_SERVICES;
  /** On its own (not in a finder): the ORUK API whose search the map shows, e.g. https://example.gov.uk/api/v3. */
  @property() endpoint = '';
  /** On its own: a published snapshot's folder (e.g. https://example.gov.uk/directory/), read instead of `endpoint`. */
  @property() snapshot = '';
  /** With `endpoint`: auto, v1 or v3. */
  @property() dialect = 'auto';
  /** With `endpoint` or `snapshot`: comma-separated term ids the map's search is for. */
  @property() need = '';
  /** With `endpoint` or `snapshot`: an age range the map's search is for, e.g. "0-4". */
  @property() ages = '';
  /** With `endpoint` or `snapshot`: a postcodes.io-compatible service (for places given by postcode). */
  @property() geocoder = 'https://api.postcodes.io';

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @consume({ context: searchContext, subscribe: true })
  @state()
  private search: FinderSearch | undefined;

  @consume({ context: highlightContext, subscribe: true })
  @state()
  private finderHighlight: string | undefined;

  @state() private chosen: MapPoint[] | undefined;
  @state() private localHighlight: string | undefined;
  @state() private expanded = false;

  #i18nFor = i18nResolver();
  #lang = new LangLoader(this);
  #loader = new VisibleLoader(this, {
    // the frame, not the host: a folded map (collapsible) shows its button but not its frame
    target: () => this.renderRoot.querySelector('.frame'),
    load: () =>
      this.#createView().catch((error: unknown) => {
        console.error('[signpost-map] the map could not be loaded', error);
        throw error;
      }),
  });
  #all = new ShowAllController(this);
  /** The map's own search, when it has an endpoint or a snapshot and no finder around it. */
  #own = new Task(this, {
    task: async ([endpoint, snapshot, dialect, geocoder, need, ages, max], { signal }) => {
      const source = sourceFor({ endpoint, snapshot, dialect, geocoder });
      if (!source) return undefined;
      return loadAllPages(source, filtersOf(need, ages), { signal, maxServices: max });
    },
    args: () => {
      const alone = !this.config && !this.services;
      return [alone ? this.endpoint : '', alone ? this.snapshot : '', this.dialect, this.geocoder, this.need, this.ages, this.maxServices] as const;
    },
  });
  #view: LeafletView | undefined;
  #resize: ResizeObserver | undefined;
  #collected: CollectedPoints = { points: [], unplaced: 0 };
  #collectedFrom: readonly Service[] | undefined;
  #dataKey = '';
  #stringsKey = '';
  #tilesKey = '';
  #returnFocus: HTMLElement | undefined;
  #focusCard = false;
  #viewing: string | undefined;
  #refocus: string | undefined;

  /** Resolves once Leaflet is loaded and the map is drawn (it loads when first shown, or on load()). */
  get mapReady(): Promise<void> {
    return this.#loader.ready;
  }

  /** Whether Leaflet has been loaded for this map. */
  get loaded(): boolean {
    return this.#loader.status === 'ready';
  }

  /** Load Leaflet and draw the map now, shown or not. */
  load(): Promise<void> {
    return this.#loader.load();
  }

  /** Load every matching result page by page (bounded), inside a finder. */
  async showAll(): Promise<void> {
    if (!this.#fromFinder() || !this.config || !this.search) return;
    await this.#all.start(this.config.client, this.search, this.maxServices);
  }

  /** Stop loading every result, keeping what has arrived. */
  stopShowAll(): void {
    this.#all.stop();
  }

  /** Back to the current page's results. */
  showPage(): void {
    this.#all.reset();
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  // Waiting for this element's update includes waiting for its language's strings, when they are being fetched.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.#lang.settled()) ? super.getUpdateComplete() : done;
  }

  #container(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  #i18n(): I18n {
    return this.#i18nFor(this, this.locale, this.strings, this.config?.i18n);
  }

  /** Whether the services come from the finder (not from the `services` property). */
  #fromFinder(): boolean {
    return !this.services && Boolean(this.search);
  }

  #shownServices(): readonly Service[] {
    if (this.services) return this.services;
    const search = this.search;
    if (!search) return this.#own.value?.services ?? [];
    // every result when they were asked for (refined as the finder refines its page), else the finder's page
    return this.#all.services(search) ?? search.services;
  }

  /** The searched place, inside a finder whose search has a postcode. */
  #origin() {
    const search = this.search;
    return this.#fromFinder() && search?.state.postcode ? search.result?.origin : undefined;
  }

  #highlighted(): string | undefined {
    return this.config ? this.finderHighlight : this.localHighlight;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // whatever "show all" was loading or loaded belongs to the search it was asked for
    this.#all.follow(this.services ? undefined : this.search);
    const services = this.#shownServices();
    if (services !== this.#collectedFrom) {
      this.#collectedFrom = services;
      this.#collected = collectPoints(services);
    }
    // back from the details of the service whose card is open: focus returns to the card
    const viewing = this.search?.state.service;
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

  async #createView(): Promise<void> {
    const mod = await import('./leaflet-view.js');
    await this.updateComplete;
    addStyles(this.renderRoot as ShadowRoot, unsafeCSS(mod.leafletCss), true);
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
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver(() => this.#view?.resize());
      this.#resize.observe(container);
    }
    this.#sync();
  }

  #tiles(i18n: I18n) {
    return tileSettings(setting(this.tileUrl, this.config?.tileUrl, null), setting(this.tileAttribution, this.config?.tileAttribution, null), i18n);
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
    const search = this.search;
    const origin = this.#origin();
    const radiusMetres = origin && search ? milesToMetres(search.state.radiusMiles) : undefined;
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
    if (!this.config) this.localHighlight = serviceId;
    emit(this, 'signpost-highlight', { serviceId });
  }

  #choose(points: MapPoint[], from: HTMLElement, keyboard: boolean): void {
    this.chosen = points;
    this.#returnFocus = from;
    this.#focusCard = keyboard;
  }

  #closeCard = (): void => {
    this.chosen = undefined;
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    if (back?.isConnected) back.focus();
    else this.#container()?.focus();
  };

  protected override render() {
    const i18n = this.#i18n();
    if (!this.#lang.ready(i18n.lang)) return nothing;
    const single = this.services?.length === 1 ? this.services[0] : undefined;
    const label = single ? i18n.t('mapLabelOne', { name: single.name }) : i18n.t('mapLabel');
    const search = this.search;
    const origin = this.#origin();
    const folded = this.collapsible && !this.expanded;
    const status = this.#loader.status;
    // no "View details" for the service whose details are already on show
    const viewing = single?.id ?? search?.state.service;
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
        ${status === 'loading' ? html`<p class="overlay muted">${i18n.t('mapLoading')}</p>` : nothing}
        ${status === 'failed' ? html`<p class="overlay" role="alert">${i18n.t('mapFailed')}</p>` : nothing}
        ${this.chosen ? renderMapCard(this, this.chosen, i18n, { viewing, close: this.#closeCard }) : nothing}
      </div>
      <p id="map-hint" class="hint" ?hidden=${folded}>
        ${i18n.t('mapHint')}
        ${origin && search ? i18n.t('mapRadius', { count: search.state.radiusMiles, postcode: search.state.postcode }) : nothing}
      </p>
    </div>`;
  }

  #toolbar(i18n: I18n) {
    const { points, unplaced } = this.#collected;
    const fromFinder = this.#fromFinder();
    const own = !fromFinder && !this.services && this.#own.status !== TaskStatus.INITIAL;
    if (!fromFinder && !own && !unplaced) return nothing;
    const services = this.#shownServices().length;
    const shown = services - unplaced;
    const search = this.search;
    const result = search?.result;
    const all = this.#all.all;
    const canShowAll = fromFinder && result && result.totalPages > 1 && result.total > result.items.length;
    const target = result ? showAllTarget(result.total, this.maxServices) : 0;
    const n = (value: number) => i18n.number(value);
    let progress = '';
    if (all?.status === 'loading') progress = i18n.t('mapLoadingAll', { loaded: n(all.loaded), total: n(all.total) });
    else if (all?.status === 'stopped') progress = i18n.t('mapStopped', { loaded: n(all.services.length), total: n(all.total) });
    else if (all?.status === 'failed') progress = i18n.t('mapAllFailed', { loaded: n(all.services.length), total: n(all.total) });
    return html`<div class="toolbar" part="toolbar">
      <p class="counts" role=${this.announceCounts ? 'status' : nothing} aria-atomic=${this.announceCounts ? 'true' : nothing}>
        ${this.announceCounts && search ? html`<span>${countText(search, i18n, this.config?.perPage ?? 10)}</span>` : nothing}
        ${(fromFinder || own) && (points.length || services) ? html`<span>${i18n.t('mapOnMap', { count: shown })}</span>` : nothing}
        ${own && this.#own.status === TaskStatus.ERROR ? html`<span role="alert">${(this.#own.error as Error)?.message}</span>` : nothing}
        ${unplaced ? html`<span class="unplaced">${i18n.t('mapNoLocation', { count: unplaced })}</span>` : nothing}
      </p>
      <p class="progress" role="status" aria-live="polite">${progress}</p>
      ${canShowAll && !all
        ? html`<button class="link-button show-all" type="button" @click=${() => void this.showAll()}>
            ${target < (result?.total ?? 0) ? i18n.t('mapShowFirst', { count: n(target) }) : i18n.t('mapShowAll', { count: n(target) })}
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
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-map': SignpostMap;
  }
}
