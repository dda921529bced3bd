import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { normalisePostcode } from '@signpost/core';
import { configContext, searchContext, type FinderConfig, type FinderSearch } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { RADIUS_CHOICES } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { searchStyles } from './search.styles.js';

/**
 * @summary Search by words and by place (postcode or "near me") for the finder it sits in.
 *
 * Typing settles (debounced) before it searches; submitting searches at once. A postcode
 * is checked as a UK postcode, then looked up, before it is used.
 *
 * @csspart form - The search form.
 * @csspart button - The search button.
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
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 */
export class SignpostSearch extends LitElement {
  static override styles = [hostStyles, controlStyles, searchStyles];

  /** Milliseconds typing must pause before a search starts. */
  @property({ type: Number }) debounce = 500;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @consume({ context: searchContext, subscribe: true })
  @state()
  private search: FinderSearch | undefined;

  @state() private text = '';
  @state() private postcode = '';
  @state() private radius = 3;
  @state() private postcodeError = '';
  @state() private placeStatus = '';
  @state() private locating = false;

  @query('#postcode') private postcodeInput?: HTMLInputElement;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #seen = { text: '', postcode: '', radius: 3 };

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('search') || !this.search) return;
    // Follow the finder's state when it changes from elsewhere (URL, chips, Back).
    const { text, postcode, radiusMiles } = this.search.state;
    if (text !== this.#seen.text) this.text = text;
    if (postcode !== this.#seen.postcode) this.postcode = postcode;
    if (radiusMiles !== this.#seen.radius) this.radius = radiusMiles;
    this.#seen = { text, postcode, radius: radiusMiles };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.text.trim() !== (this.search?.state.text ?? '').trim()) this.#commit({ text: this.text });
    }, this.debounce);
  }

  #commit(patch: Parameters<typeof emit<'signpost-state-change'>>[2]['patch']): void {
    emit(this, 'signpost-state-change', { patch });
  }

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    clearTimeout(this.#timer);
    const patch: { text: string; postcode?: string; radiusMiles?: number } = { text: this.text };
    if (this.search?.capabilities.proximity) {
      const postcode = await this.#checkPostcode();
      if (postcode === undefined) return;
      patch.postcode = postcode;
      patch.radiusMiles = this.radius;
    }
    this.#commit(patch);
  }

  /** The postcode to search near ("" for none), or undefined when it is not usable. */
  async #checkPostcode(): Promise<string | undefined> {
    const raw = this.postcode.trim();
    this.postcodeError = '';
    if (!raw) return '';
    const i18n = this.config!.i18n;
    const pc = normalisePostcode(raw);
    if (!pc) return this.#postcodeFailed(i18n.t('postcodeInvalid'));
    try {
      const point = await this.config!.client.geocoder.locate(pc);
      if (!point) return this.#postcodeFailed(i18n.t('postcodeUnknown'));
    } catch {
      // The lookup service is unreachable: search anyway, the directory may know the postcode.
    }
    this.postcode = pc;
    return pc;
  }

  #postcodeFailed(message: string): undefined {
    this.postcodeError = message;
    void this.updateComplete.then(() => this.postcodeInput?.focus());
    return undefined;
  }

  async #nearMe(): Promise<void> {
    const { i18n, client } = this.config!;
    this.locating = true;
    try {
      const { nearestPostcodeToHere } = await import('./near-me.js');
      this.placeStatus = i18n.t('nearMeLocating');
      const pc = await nearestPostcodeToHere(client.geocoder);
      this.postcode = pc;
      this.postcodeError = '';
      this.placeStatus = i18n.t('nearMeFound', { postcode: pc });
      this.#commit({ text: this.text, postcode: pc, radiusMiles: this.radius, sort: 'distance' });
    } catch {
      this.placeStatus = i18n.t('nearMeDenied');
    } finally {
      this.locating = false;
    }
  }

  #clearPlace(): void {
    this.postcode = '';
    this.postcodeError = '';
    this.placeStatus = '';
    this.#commit({ postcode: '' });
  }

  protected override render() {
    const { config, search } = this;
    if (!config || !search) return nothing;
    const { i18n } = config;
    const { capabilities } = search;
    const errorId = 'postcode-error';
    return html`<form part="form" role="search" aria-label=${i18n.t('searchLegend')} @submit=${this.#onSubmit} novalidate>
      ${capabilities.text
        ? html`<div class="field words">
            <label for="q">${i18n.t('searchWordsLabel')}</label>
            <span class="hint" id="q-hint">${i18n.t('searchWordsHint')}</span>
            <input
              class="input"
              id="q"
              name="q"
              type="search"
              autocomplete="off"
              enterkeyhint="search"
              aria-describedby="q-hint"
              .value=${this.text}
              @input=${this.#onInput}
            />
          </div>`
        : nothing}
      ${capabilities.proximity
        ? html`<fieldset class="place">
            <legend class="visually-hidden">${i18n.t('placeLegend')}</legend>
            <div class="place-row">
              <div class="field postcode">
                <label for="postcode">${i18n.t('postcodeLabel')}</label>
                <span class="hint" id="postcode-hint">${i18n.t('postcodeHint')}</span>
                ${this.postcodeError ? html`<span class="error-message" id=${errorId}>${this.postcodeError}</span>` : nothing}
                <input
                  class="input"
                  id="postcode"
                  name="postcode"
                  autocomplete="postal-code"
                  spellcheck="false"
                  aria-describedby="postcode-hint${this.postcodeError ? ` ${errorId}` : ''}"
                  aria-invalid=${this.postcodeError ? 'true' : 'false'}
                  .value=${this.postcode}
                  @input=${(e: Event) => (this.postcode = (e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="field radius">
                <label for="radius">${i18n.t('radiusLabel')}</label>
                <select id="radius" name="radius" .value=${String(this.radius)} @change=${(e: Event) => (this.radius = Number((e.target as HTMLSelectElement).value))}>
                  ${RADIUS_CHOICES.map(
                    (m) => html`<option value=${m} ?selected=${m === this.radius}>${i18n.t('radiusOption', { count: m })}</option>`,
                  )}
                </select>
              </div>
            </div>
            <div class="place-actions">
              <button type="button" class="link-button" ?disabled=${this.locating} @click=${this.#nearMe}>${i18n.t('nearMe')}</button>
              ${search.state.postcode
                ? html`<button type="button" class="link-button" @click=${this.#clearPlace}>${i18n.t('clearPlace')}</button>`
                : nothing}
            </div>
            <p class="muted" role="status">${this.placeStatus}</p>
          </fieldset>`
        : nothing}
      <div class="submit"><button class="button" part="button" type="submit">${i18n.t('searchButton')}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-search': SignpostSearch;
  }
}
