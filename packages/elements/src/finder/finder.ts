import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ALL_CAPABILITIES,
  toSignpostError,
  isAbortError,
  pageOfAll,
  withoutIgnored,
  type ClientSearchResult,
  type Directory,
  type EndpointCapabilities,
  type ProbeReport,
  type SearchQuery,
  type Service,
  type Vocabulary,
} from '@signpost/core';
import { sourceFor } from '../shared/client.js';
import { configContext, highlightContext, searchContext, type FinderConfig, type FinderSearch, type Scan, type SearchStatus } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { I18n, langOf, langReady, type StringTable } from '../shared/i18n.js';
import { LangLoader } from '../shared/lang-loader.js';
import { memo, reuse } from '../shared/memo.js';
import { byAgeFit, refine, refinementOf, type Refinement } from '../shared/refine.js';
import {
  SHARED_PARAM,
  effectiveFilters,
  emptyState,
  formatIds,
  filtersOf,
  parseAges,
  parseIds,
  queryKey,
  stateFromParams,
  stateToParams,
  toQuery,
  type FinderState,
  type FinderView,
} from '../shared/state.js';
import { hostStyles } from '../shared/styles.js';
import { finderStyles } from './finder.styles.js';
import { loadMapElement } from '../map/load.js';
import { loadServiceElement, prefetchDetailWhenIdle } from '../service/load.js';
import { LayoutController, mapAttribute } from './layout.js';
import type { RefineScan, ScanInputs } from './scan.js';
import type { SignpostResults } from '../results/results.js';

/** Patches that keep the current page; anything else starts again at page 1. */
const KEEPS_PAGE = new Set<keyof FinderState>(['page', 'service', 'sort', 'view', 'list', 'shared', 'start']);

/**
 * @summary A whole service finder for an Open Referral UK endpoint: search, filters,
 * results and detail. Owns the search state and provides it to the elements inside it.
 *
 * With no children it lays out search, filters and results itself. With children
 * (signpost-search, signpost-filters, signpost-results, ...) it provides them its state
 * through context and they compose the page.
 *
 * @fires signpost-search - A search settled: counts and filters used, no words or postcode.
 * @fires signpost-feedback - A listing problem or an unmet need was reported: kind, reason, outcome; no personal data.
 * @fires signpost-select - A service's detail was opened or closed.
 * @fires signpost-contact - A service's website, phone or email link was followed (from a card or the detail).
 * @slot - Optional child elements that replace the default layout.
 * @csspart skip - The "Skip to results" link (shown when a keyboard reaches it).
 * @csspart layout - The grid holding filters and results.
 * @csspart sidebar - The filters column.
 * @csspart main - The results column.
 * @csspart views - The list / map view switcher.
 * @csspart map-pane - The map's place in the default layout.
 * @csspart list - "My list" (or a list shared by link), shown in place of the results.
 * @csspart guided - The guided start ("What do you need help with?"), shown first with `guided`.
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
 * @cssprop --signpost-highlight - A result card highlighted from the map (#ffdd00).
 * @cssprop --signpost-border - Lines and borders (#b1b4b6).
 * @cssprop --signpost-accent - The line beside the search panel (#1d70b8).
 * @cssprop --signpost-primary - Main buttons (#00703c).
 * @cssprop --signpost-primary-hover - Main buttons on hover (#005a30).
 * @cssprop --signpost-primary-shadow - The edge under main buttons (#002d18).
 * @cssprop --signpost-primary-text - Text on main buttons (#ffffff).
 * @cssprop --signpost-secondary - Secondary buttons and toggles (#f3f2f1).
 * @cssprop --signpost-secondary-hover - Secondary buttons on hover (#dbdad9).
 * @cssprop --signpost-secondary-shadow - The edge under secondary buttons (#929191).
 * @cssprop --signpost-panel - Background of the search panel (#f3f2f1).
 * @cssprop --signpost-input-background - Inside text boxes and menus (#ffffff).
 * @cssprop --signpost-input-border - Text box and menu borders (#0b0c0c).
 * @cssprop --signpost-background-solid - Behind cards over the map (#ffffff).
 * @cssprop --signpost-background-chip - Filter chips (#ffffff).
 * @cssprop --signpost-success - A report sent (#00703c).
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-error-background - Behind an error notice (#f6d7d2).
 * @cssprop --signpost-error-text - Text of an error notice (#2a0b06).
 * @cssprop --signpost-warning - The line beside a warning (#f47738).
 * @cssprop --signpost-warning-background - Behind a warning: a closed or out-of-date listing (#fcd6c3).
 * @cssprop --signpost-warning-text - Text of a warning (#6e3619).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 * @cssprop --signpost-sidebar-width - Width of the filters column on wide screens (17em).
 * @cssprop --signpost-map-height - Height of the map (24em).
 * @cssprop --signpost-map-height-large - Height of the map when it is shown in place of the list, or beside it.
 */
export class SignpostFinder extends LitElement {
  static override styles = [hostStyles, finderStyles];

  /** The ORUK API base URL (e.g. https://example.gov.uk/api/v3). */
  @property() endpoint = '';
  /** A published snapshot's folder (e.g. https://example.gov.uk/directory/): searched in the browser instead of `endpoint`. */
  @property() snapshot = '';
  /**
   * With `snapshot`: more words that mean the same, as JSON groups, e.g. [["footy","football"],["ASD","autism"]]
   * (added to the built-in English and Welsh ones); a value that is not is ignored, with a console warning.
   */
  @property() synonyms: string | string[][] = '';
  /** auto, v1 or v3. */
  @property() dialect = 'auto';
  /** en or cy; unset, the page's language (from the nearest lang attribute). */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /** Results per page. */
  @property({ attribute: 'per-page', type: Number }) perPage = 10;
  /** Months after which a listing is flagged "may be out of date". */
  @property({ attribute: 'stale-after', type: Number }) staleAfter = 12;
  /** When present, the state is kept in the URL under this prefix (default "sp"). */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  /** Comma-separated term ids always applied (not removable). */
  @property({ attribute: 'fixed-need' }) fixedNeed = '';
  /** An age range always applied, e.g. "16-25". */
  @property({ attribute: 'fixed-ages' }) fixedAges = '';
  /** Initial need filters: comma-separated term ids, e.g. "id1,id2" (the person can remove them). */
  @property() need = '';
  /** An initial age range, e.g. "0-4" (the person can change it). */
  @property() ages = '';
  /** Initial words to search for, e.g. "football". */
  @property() query = '';
  /** An initial postcode to search near, e.g. "S1 2HE". */
  @property() postcode = '';
  /** Vocabularies (ids or names, comma-separated) to offer as need filters; empty offers all. */
  @property() vocabularies = '';
  /** Filters this endpoint honours, e.g. "text,taxonomy,age"; empty means those its dialect defines that a probe finds it really honours. */
  @property() supports = '';
  /** A postcodes.io-compatible service for postcode distances and "near me". */
  @property() geocoder = 'https://api.postcodes.io';
  /** Host overrides of user-facing strings. */
  @property({ attribute: false }) strings: Partial<StringTable> = {};
  /** Show feed diagnostics (for site owners checking a feed). */
  @property({ type: Boolean }) debug = false;
  /** Offer the results on a map as well as in a list: on unless map="false" (or "off"). */
  @property({ converter: mapAttribute }) map = true;
  /** The first view: list (default), map, or split (list and map side by side where there is room). */
  @property() view: FinderView = 'list';
  /** Map tiles: a URL template with {z}/{x}/{y}, or "none" for none; default OpenStreetMap's. */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;
  /** HTML crediting the tiles (links allowed), for a tile-url of your own. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;
  /** Start with a guided question, "What do you need help with?", as tiles (then "How old?"), before the search. */
  @property({ type: Boolean }) guided = false;
  /**
   * The guided start's topics as JSON, each a label over the directory's terms (by id or
   * name): [{"label": "Money", "terms": ["esdNeeds:6"], "hint"?: "..."}]; a label or hint may
   * be {"en": "...", "cy": "..."}. Unset: topics for the LGA needs vocabulary, found in the directory's terms.
   */
  @property() topics = '';
  /** Where "report a problem" and "can't find what you need?" reports go: a URL that accepts POSTed JSON. */
  @property({ attribute: 'feedback-endpoint' }) feedbackEndpoint = '';
  /** An email address for reports (the channel without an endpoint; the fallback with one). */
  @property({ attribute: 'feedback-email' }) feedbackEmail = '';
  /** Who receives reports, in words, e.g. "the Family Information Service". */
  @property({ attribute: 'feedback-recipient' }) feedbackRecipient = '';

  @state() private state: FinderState = emptyState();

  @provide({ context: configContext })
  @state()
  private config: FinderConfig | undefined;

  @provide({ context: searchContext })
  @state()
  private search: FinderSearch | undefined;

  @provide({ context: highlightContext })
  @state()
  private highlighted: string | undefined;

  #lang = new LangLoader(this);
  #composed = false;
  #layout = new LayoutController(this, (view) => this.#apply({ view }));
  #client: Directory | undefined;
  #returnFocusTo: string | undefined;
  #returnToListButton = false;
  /** The guided start was left: the results' heading takes focus. */
  #toResults = false;
  #lastAnnounced = '';
  // Each part of the contexts is made anew only when what it is made from changes.
  #i18n = memo((lang: ReturnType<typeof langOf>, strings: Partial<StringTable>) => new I18n(lang, strings));
  #fixedOf = memo(filtersOf);
  #refinementOf = memo((freeOnly: boolean, access: FinderState['access'], time: FinderState['time'], capabilities: EndpointCapabilities) =>
    refinementOf({ freeOnly, access, time }, capabilities),
  );
  #pageOf = memo(pageServices);
  #wholeScan = memo((items: readonly Service[], refinement: Refinement): Scan => ({ status: 'done', searched: items.length, total: items.length, matches: refine(items, refinement) }));
  #errorOf = memo(toSignpostError);
  #feedbackOf = memo((endpoint: string, email: string, recipient: string) =>
    endpoint || email ? { endpoint: endpoint || undefined, email: email || undefined, recipient: recipient || undefined } : undefined,
  );

  /**
   * What the endpoint can filter on: without a `supports` list, a live endpoint is probed for
   * the filters it really honours (once a day per browser), after the first results so that
   * the probe's requests never hold them up; a snapshot says truly.
   */
  #capabilities = new Task(this, {
    task: async ([client, supports, searched], { signal }): Promise<{ capabilities: EndpointCapabilities; probe?: ProbeReport }> => {
      if (!client) return { capabilities: ALL_CAPABILITIES };
      const own = await client.capabilities({ signal });
      const probe =
        supports || this.snapshot || !searched
          ? undefined
          : await import('./probe.js').then(({ probeEndpoint }) => probeEndpoint(client, { signal, sample: this.perPage, staleAfterMonths: this.staleAfter })).catch((e: unknown) => {
              if (isAbortError(e)) throw e;
              return undefined;
            });
      return { capabilities: withoutIgnored(own, probe), ...(probe ? { probe } : {}) };
    },
    args: () => [this.#client, this.supports, this.#searched] as const,
  });

  /** Whether a search has settled: the need filters' vocabularies are fetched after the first results, not before. */
  #searched = false;

  #vocabularies = new Task(this, {
    task: async ([client, only, taxonomy, searched], { signal }): Promise<Vocabulary[]> => {
      if (!client || !searched || !taxonomy) return [];
      const list = only ? only.split(',').map((s) => s.trim()).filter(Boolean) : [];
      return client.vocabularies({ signal, only: list }).catch((e: unknown) => {
        if (isAbortError(e)) throw e;
        return [];
      });
    },
    // Only whether needs can be filtered matters here: a probe settling later asks nothing again.
    args: () => [this.#client, this.vocabularies, this.#capabilities.value?.capabilities.taxonomy, this.#searched] as const,
  });

  /** Reading on for matches the source cannot filter: its own chunk, fetched the first time a search needs it. */
  #scan: RefineScan | undefined;
  #scanLoading: Promise<void> | undefined;

  #scanInputs = (): ScanInputs | undefined => {
    const result = this.#searchTask.value;
    const refinement = this.#refinement();
    if (!this.#client || !result || !refinement || this.#searchTask.status !== TaskStatus.COMPLETE) return undefined;
    const query = this.#query();
    return { client: this.#client, query, key: this.#scanKey(query, refinement), refinement, first: result, need: this.state.page * this.perPage };
  };

  #loadScan(): void {
    if (this.#scan || this.#scanLoading) return;
    this.#scanLoading = import('./scan.js').then(
      ({ RefineScan }) => {
        this.#scan = new RefineScan(this, this.#scanInputs);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#scanLoading = undefined;
        console.error('[signpost-finder] reading on for matches could not be loaded', error);
      },
    );
  }

  #searchTask = new Task(this, {
    task: async ([client, query], { signal }): Promise<ClientSearchResult | undefined> => {
      if (!client || !query) return undefined;
      return client.search(query, { signal });
    },
    // Once the source's capabilities are known (or could not be: then the search says why), so that a filter it can apply
    // goes to it; at once for a page of everything, which needs no filter (so it is asked for while the adapters load).
    args: () => [this.#client, this.#client && this.#searchable(this.#query())] as const,
    // A new query object for the same search (the state changed elsewhere: the view, the open service) is not a new search.
    argsEqual: ([clientA, a], [clientB, b]) => clientA === clientB && (a === b || (a !== undefined && b !== undefined && queryKey(a) === queryKey(b))),
    onComplete: (result) => {
      // a search made (not the wait for the endpoint's capabilities)
      if (!result) return;
      this.#searched = true;
      this.#announceSearch(result);
    },
    onError: (error) => {
      if (!isAbortError(error)) this.#searched = true; // a cancelled search has not settled
    },
  });

  constructor() {
    super();
    // Listening from the start puts the finder ahead of any listener the host adds to it.
    this.addEventListener('signpost-state-change', this.#onStateChange);
    this.addEventListener('signpost-select', this.#onSelect);
    this.addEventListener('signpost-retry', this.#onRetry);
    this.addEventListener('signpost-highlight', this.#onHighlight);
    this.addEventListener('signpost-scan', this.#onScan);
    this.addEventListener('signpost-focus-results', this.#onFocusResults);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#composed = this.children.length > 0;
    window.addEventListener('popstate', this.#onPopState);
    this.#loadInitialState();
    // Back on the page (moved, not removed): ask again for what was cancelled on leaving.
    for (const task of this.#tasks()) task.autoRun = true;
    for (const task of this.#interrupted.splice(0)) void task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    // Nothing outlives the finder on the page: requests in flight are cancelled, and an
    // update while it is away (a cancelled task settling) starts nothing new.
    for (const task of this.#tasks()) {
      task.autoRun = false;
      if (task.status !== TaskStatus.PENDING) continue;
      task.abort();
      this.#interrupted.push(task);
    }
  }

  #tasks(): Array<Task<readonly unknown[], unknown>> {
    return [this.#capabilities, this.#vocabularies, this.#searchTask, ...(this.#scan ? [this.#scan.task] : [])];
  }

  /** Tasks cancelled when the finder left the page, to run again if it comes back. */
  #interrupted: Array<Task<readonly unknown[], unknown>> = [];

  /** Open a service's detail (or close it with undefined). */
  select(serviceId: string | undefined): void {
    this.#apply({ service: serviceId });
  }

  // Waiting for this element's update includes waiting for its language's strings, when they are being fetched.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.#lang.settled()) ? super.getUpdateComplete() : done;
  }

  /** Settles when the current search, finding out what the endpoint offers, and then its need filters' vocabularies, have finished (whatever their outcome). */
  get searchComplete(): Promise<void> {
    const settle = (task: { taskComplete: Promise<unknown> }) => () =>
      task.taskComplete.then(
        () => this.updateComplete,
        () => this.updateComplete,
      );
    // the source's capabilities, the search, what the probe then finds the endpoint really honours
    // (the search asked again if that changed it), any reading on for matches, the vocabularies
    return this.updateComplete
      .then(settle(this.#capabilities))
      .then(settle(this.#searchTask))
      .then(settle(this.#capabilities))
      .then(settle(this.#searchTask))
      .then(() => this.#scanLoading)
      .then(() => this.updateComplete)
      .then(() => this.#scan?.settled())
      .then(() => this.updateComplete)
      .then(() => this.#vocabularies.taskComplete.catch(() => undefined))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** The current state (a copy). */
  get currentState(): FinderState {
    return structuredClone(this.state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['endpoint', 'snapshot', 'synonyms', 'dialect', 'geocoder', 'supports'].some((name) => changed.has(name as keyof SignpostFinder))) {
      this.#client = sourceFor({ endpoint: this.endpoint, snapshot: this.snapshot, synonyms: this.synonyms, dialect: this.dialect, geocoder: this.geocoder, supports: this.supports });
    }
    // nothing is provided until the language's strings are here (Welsh is fetched; the search starts meanwhile)
    const ready = this.#lang.ready(langOf(this, this.locale));
    this.config = this.#client && ready ? reuse(this.config, this.#buildConfig(this.#client)) : undefined;
    this.search = reuse(this.search, this.#buildSearch());
  }

  protected override updated(): void {
    // results on screen: what the next click needs (a service's detail) is fetched when the browser is idle
    if (this.search?.status === 'complete' && this.search.services.length) prefetchDetailWhenIdle();
    if (this.#returnFocusTo && !this.state.service) {
      const id = this.#returnFocusTo;
      this.#returnFocusTo = undefined;
      // back to the card it was opened from (or its place on the list)
      if (this.state.list) void this.#shortlist()?.focusService?.(id);
      else void this.#results()?.focusService?.(id);
    } else if (this.#returnToListButton && !this.state.list) {
      this.#returnToListButton = false;
      void this.#results()?.focusListButton?.();
    } else if (this.#toResults && !this.state.start) {
      this.#toResults = false;
      void this.#results()?.focusHeading?.();
    }
  }

  /** The guided start, with the later parts of the finder (see service/load.ts), fetched when it is first shown. */
  #renderGuided(i18n: I18n) {
    this.#loadLater();
    return html`<signpost-guided part="guided" .step=${this.state.start ?? 'topics'} .topics=${this.topics} .focusHeading=${this.#acted}
      ><p>${i18n.t('loadingStart')}</p></signpost-guided
    >`;
  }

  #shortlist(): (HTMLElement & { focusService?(id: string): Promise<void> }) | null {
    return this.renderRoot.querySelector('signpost-shortlist');
  }

  /** "My list", with the later parts of the finder (see service/load.ts), fetched the first time the list is opened. */
  #renderList(i18n: I18n) {
    this.#loadLater();
    return html`<signpost-shortlist part="list" .shared=${this.state.shared} .focusHeading=${this.#acted}><p>${i18n.t('loadingList')}</p></signpost-shortlist>`;
  }

  #loadLater(): void {
    void loadServiceElement().catch((error: unknown) => console.error('[signpost-finder] this part could not be loaded', error));
  }

  /** The source's search: with a refinement the finder makes itself, always its first page (the scan reads on). */
  #query(): SearchQuery {
    const state = this.#refinement() ? { ...this.state, page: 1 } : this.state;
    return toQuery(state, this.#fixed(), this.perPage, this.#capabilitiesNow());
  }

  #searchable(query: SearchQuery): SearchQuery | undefined {
    return this.#capabilities.value || this.#capabilities.status === TaskStatus.ERROR || pageOfAll(query) ? query : undefined;
  }

  /** What the source can filter by: as its dialect says at first, then as the probe found (a live endpoint may ignore some). */
  #capabilitiesNow(): EndpointCapabilities {
    return this.#capabilities.value?.capabilities ?? ALL_CAPABILITIES;
  }

  #refinement(): Refinement | undefined {
    return this.#refinementOf(this.state.freeOnly, this.state.access, this.state.time, this.#capabilitiesNow());
  }

  #scanKey(query: SearchQuery, refinement: Refinement): string {
    return `${queryKey(query)}|${JSON.stringify(refinement)}`;
  }

  #fixed(): Partial<FinderState> {
    return this.#fixedOf(this.fixedNeed, this.fixedAges);
  }

  #buildConfig(client: Directory): FinderConfig {
    return {
      client,
      endpoint: client.endpoint,
      i18n: this.#i18n(langOf(this, this.locale), this.strings),
      staleAfterMonths: this.staleAfter,
      perPage: this.perPage,
      debug: this.debug,
      tileUrl: this.tileUrl ?? undefined,
      tileAttribution: this.tileAttribution ?? undefined,
      feedback: this.#feedbackOf(this.feedbackEndpoint, this.feedbackEmail, this.feedbackRecipient),
      hrefFor: this.#hrefFor,
      listHref: this.#listHref,
    };
  }

  #buildSearch(): FinderSearch {
    const result = this.#searchTask.value;
    const refinement = this.#refinement();
    // with a refinement, a first page that holds the whole search is read through; otherwise the scan reads on
    const whole = Boolean(result && (result.isLast || result.items.length >= result.total));
    if (refinement && result && !whole) this.#loadScan();
    const scan = refinement && result ? (whole ? this.#wholeScan(result.items, refinement) : this.#scan?.value(this.#scanKey(this.#query(), refinement))) : undefined;
    const fixed = this.#fixed();
    const { ages } = effectiveFilters(this.state, fixed);
    return {
      state: this.state,
      fixed,
      status: this.#status(),
      result,
      services: result ? this.#pageOf(result.items, refinement, scan, this.state.page, this.perPage, ages.min, ages.max) : [],
      refinement,
      scan,
      error: this.#searchTask.status === TaskStatus.ERROR ? this.#errorOf(this.#searchTask.error, this.endpoint) : undefined,
      capabilities: this.#capabilitiesNow(),
      vocabularies: this.#vocabularies.value ?? [],
      probe: this.#capabilities.value?.probe,
    };
  }

  #status(): SearchStatus {
    switch (this.#searchTask.status) {
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.COMPLETE:
        return this.#searchTask.value ? 'complete' : 'initial';
      case TaskStatus.ERROR:
        return isAbortError(this.#searchTask.error) ? 'pending' : 'error';
      default:
        return 'initial';
    }
  }

  #prefix(): string {
    return `${this.syncUrl || 'sp'}-`;
  }

  /** The state the host's attributes ask for (the page's first state, when its URL says nothing). */
  #initialState(): FinderState {
    const initial = emptyState();
    initial.text = this.query;
    initial.postcode = this.postcode;
    initial.terms = this.need.split(',').map((s) => s.trim()).filter(Boolean);
    initial.ages = parseAges(this.ages);
    // with nothing asked yet, the guided start asks first
    if (this.guided && !this.query && !this.postcode && !this.need && !this.ages) initial.start = 'topics';
    return initial;
  }

  /** The state in the URL (sync-url), or the first state when the URL holds none of this finder's. */
  #stateFromUrl(): FinderState {
    const params = new URLSearchParams(location.search);
    const anyInUrl = [...params.keys()].some((k) => k.startsWith(this.#prefix()));
    return anyInUrl ? stateFromParams(params, this.#prefix()) : this.#initialState();
  }

  #loadInitialState(): void {
    const initial = this.#initialState();
    if (this.syncUrl !== null) {
      this.state = this.#stateFromUrl();
    } else {
      // a shared list's link opens the list, even where the finder keeps nothing else in the URL
      const shared = parseIds(new URLSearchParams(location.search).get(`${this.#prefix()}${SHARED_PARAM}`));
      this.state = shared.length ? { ...initial, start: undefined, list: true, shared } : initial;
    }
  }

  /** A person has done something here (so a view they bring up may take focus; the page's first load takes none). */
  #acted = false;

  #apply(patch: Partial<FinderState>, push = true): void {
    this.#acted = true;
    const keepsPage = Object.keys(patch).every((k) => KEEPS_PAGE.has(k as keyof FinderState));
    const next: FinderState = { ...this.state, ...patch };
    if (!keepsPage) {
      next.page = 1;
      next.service = undefined;
    }
    if (!next.postcode && next.sort === 'distance') next.sort = 'relevance';
    this.#setState(next);
    if (push && this.syncUrl !== null) this.#writeUrl();
  }

  /** Takes a new state; opening or closing a service is announced to the host, and closing one brings focus back to its card. */
  #setState(next: FinderState): void {
    const previous = this.state.service;
    if (previous && !next.service) this.#returnFocusTo = previous;
    if (this.state.list && !next.list) this.#returnToListButton = true;
    if (this.state.start && !next.start) this.#toResults = true;
    this.state = next;
    if (next.service !== previous) emit(this, 'signpost-select', { serviceId: next.service });
  }

  #hrefFor = (patch: Partial<FinderState>): string => {
    const url = new URL(location.href);
    stateToParams({ ...this.state, ...patch }, this.#prefix(), url.searchParams);
    return url.href;
  };

  /** A link that opens a list of services (by id) on this page: nothing else of this finder's state in it. */
  #listHref = (ids: readonly string[]): string => {
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) if (key.startsWith(this.#prefix())) url.searchParams.delete(key);
    url.searchParams.set(`${this.#prefix()}${SHARED_PARAM}`, formatIds(ids));
    url.hash = '';
    return url.href;
  };

  #writeUrl(): void {
    const url = new URL(location.href);
    stateToParams(this.state, this.#prefix(), url.searchParams);
    if (url.href !== location.href) history.pushState({ signpost: true }, '', url);
  }

  #onPopState = (): void => {
    if (this.syncUrl === null) return;
    this.#acted = true;
    this.#setState(this.#stateFromUrl());
  };

  #onStateChange = (e: HTMLElementEventMap['signpost-state-change']): void => {
    e.stopPropagation();
    this.#apply(e.detail.patch);
  };

  #onSelect = (e: HTMLElementEventMap['signpost-select']): void => {
    // The finder's own announcement passes through to the host; a child's intent is handled here.
    // (A child in the shadow root is retargeted to the finder, so ask where the event began.)
    if (e.composedPath()[0] === this) return;
    e.stopImmediatePropagation();
    this.#apply({ service: e.detail.serviceId });
  };

  #onRetry = (e: Event): void => {
    e.stopPropagation();
    void this.#searchTask.run();
    if (this.#capabilities.status === TaskStatus.ERROR) void this.#capabilities.run();
  };

  /** "Skip to results": past the search and the filters, to the results' heading (or the map shown in their place). */
  #skipToResults = (e: Event): void => {
    e.preventDefault();
    const map = this.renderRoot.querySelector<HTMLElement>('.view-map signpost-map');
    if (map) map.shadowRoot?.querySelector<HTMLElement>('.map')?.focus();
    else void this.#results()?.focusHeading();
  };

  #onFocusResults = (e: Event): void => {
    e.stopPropagation();
    void this.#results()?.focusCount();
  };

  #results(): SignpostResults | null {
    return this.renderRoot.querySelector('signpost-results') ?? this.querySelector('signpost-results');
  }

  #onScan = (e: HTMLElementEventMap['signpost-scan']): void => {
    e.stopPropagation();
    if (e.detail.action === 'stop') this.#scan?.stop();
    else this.#scan?.more();
  };

  #onHighlight = (e: HTMLElementEventMap['signpost-highlight']): void => {
    e.stopPropagation();
    this.highlighted = e.detail.serviceId;
  };

  #announceSearch(result: ClientSearchResult): void {
    const q = this.#query();
    const key = `${queryKey(q)}|${result.total}`;
    if (key === this.#lastAnnounced) return;
    this.#lastAnnounced = key;
    const detail: HTMLElementEventMap['signpost-search']['detail'] = {
      total: result.total,
      page: result.page,
      usedText: Boolean(q.text),
      usedPlace: Boolean(q.postcode),
      terms: q.terms ?? [],
      freeOnly: this.state.freeOnly,
    };
    if (this.state.time) detail.time = this.state.time;
    if (q.postcode) detail.radiusMiles = this.state.radiusMiles;
    if (q.ages) detail.ages = q.ages;
    if (q.day) detail.day = q.day;
    emit(this, 'signpost-search', detail);
  }

  protected override render() {
    const config = this.config;
    if (!config) {
      const lang = langOf(this, this.locale);
      return this.endpoint || !langReady(lang) ? nothing : html`<p role="alert">${this.#i18n(lang, this.strings).t('noEndpoint')}</p>`;
    }
    const { i18n } = config;
    // the detail's code is fetched when a service is opened (or before, when the browser is idle)
    if (this.state.service) void loadServiceElement();
    // a service's detail, or the list, or the guided start, in place of the finder
    const detail = this.state.service
      ? html`<signpost-service part="detail" .serviceId=${this.state.service} in-finder></signpost-service>`
      : this.state.list
        ? this.#renderList(i18n)
        : this.state.start
          ? this.#renderGuided(i18n)
          : nothing;
    const away = Boolean(this.state.service || this.state.list || this.state.start);
    const skip = html`<a class="skip" part="skip" href="#results" @click=${this.#skipToResults}>${i18n.t('skipToResults')}</a>`;
    if (this.#composed) {
      return html`<section aria-label=${i18n.t('finderLabel')} lang=${i18n.lang}>
        ${detail}
        <div class="composed" ?hidden=${away}>${this.querySelector('signpost-results') ? skip : nothing}<slot></slot></div>
      </section>`;
    }
    const view = this.map ? this.#layout.effective(this.view, this.state.view) : 'list';
    // the map's code is fetched when the map is to be shown; shown in place of the list, the map is
    // loaded at once, beside the list when it is seen
    if (view === 'map') this.#layout.loadMap();
    else if (view !== 'list') void loadMapElement();
    return html`<section aria-label=${i18n.t('finderLabel')} lang=${i18n.lang}>
      ${detail}
      <div class="finder" ?hidden=${away}>
        ${skip}
        <signpost-search part="search"></signpost-search>
        <div class="layout" part="layout">
          <div class="sidebar" part="sidebar"><signpost-filters ?collapsible=${this.#layout.stacked}></signpost-filters></div>
          <div class="main view-${view}" part="main">
            ${this.map ? this.#layout.renderSwitcher(view, i18n) : nothing}
            <div class="panes">
              <div class="list-pane" ?hidden=${view === 'map'}><signpost-results></signpost-results></div>
              ${this.map
                ? html`<div class="map-pane" part="map-pane" ?hidden=${view === 'list'}><signpost-map ?announce-counts=${view === 'map'}></signpost-map></div>`
                : nothing}
            </div>
          </div>
        </div>
      </div>
    </section>`;
  }
}

/**
 * The services to show: the source's page, or with a refinement the matches found for this
 * page (while the scan has not begun, those of the first page); those that fit the ages
 * asked for ahead of those that only touch them.
 */
function pageServices(
  items: readonly Service[],
  refinement: Refinement | undefined,
  scan: Scan | undefined,
  page: number,
  perPage: number,
  minAge: number | undefined,
  maxAge: number | undefined,
): readonly Service[] {
  const shown = !refinement ? items : scan ? scan.matches.slice((page - 1) * perPage, page * perPage) : refine(items, refinement).slice(0, perPage);
  return byAgeFit(shown, { ...(minAge === undefined ? {} : { min: minAge }), ...(maxAge === undefined ? {} : { max: maxAge }) });
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-finder': SignpostFinder;
  }
}
