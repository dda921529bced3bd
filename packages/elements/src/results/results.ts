import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Service } from '@signpost/core';
import { finderContext, type FinderContext } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { errorBody } from '../shared/errors.js';
import type { FinderState } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { activeChips, clearAllPatch } from '../filters/chips.js';
import { renderCard, type CardPick } from './card.js';
import { countText } from './count.js';
import { pageNumbers } from './pages.js';
import { renderPrintList } from './print-list.js';
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
 */
export class SignpostResults extends LitElement {
  static override styles = [hostStyles, controlStyles, resultsStyles];

  @consume({ context: finderContext, subscribe: true })
  @state()
  private ctx: FinderContext | undefined;

  /** Services picked for "Print my list", in the order picked. */
  @state() private picked: Service[] = [];

  /** Move focus to a card's link (after coming back from its detail). */
  async focusService(id: string): Promise<void> {
    await this.updateComplete;
    const link = [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('a[data-service]')].find((a) => a.dataset.service === id);
    if (link) {
      link.focus();
      link.scrollIntoView({ block: 'center' });
    }
  }

  #change(patch: Partial<FinderState>): void {
    emit(this, 'signpost-state-change', { patch });
  }

  async #goToPage(e: MouseEvent, page: number): Promise<void> {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.#change({ page });
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  protected override render() {
    const ctx = this.ctx;
    if (!ctx) return nothing;
    const { i18n } = ctx;
    return html`<section aria-labelledby="results-heading" class=${this.picked.length ? 'has-picked' : ''}>
      <div class="header">
        <h2 id="results-heading" tabindex="-1">${i18n.t('resultsHeading')}</h2>
        <p class="count" role="status" aria-live="polite" aria-atomic="true">${countText(ctx)}</p>
        ${this.#sort(ctx)}
      </div>
      ${this.#chips(ctx)} ${this.#body(ctx)} ${renderPrintList(this.picked, i18n, ctx.staleAfterMonths)}
    </section>`;
  }

  #sort(ctx: FinderContext) {
    if (!ctx.state.postcode) return nothing;
    const { i18n, state } = ctx;
    return html`<div class="sort">
      <label for="sort">${i18n.t('sortLabel')}</label>
      <select id="sort" @change=${(e: Event) => this.#change({ sort: (e.target as HTMLSelectElement).value as FinderState['sort'] })}>
        <option value="relevance" ?selected=${state.sort === 'relevance'}>${i18n.t('sortRelevance')}</option>
        <option value="distance" ?selected=${state.sort === 'distance'}>${i18n.t('sortDistance')}</option>
      </select>
    </div>`;
  }

  #chips(ctx: FinderContext) {
    const chips = activeChips(ctx);
    if (!chips.length) return nothing;
    const { i18n } = ctx;
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

  #body(ctx: FinderContext) {
    const { i18n, status, result, error } = ctx;
    if (status === 'error' && error) {
      return html`<div class="error" role="alert">
        <h3>${i18n.t('errorTitle')}</h3>
        ${errorBody(error, i18n, ctx.debug, () => emit(this, 'signpost-retry', {}))}
      </div>`;
    }
    if (!result) return status === 'pending' ? html`<p class="muted">${i18n.t('loading')}</p>` : html`<p class="muted">${i18n.t('startPrompt')}</p>`;
    if (!ctx.services.length) return this.#empty(ctx);
    const sorted =
      ctx.state.sort === 'distance'
        ? [...ctx.services].sort((a, b) => (a.distanceMetres ?? Infinity) - (b.distanceMetres ?? Infinity))
        : ctx.services;
    return html`<ol class="cards" aria-busy=${status === 'pending' ? 'true' : 'false'} aria-labelledby="results-heading">
        ${repeat(sorted, (s) => s.id, (s, i) => renderCard(this, ctx, s, i, this.#pickFor(s)))}
      </ol>
      ${this.#pagination(ctx)} ${this.#diagnostics(ctx)}
      <div class="after">
        ${this.picked.length
          ? html`<button class="link-button print" type="button" @click=${() => window.print()}>
                ${i18n.t('printPicked', { count: this.picked.length })}
              </button>
              <button class="link-button clear-picked" type="button" @click=${() => (this.picked = [])}>${i18n.t('clearPicked')}</button>`
          : html`<button class="link-button print" type="button" @click=${() => window.print()}>${i18n.t('printList')}</button>`}
        <slot name="after-results"></slot>
      </div>
      ${this.#unmetNeed(ctx)}`;
  }

  /** A card's place on the person's print list, which outlasts pages and new searches. */
  #pickFor(service: Service): CardPick {
    return {
      picked: this.picked.some((p) => p.id === service.id),
      toggle: (on) => {
        const others = this.picked.filter((p) => p.id !== service.id);
        this.picked = on ? [...others, service] : others;
      },
    };
  }

  #empty(ctx: FinderContext) {
    const { i18n, state } = ctx;
    const tips = [
      state.text.trim() ? i18n.t('relaxWords') : '',
      state.text.trim() ? i18n.t('relaxSpelling') : '',
      state.postcode ? i18n.t('relaxPlace') : '',
      activeChips(ctx).some((c) => c.key !== 'text' && c.key !== 'place') ? i18n.t('relaxFilters') : '',
    ].filter(Boolean);
    return html`<div class="empty">
      <h3>${i18n.t('noResultsTitle')}</h3>
      ${tips.length
        ? html`<p>${i18n.t('noResultsHelp')}</p>
            <ul class="tips">
              ${tips.map((t) => html`<li>${t}</li>`)}
            </ul>`
        : nothing}
      ${this.#unmetNeed(ctx)}
      <slot name="no-results"></slot>
    </div>`;
  }

  /** "Can't find what you need?": offered only when the finder says where reports go. */
  #unmetNeed(ctx: FinderContext) {
    if (!ctx.feedback?.endpoint && !ctx.feedback?.email) return nothing;
    return html`<signpost-feedback class="unmet-need" kind="unmet-need"></signpost-feedback>`;
  }

  #pagination(ctx: FinderContext) {
    const result = ctx.result!;
    if (result.totalPages <= 1) return nothing;
    const { i18n } = ctx;
    const page = result.page;
    const link = (target: number, label: unknown, aria?: string) =>
      html`<a href=${ctx.hrefFor({ page: target })} aria-label=${aria ?? nothing} @click=${(e: MouseEvent) => this.#goToPage(e, target)}>${label}</a>`;
    return html`<nav part="pagination" class="pagination" aria-label=${i18n.t('pagination')}>
      <ul>
        ${page > 1 ? html`<li class="prev">${link(page - 1, i18n.t('previous'))}</li>` : nothing}
        ${pageNumbers(page, result.totalPages).map((n) =>
          n === undefined
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : n === page
              ? html`<li class="current"><a aria-current="page" href=${ctx.hrefFor({ page: n })} aria-label=${i18n.t('pageN', { page: n })}>${n}</a></li>`
              : html`<li>${link(n, String(n), i18n.t('pageN', { page: n }))}</li>`,
        )}
        ${!result.isLast && page < result.totalPages ? html`<li class="next">${link(page + 1, i18n.t('next'))}</li>` : nothing}
      </ul>
    </nav>`;
  }

  #diagnostics(ctx: FinderContext) {
    const list = ctx.result?.diagnostics ?? [];
    if (!ctx.debug || !list.length) return nothing;
    return html`<details class="diagnostics">
      <summary>${ctx.i18n.t('diagnostics', { count: list.length })}</summary>
      <ul>
        ${list.slice(0, 200).map((d) => html`<li><code>${d.path}</code>: ${d.message}</li>`)}
      </ul>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-results': SignpostResults;
  }
}
