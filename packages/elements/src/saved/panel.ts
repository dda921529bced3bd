import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { activeChips } from '../shared/chips.js';
import { configContext, searchContext, type FinderConfig, type FinderSearch } from '../shared/context.js';
import { emit } from '../shared/events.js';
import type { I18n } from '../shared/i18n.js';
import { toQuery } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { listSaved, removeSaved, saveSearch, savedState, searchPatch, type SavedSearch, type SaveOutcome } from './store.js';
import { savedStyles } from './saved.styles.js';
import './strings.en.js';

/** Counts asked for at once. */
const IN_FLIGHT = 2;

type Count = number | 'counting' | 'failed';

const SAID: Record<SaveOutcome, 'savedSaved' | 'savedAlready' | 'savedUnavailable'> = {
  saved: 'savedSaved',
  already: 'savedAlready',
  unavailable: 'savedUnavailable',
};

/**
 * @summary Saved searches, in the results' header: "Save this search" keeps the finder's
 * search in this browser, for this directory; "My saved searches" lists them, each with
 * how many services it finds now and a link that opens it, and a way to remove it. Nothing
 * leaves the device.
 *
 * signpost-results places it; its code comes with the detail's (fetched when the browser is
 * idle after the first results; its place is kept meanwhile). Each saved search is
 * asked again when the list opens (one request each, at most two at a time, results only
 * counted); closing the list cancels what is still being asked.
 *
 * @fires signpost-state-change - A saved search was opened (intent, to the finder).
 */
export class SignpostSavedSearches extends LitElement {
  static override styles = [hostStyles, controlStyles, savedStyles];

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @consume({ context: searchContext, subscribe: true })
  @state()
  private search: FinderSearch | undefined;

  @state() private saved: SavedSearch[] = [];
  @state() private open = false;
  @state() private outcome: SaveOutcome | undefined;
  @state() private counts = new Map<string, Count>();

  #abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config' as keyof SignpostSavedSearches) && this.config) this.saved = listSaved(this.config.endpoint);
  }

  #save(): void {
    const { config, search } = this;
    if (!config || !search) return;
    this.outcome = saveSearch(config.endpoint, search.state);
    this.saved = listSaved(config.endpoint);
    if (this.open) this.#count();
  }

  async #toggle(open: boolean): Promise<void> {
    this.open = open;
    this.outcome = undefined;
    if (open) this.#count();
    else this.#abort?.abort();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(open ? '#saved-heading' : '.open-saved')?.focus();
  }

  /** Each saved search asked again, for its count: two at a time, all cancelled when the list closes. */
  #count(): void {
    const config = this.config;
    if (!config) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.counts = new Map(this.saved.map((s) => [s.params, 'counting']));
    const queue = [...this.saved];
    const next = async (): Promise<void> => {
      const item = queue.shift();
      if (!item || abort.signal.aborted) return;
      const search = this.search;
      const query = toQuery(savedState(item), search?.fixed ?? {}, 1, search?.capabilities);
      let count: Count;
      try {
        count = (await config.client.search(query, { signal: abort.signal })).total;
      } catch {
        if (abort.signal.aborted) return; // closed: nothing more to say
        count = 'failed';
      }
      this.counts = new Map(this.counts).set(item.params, count);
      return next();
    };
    for (let i = 0; i < IN_FLIGHT; i += 1) void next();
  }

  #open(e: MouseEvent, saved: SavedSearch): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    emit(this, 'signpost-state-change', { patch: searchPatch(savedState(saved)) });
    void this.#toggle(false);
  }

  #remove(saved: SavedSearch): void {
    const directory = this.config?.endpoint;
    if (!directory) return;
    removeSaved(directory, saved.params);
    const index = this.saved.indexOf(saved);
    this.saved = this.saved.filter((s) => s !== saved);
    // Focus stays in the list: on the next search's link, else the heading.
    void this.updateComplete.then(() => {
      const links = this.renderRoot.querySelectorAll<HTMLElement>('li a');
      (links[Math.min(index, links.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#saved-heading'))?.focus();
    });
  }

  protected override render() {
    const { config, search } = this;
    if (!config) return nothing;
    const { i18n } = config;
    const count = this.saved.length;
    return html`<div class="bar" lang=${i18n.lang}>
        ${search?.result ? html`<button class="link-button save-search" type="button" @click=${() => this.#save()}>${i18n.t('savedSave')}</button>` : nothing}
        ${count || this.open
          ? html`<button
              class="link-button open-saved"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="saved-list"
              @click=${() => void this.#toggle(!this.open)}
            >
              ${i18n.t('savedOpen', { count })}
            </button>`
          : nothing}
        <p class="outcome" role="status">${this.outcome ? i18n.t(SAID[this.outcome]) : ''}</p>
      </div>
      ${this.open ? this.#list(config, search, i18n) : nothing}`;
  }

  #list(config: FinderConfig, search: FinderSearch | undefined, i18n: I18n) {
    return html`<section class="saved" id="saved-list" aria-labelledby="saved-heading" lang=${i18n.lang}>
      <h3 id="saved-heading" tabindex="-1">${i18n.t('savedHeading')}</h3>
      <p class="muted">${i18n.t('savedPrivacy')}</p>
      ${this.saved.length
        ? html`<ul>
            ${this.saved.map((s) => this.#item(s, config, search, i18n))}
          </ul>`
        : html`<p>${i18n.t('savedEmpty')}</p>`}
      <button class="link-button close" type="button" @click=${() => void this.#toggle(false)}>${i18n.t('savedClose')}</button>
    </section>`;
  }

  #item(saved: SavedSearch, config: FinderConfig, search: FinderSearch | undefined, i18n: I18n) {
    const state = savedState(saved);
    const label = activeChips({ state, vocabularies: search?.vocabularies ?? [] }, i18n).map((c) => c.label).join(', ') || i18n.t('savedEverything');
    const count = this.counts.get(saved.params);
    const countText =
      count === 'counting' || count === undefined ? i18n.t('savedCounting') : count === 'failed' ? i18n.t('savedCountFailed') : i18n.t('savedCount', { count });
    return html`<li>
      <a href=${config.hrefFor({ ...searchPatch(state), page: 1, service: undefined })} @click=${(e: MouseEvent) => this.#open(e, saved)}>${label}</a>
      <span class="muted count">${countText}</span>
      <span class="muted">${i18n.t('savedOn', { date: i18n.dayMonthYear(saved.savedAt) })}</span>
      <button class="link-button remove" type="button" aria-label=${i18n.t('savedRemoveLabel', { label })} @click=${() => this.#remove(saved)}>
        ${i18n.t('savedRemove')}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-saved-searches': SignpostSavedSearches;
  }
}
