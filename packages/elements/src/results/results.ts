import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ClientSearchResult } from '@signpost/core';
import { activeChips, clearAllPatch, fixedNotes } from '../shared/chips.js';
import { configContext, highlightContext, searchContext, type FinderConfig, type FinderSearch } from '../shared/context.js';
import { countText, pagingOf } from '../shared/count.js';
import { memo } from '../shared/memo.js';
import { openingAsked } from '../shared/refine.js';
import { saveStyles, saveToggle } from '../shared/save-button.js';
import { ShortlistController } from '../shared/shortlist.js';
import { emit } from '../shared/events.js';
import { errorBody } from '../shared/errors.js';
import { loadFeedbackElement } from '../feedback/load.js';
import { snapshotTaken } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';
import type { FinderState } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { renderCard } from './card.js';
import { pageNumbers } from './pages.js';
import { resultsStyles } from './results.styles.js';

/**
 * @summary The finder's results: a count announced politely, active filters as removable
 * chips, short comparable cards, pages, and help when nothing matches.
 *
 * @fires signpost-select - A card was chosen (intent; the finder re-fires it for the host).
 * @fires signpost-contact - A phone link on a card was followed.
 * @fires signpost-feedback - A problem with a listing, or an unmet need, was reported (see signpost-feedback).
 * @csspart card - Each result card.
 * @csspart pagination - The page links.
 * @slot no-results - Extra help shown when nothing matches (the finder's "can't find" form).
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
 * @cssprop --signpost-primary - Main buttons (#00703c).
 * @cssprop --signpost-primary-hover - Main buttons on hover (#005a30).
 * @cssprop --signpost-primary-shadow - The edge under main buttons (#002d18).
 * @cssprop --signpost-primary-text - Text on main buttons (#ffffff).
 * @cssprop --signpost-secondary - Secondary buttons and toggles (#f3f2f1).
 * @cssprop --signpost-secondary-hover - Secondary buttons on hover (#dbdad9).
 * @cssprop --signpost-secondary-shadow - The edge under secondary buttons (#929191).
 * @cssprop --signpost-input-background - Inside text boxes and menus (#ffffff).
 * @cssprop --signpost-input-border - Text box and menu borders (#0b0c0c).
 * @cssprop --signpost-background-chip - Filter chips (#ffffff).
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-error-background - Behind an error notice (#f6d7d2).
 * @cssprop --signpost-error-text - Text of an error notice (#2a0b06).
 * @cssprop --signpost-warning-background - Behind a warning: a closed or out-of-date listing (#fcd6c3).
 * @cssprop --signpost-warning-text - Text of a warning (#6e3619).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 * @cssprop --signpost-card-accent - The line beside a result card (#1d70b8).
 * @cssprop --signpost-card-background - Background of a result card (#ffffff).
 */
export class SignpostResults extends LitElement {
  static override styles = [hostStyles, controlStyles, saveStyles, resultsStyles];

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @consume({ context: searchContext, subscribe: true })
  @state()
  private search: FinderSearch | undefined;

  @consume({ context: highlightContext, subscribe: true })
  @state()
  private highlighted: string | undefined;

  /** The feed check that `debug` shows (see feed-check.ts), once its chunk is here. */
  #feedCheckView: typeof import('./feed-check.js').feedCheck | undefined;
  #feedCheckLoading = false;

  #feedCheck(i18n: I18n, search: FinderSearch, result: ClientSearchResult) {
    if (this.#feedCheckView) return this.#feedCheckView(i18n, search, result);
    if (!this.#feedCheckLoading) {
      this.#feedCheckLoading = true;
      import('./feed-check.js').then(
        ({ feedCheck }) => {
          this.#feedCheckView = feedCheck;
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#feedCheckLoading = false;
          console.error('[signpost-results] the feed check could not be loaded', error);
        },
      );
    }
    return nothing;
  }

  #asked = memo((day: FinderState['day'], time: FinderState['time']) => openingAsked({ day, time }));

  /** The person's list (saved services), kept per directory. */
  #list = new ShortlistController(this, () => this.config?.endpoint);

  /** Move focus to a card's link (after coming back from its detail). */
  async focusService(id: string): Promise<void> {
    await this.updateComplete;
    const link = [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('a[data-service]')].find((a) => a.dataset.service === id);
    if (link) {
      link.focus();
      link.scrollIntoView({ block: 'center' });
    }
  }

  /** Move focus to the count of what was found (after the filters dialog's "Show N results"). */
  async focusCount(): Promise<void> {
    await this.updateComplete;
    const count = this.renderRoot.querySelector<HTMLElement>('.count');
    count?.focus();
    count?.scrollIntoView({ block: 'start' });
  }

  #change(patch: Partial<FinderState>): void {
    emit(this, 'signpost-state-change', { patch });
  }

  async #goToPage(e: MouseEvent, page: number): Promise<void> {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.#change({ page });
    await this.focusHeading();
  }

  /** Move focus to the results' heading (a new page, or "Skip to results"). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  protected override render() {
    const { config, search } = this;
    if (!config || !search) return nothing;
    const { i18n } = config;
    // the cards' "Report a problem" (and "Can't find what you need?") is fetched as the first search starts
    if (search.status !== 'initial' && !customElements.get('signpost-feedback')) void loadFeedbackElement().catch((error: unknown) => console.error('[signpost-results] reporting a problem could not be loaded', error));
    const saved = this.#list.list?.items.length ?? 0;
    return html`<section aria-labelledby="results-heading">
      <div class="header">
        <h2 id="results-heading" tabindex="-1">${i18n.t('resultsHeading')}</h2>
        <p class="count" role="status" aria-live="polite" aria-atomic="true" tabindex="-1">${countText(search, i18n, config.perPage)}</p>
        ${search.result?.harvestedAt ? html`<p class="snapshot-date muted">${snapshotTaken(search.result.harvestedAt, i18n)}</p>` : nothing}
        ${this.#sort(search, i18n)}
        ${saved
          ? html`<button class="button secondary my-list" part="my-list" type="button" @click=${() => this.#change({ list: true })}>
              ${i18n.t('myList', { count: saved })}
            </button>`
          : nothing}
        <signpost-saved-searches></signpost-saved-searches>
      </div>
      ${search.state.topic
        ? html`<button class="link-button to-topics" type="button" @click=${() => this.#change({ start: 'topics', topic: undefined, terms: [], ages: {} })}>
            <span aria-hidden="true">‹ </span>${i18n.t('backToTopics')}
          </button>`
        : nothing}
      ${fixedNotes(search, i18n).map((note) => html`<p class="fixed">${note}</p>`)} ${this.#chips(search, i18n)} ${this.#body(config, search)}
    </section>`;
  }

  #sort({ state }: FinderSearch, i18n: I18n) {
    if (!state.postcode) return nothing;
    return html`<div class="sort">
      <label for="sort">${i18n.t('sortLabel')}</label>
      <select id="sort" @change=${(e: Event) => this.#change({ sort: (e.target as HTMLSelectElement).value as FinderState['sort'] })}>
        <option value="relevance" ?selected=${state.sort === 'relevance'}>${i18n.t('sortRelevance')}</option>
        <option value="distance" ?selected=${state.sort === 'distance'}>${i18n.t('sortDistance')}</option>
      </select>
    </div>`;
  }

  #chips(search: FinderSearch, i18n: I18n) {
    const chips = activeChips(search, i18n);
    if (!chips.length) return nothing;
    return html`<div class="chips" role="group" aria-label=${i18n.t('activeFilters')}>
      <ul>
        ${chips.map(
          (c) => html`<li>
            <button type="button" class="chip" aria-label=${i18n.t('removeChip', { label: c.label })} @click=${() => this.#change(c.remove)}>
              <span>${c.label}</span><span aria-hidden="true" class="x">×</span>
            </button>
          </li>`,
        )}
      </ul>
      ${chips.length > 1
        ? html`<button type="button" class="link-button" @click=${() => this.#change(clearAllPatch())}>${i18n.t('clearAll')}</button>`
        : nothing}
    </div>`;
  }

  #body(config: FinderConfig, search: FinderSearch) {
    const { i18n } = config;
    const { status, result, error } = search;
    if (status === 'error' && error) {
      return html`<div class="error" role="alert">
        <h3>${i18n.t('errorTitle')}</h3>
        ${errorBody(error, i18n, config.debug, () => emit(this, 'signpost-retry', {}))}
      </div>`;
    }
    if (!result) return status === 'pending' ? html`<p class="muted">${i18n.t('loading')}</p>` : html`<p class="muted">${i18n.t('startPrompt')}</p>`;
    if (!search.services.length) {
      // nothing yet, but the search has not been read through: say so, with a way on
      const unfinished = search.scan && search.scan.status !== 'done' && search.scan.status !== 'enough';
      return unfinished ? this.#scan(search, i18n) : this.#empty(config, search);
    }
    const asked = this.#asked(search.state.day, search.state.time);
    const sorted =
      search.state.sort === 'distance'
        ? [...search.services].sort((a, b) => (a.distanceMetres ?? Infinity) - (b.distanceMetres ?? Infinity))
        : search.services;
    return html`<ol class="cards" aria-busy=${status === 'pending' ? 'true' : 'false'} aria-labelledby="results-heading">
        ${repeat(sorted, (s) => s.id, (s, i) => renderCard(this, config, s, i, { highlighted: this.highlighted === s.id, save: saveToggle(this.#list.list, s), asked }))}
      </ol>
      ${this.#scan(search, i18n)} ${this.#pagination(config, search)} ${config.debug ? this.#feedCheck(i18n, search, result) : nothing}
      <div class="after">
        <button class="link-button print" type="button" @click=${() => window.print()}>${i18n.t('printList')}</button>
        <slot name="after-results"></slot>
      </div>
      ${this.#unmetNeed(config)}`;
  }

  /** Move focus to "My list" (after coming back from the list). */
  async focusListButton(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('.my-list') ?? this.renderRoot.querySelector<HTMLElement>('#results-heading'))?.focus();
  }

  /** Reading on for matches the source could not filter: progress and Stop, or Keep searching. */
  #scan({ scan }: FinderSearch, i18n: I18n) {
    if (!scan || scan.status === 'done' || scan.status === 'enough') return nothing;
    const reading = scan.status === 'reading';
    const more = () => emit(this, 'signpost-scan', { action: 'more' });
    return html`<div class="scan">
      ${reading ? html`<p class="muted">${i18n.t('scanReading')}</p>` : nothing}
      ${scan.status === 'failed' ? html`<p>${i18n.t('scanFailed')}</p>` : nothing}
      ${reading
        ? html`<button class="link-button stop" type="button" @click=${() => emit(this, 'signpost-scan', { action: 'stop' })}>${i18n.t('scanStop')}</button>`
        : scan.more
          ? html`<button class="button secondary more" type="button" @click=${more}>${i18n.t('scanMore')}</button>`
          : nothing}
    </div>`;
  }

  #empty(config: FinderConfig, search: FinderSearch) {
    const { i18n } = config;
    const { state } = search;
    const tips = [
      state.text.trim() ? i18n.t('relaxWords') : '',
      state.text.trim() ? i18n.t('relaxSpelling') : '',
      state.postcode ? i18n.t('relaxPlace') : '',
      activeChips(search, i18n).some((c) => c.key !== 'text' && c.key !== 'place') ? i18n.t('relaxFilters') : '',
    ].filter(Boolean);
    return html`<div class="empty">
      <h3>${i18n.t('noResultsTitle')}</h3>
      ${tips.length
        ? html`<p>${i18n.t('noResultsHelp')}</p>
            <ul class="tips">
              ${tips.map((t) => html`<li>${t}</li>`)}
            </ul>`
        : nothing}
      ${this.#unmetNeed(config)}
      <slot name="no-results"></slot>
    </div>`;
  }

  /** "Can't find what you need?": offered only when the finder says where reports go. */
  #unmetNeed(config: FinderConfig) {
    if (!config.feedback?.endpoint && !config.feedback?.email) return nothing;
    return html`<signpost-feedback class="unmet-need" kind="unmet-need"></signpost-feedback>`;
  }

  #pagination({ i18n, hrefFor, perPage }: FinderConfig, search: FinderSearch) {
    const paging = pagingOf(search, perPage);
    if (!paging || (paging.totalPages <= 1 && !paging.hasNext)) return nothing;
    const { page } = paging;
    const link = (target: number, label: unknown, aria?: string) =>
      html`<a href=${hrefFor({ page: target })} aria-label=${aria ?? nothing} @click=${(e: MouseEvent) => this.#goToPage(e, target)}>${label}</a>`;
    return html`<nav part="pagination" class="pagination" aria-label=${i18n.t('pagination')}>
      <ul>
        ${page > 1 ? html`<li class="prev">${link(page - 1, i18n.t('previous'))}</li>` : nothing}
        ${pageNumbers(page, paging.totalPages).map((n) =>
          n === undefined
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : n === page
              ? html`<li class="current"><a aria-current="page" href=${hrefFor({ page: n })} aria-label=${i18n.t('pageN', { page: n })}>${n}</a></li>`
              : html`<li>${link(n, String(n), i18n.t('pageN', { page: n }))}</li>`,
        )}
        ${paging.hasNext ? html`<li class="next">${link(page + 1, i18n.t('next'))}</li>` : nothing}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-results': SignpostResults;
  }
}
