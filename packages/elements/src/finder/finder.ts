import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ALL_CAPABILITIES,
  toSignpostError,
  isAbortError,
  type ClientSearchResult,
  type EndpointCapabilities,
  type Directory,
  type OrukClient,
  type Service,
  type Vocabulary,
} from '@signpost/core';
import { clientFor } from '../shared/client.js';
import { finderContext, type FinderContext, type SearchStatus } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { I18n, langOf, type StringTable } from '../shared/i18n.js';
import {
  emptyState,
  parseAges,
  queryKey,
  stateFromParams,
  stateToParams,
  toQuery,
  type FinderState,
  type FinderView,
} from '../shared/state.js';
import { hostStyles } from '../shared/styles.js';
import { finderStyles } from './finder.styles.js';
import { LayoutController, mapAttribute } from './layout.js';

/** Patches that keep the current page; anything else starts again at page 1. */
const KEEPS_PAGE = new Set<keyof FinderState>(['page', 'service', 'sort', 'view']);

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
 * @csspart layout - The grid holding filters and results.
 * @csspart sidebar - The filters column.
 * @csspart main - The results column.
 * @csspart views - The list / map view switcher.
 * @csspart map-pane - The map's place in the default layout.
 * @cssprop --signpost-font-family - Typeface (defaults to the system UI font).
 * @cssprop --signpost-font-size - Base size (16px).
 * @cssprop --signpost-text - Text colour.
 * @cssprop --signpost-link - Link colour.
 * @cssprop --signpost-focus - Focus highlight colour.
 * @cssprop --signpost-primary - Button colour.
 * @cssprop --signpost-border - Border colour.
 * @cssprop --signpost-sidebar-width - Width of the filters column on wide screens.
 */
export class SignpostFinder extends LitElement {
  static override styles = [hostStyles, finderStyles];

  /** The ORUK API base URL (e.g. https://example.gov.uk/api/v3). */
  @property() endpoint = '';
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
  /** Filters this endpoint honours, e.g. "text,taxonomy,age"; empty means what its dialect defines. */
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
  /** Where "report a problem" and "can't find what you need?" reports go: a URL that accepts POSTed JSON. */
  @property({ attribute: 'feedback-endpoint' }) feedbackEndpoint = '';
  /** An email address for reports (the channel without an endpoint; the fallback with one). */
  @property({ attribute: 'feedback-email' }) feedbackEmail = '';
  /** Who receives reports, in words, e.g. "the Family Information Service". */
  @property({ attribute: 'feedback-recipient' }) feedbackRecipient = '';

  @state() private state: FinderState = emptyState();
  @state() private highlighted: string | undefined;

  @provide({ context: finderContext })
  @state()
  private context: FinderContext | undefined;

  #composed = false;
  #layout = new LayoutController(this, (view) => this.#apply({ view }));
  #client: OrukClient | undefined;
  #returnFocusTo: string | undefined;
  #lastAnnounced = '';

  #meta = new Task(this, {
    task: async ([client, only], { signal }): Promise<{ capabilities: EndpointCapabilities; vocabularies: Vocabulary[] }> => {
      if (!client) return { capabilities: ALL_CAPABILITIES, vocabularies: [] };
      const capabilities = await client.capabilities();
      const list = only ? only.split(',').map((s) => s.trim()).filter(Boolean) : [];
      const vocabularies = capabilities.taxonomy
        ? await client.vocabularies({ signal, only: list }).catch((e: unknown) => {
            if (isAbortError(e)) throw e;
            return [];
          })
        : [];
      return { capabilities, vocabularies };
    },
    args: () => [this.#client, this.vocabularies] as const,
  });

  #search = new Task(this, {
    task: async ([client, key], { signal }): Promise<ClientSearchResult | undefined> => {
      if (!client || !key) return undefined;
      return client.search(JSON.parse(key), { signal });
    },
    args: () => [this.#client, this.#client ? queryKey(this.#query()) : ''] as const,
    onComplete: (result) => {
      if (result) this.#announceSearch(result);
    },
  });

  constructor() {
    super();
    // Listening from the start puts the finder ahead of any listener the host adds to it.
    this.addEventListener('signpost-state-change', this.#onStateChange);
    this.addEventListener('signpost-select', this.#onSelect);
    this.addEventListener('signpost-retry', this.#onRetry);
    this.addEventListener('signpost-highlight', this.#onHighlight);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#composed = this.children.length > 0;
    window.addEventListener('popstate', this.#onPopState);
    this.#loadInitialState();
    // Back on the page (moved, not removed): ask again for what was cancelled on leaving.
    for (const task of this.#interrupted.splice(0)) void task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    // Nothing outlives the finder on the page: requests in flight are cancelled.
    for (const task of [this.#meta, this.#search]) {
      if (task.status !== TaskStatus.PENDING) continue;
      task.abort();
      this.#interrupted.push(task);
    }
  }

  /** Tasks cancelled when the finder left the page, to run again if it comes back. */
  #interrupted: Array<Task<readonly unknown[], unknown>> = [];

  /** Open a service's detail (or close it with undefined). */
  select(serviceId: string | undefined): void {
    this.#apply({ service: serviceId });
  }

  /** Settles when the current search has finished (whatever its outcome). */
  get searchComplete(): Promise<void> {
    return this.updateComplete
      .then(() => this.#search.taskComplete)
      .then(
        () => this.updateComplete,
        () => this.updateComplete,
      )
      .then(() => undefined);
  }

  /** The current state (a copy). */
  get currentState(): FinderState {
    return structuredClone(this.state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('dialect') || changed.has('geocoder') || changed.has('supports')) {
      this.#client = this.endpoint
        ? clientFor({ endpoint: this.endpoint, dialect: this.dialect, geocoder: this.geocoder, supports: this.supports })
        : undefined;
    }
    this.context = this.#buildContext();
  }

  protected override updated(): void {
    if (this.#returnFocusTo && !this.state.service) {
      const id = this.#returnFocusTo;
      this.#returnFocusTo = undefined;
      const results = (this.renderRoot.querySelector('signpost-results') ?? this.querySelector('signpost-results')) as
        | (HTMLElement & { focusService(id: string): Promise<void> })
        | null;
      void results?.focusService?.(id);
    }
  }

  #query() {
    return toQuery(this.state, this.#fixed(), this.perPage);
  }

  #fixed(): Partial<FinderState> {
    const fixed: Partial<FinderState> = {};
    const terms = this.fixedNeed.split(',').map((s) => s.trim()).filter(Boolean);
    if (terms.length) fixed.terms = terms;
    const ages = parseAges(this.fixedAges);
    if (ages.min !== undefined || ages.max !== undefined) fixed.ages = ages;
    return fixed;
  }

  #buildContext(): FinderContext {
    const i18n = new I18n(langOf(this, this.locale), this.strings);
    const meta = this.#meta.value;
    const status = this.#status();
    const result = this.#search.value;
    const error = this.#search.status === TaskStatus.ERROR ? toSignpostError(this.#search.error, this.endpoint) : undefined;
    return {
      state: this.state,
      fixed: this.#fixed(),
      status,
      result,
      services: result ? refine(result.items, this.state) : [],
      error,
      capabilities: meta?.capabilities ?? ALL_CAPABILITIES,
      vocabularies: meta?.vocabularies ?? [],
      client: this.#client as Directory,
      i18n,
      staleAfterMonths: this.staleAfter,
      perPage: this.perPage,
      highlighted: this.highlighted,
      endpoint: this.#client?.endpoint ?? this.endpoint,
      debug: this.debug,
      tiles: { url: this.tileUrl ?? undefined, attribution: this.tileAttribution ?? undefined },
      hrefFor: (patch) => this.#hrefFor(patch),
      feedback:
        this.feedbackEndpoint || this.feedbackEmail
          ? { endpoint: this.feedbackEndpoint || undefined, email: this.feedbackEmail || undefined, recipient: this.feedbackRecipient || undefined }
          : undefined,
    };
  }

  #status(): SearchStatus {
    switch (this.#search.status) {
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.COMPLETE:
        return this.#search.value ? 'complete' : 'initial';
      case TaskStatus.ERROR:
        return isAbortError(this.#search.error) ? 'pending' : 'error';
      default:
        return 'initial';
    }
  }

  #prefix(): string {
    return `${this.syncUrl || 'sp'}-`;
  }

  #loadInitialState(): void {
    const initial = emptyState();
    initial.text = this.query;
    initial.postcode = this.postcode;
    initial.terms = this.need.split(',').map((s) => s.trim()).filter(Boolean);
    initial.ages = parseAges(this.ages);
    if (this.syncUrl !== null) {
      const params = new URLSearchParams(location.search);
      const fromUrl = stateFromParams(params, this.#prefix());
      const anyInUrl = [...params.keys()].some((k) => k.startsWith(this.#prefix()));
      this.state = anyInUrl ? fromUrl : initial;
    } else {
      this.state = initial;
    }
  }

  #apply(patch: Partial<FinderState>, push = true): void {
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
    this.state = next;
    if (next.service !== previous) emit(this, 'signpost-select', { serviceId: next.service });
  }

  #hrefFor(patch: Partial<FinderState>): string {
    const url = new URL(location.href);
    stateToParams({ ...this.state, ...patch }, this.#prefix(), url.searchParams);
    return url.href;
  }

  #writeUrl(): void {
    const url = new URL(location.href);
    stateToParams(this.state, this.#prefix(), url.searchParams);
    if (url.href !== location.href) history.pushState({ signpost: true }, '', url);
  }

  #onPopState = (): void => {
    if (this.syncUrl === null) return;
    this.#setState(stateFromParams(new URLSearchParams(location.search), this.#prefix()));
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
    void this.#search.run();
    if (this.#meta.status === TaskStatus.ERROR) void this.#meta.run();
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
    if (q.postcode) detail.radiusMiles = this.state.radiusMiles;
    if (q.ages) detail.ages = q.ages;
    if (q.day) detail.day = q.day;
    emit(this, 'signpost-search', detail);
  }

  protected override render() {
    const ctx = this.context;
    if (!this.endpoint || !ctx) return html`<p role="alert">${new I18n(langOf(this, this.locale), this.strings).t('noEndpoint')}</p>`;
    const detail = this.state.service
      ? html`<signpost-service part="detail" .serviceId=${this.state.service} in-finder></signpost-service>`
      : nothing;
    if (this.#composed) {
      return html`<section aria-label=${ctx.i18n.t('finderLabel')} lang=${ctx.i18n.lang}>
        ${detail}
        <div ?hidden=${Boolean(this.state.service)}><slot></slot></div>
      </section>`;
    }
    const view = this.map ? this.#layout.effective(this.view, this.state.view) : 'list';
    return html`<section aria-label=${ctx.i18n.t('finderLabel')} lang=${ctx.i18n.lang}>
      ${detail}
      <div class="finder" ?hidden=${Boolean(this.state.service)}>
        <signpost-search part="search"></signpost-search>
        <div class="layout" part="layout">
          <div class="sidebar" part="sidebar"><signpost-filters ?collapsible=${this.#layout.stacked}></signpost-filters></div>
          <div class="main view-${view}" part="main">
            ${this.map ? this.#layout.renderSwitcher(view, ctx.i18n) : nothing}
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

/** Refinements the ORUK APIs cannot express, applied to the page in hand. */
function refine(items: Service[], state: FinderState): Service[] {
  return items.filter((s) => (!state.freeOnly || s.free === true) && (!state.access || s.access === state.access));
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-finder': SignpostFinder;
  }
}
