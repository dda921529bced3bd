/**
 * The filters on a narrow screen: a modal dialog over the whole screen whose groups fold,
 * with "Show N results" at its foot, which closes it and takes the person to the results.
 * Escape, Close or a tap outside close it too, and focus goes back to the "Filters"
 * button. A controller of signpost-filters, fetched the first time a person opens the
 * filters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FinderSearch } from '../shared/context.js';
import { emit } from '../shared/events.js';
import type { I18n } from '../shared/i18n.js';
import { addStyles } from '../shared/styles.js';
import { dialogStyles } from './dialog.styles.js';
import type { SignpostFilters } from './filters.js';
import './strings.en.js';

export class FiltersDialog {
  readonly #host: SignpostFilters;
  /** Groups the person opened or folded (unlisted: open when something in it is chosen). */
  #folds = new Map<string, boolean>();
  #toResults = false;

  constructor(host: SignpostFilters) {
    this.#host = host;
    addStyles(host.renderRoot as ShadowRoot, dialogStyles);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Open it, the heading first (a screen reader hears where it is); Tab then goes through the filters. */
  async open(): Promise<void> {
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (!dialog?.isConnected || dialog.open) return;
    dialog.showModal();
    this.#host.renderRoot.querySelector<HTMLElement>('#filters-heading')?.focus();
  }

  /** "Show N results": close, and let the finder take the person to the results. */
  #showResults = (): void => {
    this.#toResults = true;
    this.#dialog?.close();
    emit(this.#host, 'signpost-focus-results', {});
  };

  /** Closed by Escape, Close or a tap outside: focus goes back to the button (after "Show N results", to the results). */
  #onClose = (): void => {
    if (!this.#toResults) this.#host.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
    this.#toResults = false;
  };

  render(search: FinderSearch, i18n: I18n, groups: unknown): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="filters-heading" closedby="any" @close=${this.#onClose}>
      <div class="dialog-head">
        <h2 id="filters-heading" tabindex="-1">${i18n.t('filtersHeading')}</h2>
        <button class="link-button close" type="button" @click=${() => this.#dialog?.close()}>${i18n.t('filtersClose')}</button>
      </div>
      <div id="panel" part="panel" class="panel">${groups}</div>
      <div class="dialog-foot">
        <button class="button show-results" part="show-results" type="button" @click=${this.#showResults}>${showLabel(search, i18n)}</button>
      </div>
    </dialog>`;
  }

  /** A group of choices whose legend is a button that folds it. */
  group(id: string, legend: string, chosen: number, body: TemplateResult, legendId: string | undefined, i18n: I18n): TemplateResult {
    const open = this.#folds.get(id) ?? chosen > 0;
    const fold = () => {
      this.#folds.set(id, !open);
      this.#host.requestUpdate();
    };
    return html`<fieldset class="group">
      <legend id=${legendId ?? nothing}>
        <button class="fold" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="group-${id}" @click=${fold}>
          <span>${legend}</span>${chosen ? html`<span class="chosen"> ${i18n.t('groupChosen', { count: chosen })}</span>` : nothing}
        </button>
      </legend>
      <div class="choices" id="group-${id}" ?hidden=${!open}>${body}</div>
    </fieldset>`;
  }
}

function showLabel({ status, result, scan }: FinderSearch, i18n: I18n): string {
  if (status !== 'complete' || !result) return i18n.t('showResultsPending');
  if (!scan) return i18n.t('showResults', { count: result.total });
  return i18n.t(scan.status === 'done' ? 'showResults' : 'showResultsAtLeast', { count: scan.matches.length });
}
