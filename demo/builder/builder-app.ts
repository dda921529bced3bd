/**
 * <signpost-builder>: the embed builder. A site owner enters a directory, sees what it
 * offers, chooses what to show and how it looks, watches a live preview, and copies the
 * embed as HTML, as a WordPress shortcode or as React JSX.
 */
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Service, TaxonomyTerm } from '@signpost/core';
import { AA_NORMAL_TEXT, contrastRatio } from './contrast.js';
import { checkDirectory, type DirectoryCheck } from './check.js';
import { EMPTY_CHOICES, TAGS, embedAttributes, htmlSnippet, jsxSnippet, shortcodeSnippet, type EmbedChoices, type EmbedKind } from './embed.js';

const FILTER_NAMES: Record<string, string> = {
  text: 'words',
  taxonomy: 'needs',
  age: 'ages',
  day: 'days',
  time: 'times',
  proximity: 'distance from a postcode',
};

export class SignpostBuilder extends LitElement {
  /** The drop-in bundle's address for the snippet (a CDN pattern, or where the council hosts it). */
  @property({ attribute: 'script-url' }) scriptUrl = 'https://cdn.jsdelivr.net/npm/@signpost/elements@0.1.0/dist/cdn/signpost.js';
  /** A postcodes.io-compatible service for the check and the preview (default postcodes.io). */
  @property() geocoder = '';

  @state() private choices: EmbedChoices = { ...EMPTY_CHOICES };
  @state() private check: DirectoryCheck | undefined;
  @state() private checking = false;
  @state() private found: Service[] = [];
  @state() private chosenName = '';
  @state() private copied = '';

  // The builder sits in the host page's light DOM, styled by the page.
  protected override createRenderRoot() {
    return this;
  }

  #set(patch: Partial<EmbedChoices>) {
    this.choices = { ...this.choices, ...patch };
  }

  async #check(e: Event) {
    e.preventDefault();
    if (!this.choices.source.trim()) return;
    this.checking = true;
    this.check = undefined;
    this.check = await checkDirectory(this.choices.source, this.choices.snapshot, this.geocoder || undefined);
    this.checking = false;
  }

  async #findService(e: Event) {
    e.preventDefault();
    const words = (this.querySelector('#service-name') as HTMLInputElement).value.trim();
    if (!words || !this.check?.directory) return;
    this.found = (await this.check.directory.search({ text: words, perPage: 10 }).catch(() => ({ items: [] as Service[] }))).items;
  }

  #choose(service: Service) {
    this.#set({ serviceId: service.id });
    this.chosenName = service.name;
  }

  async #copy(what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      // no clipboard permission: the text is selected in its box for Ctrl+C
      (this.querySelector(`#snippet-${what}`) as HTMLTextAreaElement | null)?.select();
      this.copied = '';
    }
  }

  protected override updated() {
    // The live preview: the very element the snippet describes, made from the same attributes.
    const stage = this.querySelector('#preview-stage');
    if (!stage || !this.check?.reachable) return;
    if (!this.#ready()) {
      stage.replaceChildren();
      stage.removeAttribute('data-key');
      return;
    }
    const key = JSON.stringify([this.choices.kind, embedAttributes(this.choices), this.geocoder]);
    if (stage.getAttribute('data-key') === key) return;
    stage.setAttribute('data-key', key);
    const el = document.createElement(TAGS[this.choices.kind]);
    for (const [name, value] of embedAttributes(this.choices)) el.setAttribute(name, value);
    if (this.geocoder) el.setAttribute('geocoder', this.geocoder);
    stage.replaceChildren(el);
  }

  #ready(): boolean {
    return this.choices.kind !== 'service' || Boolean(this.choices.serviceId);
  }

  protected override render() {
    return html`
      <form class="builder-step" @submit=${this.#check}>
        <h2>1. Your directory</h2>
        <label for="source">The address of your Open Referral UK (ORUK) API, or of a published snapshot</label>
        <input id="source" type="text" inputmode="url" autocomplete="url" spellcheck="false" .value=${this.choices.source} @input=${(e: Event) => this.#set({ source: (e.target as HTMLInputElement).value })} />
        <fieldset>
          <legend>It is</legend>
          <label><input type="radio" name="source-kind" .checked=${!this.choices.snapshot} @change=${() => this.#set({ snapshot: false })} /> an ORUK API</label>
          <label><input type="radio" name="source-kind" .checked=${this.choices.snapshot} @change=${() => this.#set({ snapshot: true })} /> a snapshot</label>
        </fieldset>
        <button type="submit" id="check">${this.checking ? 'Checking…' : 'Check it'}</button>
      </form>
      <div id="check-result" role="status" aria-live="polite">${this.#renderCheck()}</div>
      ${this.check?.reachable && this.check.report ? this.#renderChoices() : nothing}
    `;
  }

  #renderCheck() {
    const check = this.check;
    if (!check) return nothing;
    if (!check.report) {
      return html`<div class="problem">
        <h3>${check.cors === 'missing' ? 'Your directory answers, but other websites may not read it' : 'Signpost could not read this directory'}</h3>
        <p>${check.error}</p>
        ${check.cors === 'missing'
          ? html`<p id="cors-advice">
              Ask your directory's supplier to send the header <code>Access-Control-Allow-Origin: *</code> (or your site's own
              address) on the API's answers to GET requests, so that browsers on other sites may read them. Until then, on
              WordPress, the Signpost plugin's relay can read it through your own site.
            </p>`
          : nothing}
      </div>`;
    }
    const { report, vocabularies } = check;
    const named = (list: string[]) => list.map((f) => FILTER_NAMES[f] ?? f).join(', ') || 'none';
    const honoured = Object.entries(report.filters).filter(([, v]) => v === 'honoured').map(([f]) => f);
    const unknown = Object.entries(report.filters).filter(([, v]) => v === 'unknown').map(([f]) => f);
    return html`<dl class="check">
      <dt>Reachable</dt>
      <dd id="check-reachable">Yes, and this page may read it (CORS)</dd>
      <dt>Speaks</dt>
      <dd id="check-dialect">${report.dialect ? `Open Referral UK ${report.dialect}` : 'a Signpost snapshot'}</dd>
      <dt>Services</dt>
      <dd id="check-total">${report.total}</dd>
      <dt>May be out of date</dt>
      <dd id="check-stale">${report.stale} of the first ${report.sampled} not checked in the last 12 months</dd>
      <dt>Filters it honours</dt>
      <dd id="check-honoured">${named(honoured)}</dd>
      <dt>Filters it takes but ignores</dt>
      <dd id="check-ignored">${named(report.ignored)}${report.ignored.length ? ' (the finder will not offer them)' : ''}</dd>
      ${unknown.length ? html`<dt>Not tried</dt><dd id="check-unknown">${named(unknown)}</dd>` : nothing}
      <dt>Vocabularies</dt>
      <dd id="check-vocabularies">${vocabularies.length ? vocabularies.map((v) => `${v.name} (${v.terms.length} terms)`).join('; ') : 'none'}</dd>
    </dl>`;
  }

  #renderChoices() {
    const c = this.choices;
    const terms: TaxonomyTerm[] = this.check?.vocabularies.flatMap((v) => v.terms) ?? [];
    const kinds: Array<[EmbedKind, string]> = [
      ['finder', 'A finder: search, filters and results'],
      ['service', 'One service'],
      ['map', 'A map of a search'],
    ];
    return html`
      <section class="builder-step">
        <h2>2. What to show</h2>
        <fieldset>
          <legend>Show</legend>
          ${kinds.map(
            ([kind, label]) =>
              html`<label><input type="radio" name="kind" value=${kind} .checked=${c.kind === kind} @change=${() => this.#set({ kind })} /> ${label}</label>`,
          )}
        </fieldset>
        ${c.kind === 'service'
          ? html`<form @submit=${this.#findService}>
                <label for="service-name">Find the service by its name</label>
                <input id="service-name" type="search" />
                <button type="submit" id="find-service">Find</button>
              </form>
              <ul id="found">
                ${this.found.map(
                  (s) => html`<li><span class="name">${s.name}</span> <button type="button" class="choose" @click=${() => this.#choose(s)}>Choose<span class="visually-hidden"> ${s.name}</span></button></li>`,
                )}
              </ul>
              ${c.serviceId ? html`<p id="chosen">Chosen: ${this.chosenName}</p>` : nothing}`
          : html`<label for="need">Always show services for this need</label>
              <select id="need" @change=${(e: Event) => this.#set({ need: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!c.need}>Any need</option>
                ${terms.map((t) => html`<option value=${t.id} ?selected=${c.need === t.id}>${t.name}</option>`)}
              </select>
              <label for="ages">Always for these ages (e.g. 0-4 or 16-25)</label>
              <input id="ages" .value=${c.ages} @input=${(e: Event) => this.#set({ ages: (e.target as HTMLInputElement).value })} />`}
        ${c.kind === 'finder'
          ? html`<label for="view">First view</label>
              <select id="view" @change=${(e: Event) => this.#set({ view: (e.target as HTMLSelectElement).value as EmbedChoices['view'] })}>
                <option value="">List</option>
                <option value="map">Map</option>
                <option value="split">List and map side by side</option>
              </select>`
          : nothing}
        <label for="lang">Language</label>
        <select id="lang" @change=${(e: Event) => this.#set({ lang: (e.target as HTMLSelectElement).value as EmbedChoices['lang'] })}>
          <option value="">The page's language</option>
          <option value="en">English</option>
          <option value="cy">Cymraeg (Welsh)</option>
        </select>
        ${c.kind !== 'map'
          ? html`<label for="feedback-email">Where "Report a problem" goes (an email address)</label>
              <input id="feedback-email" type="email" .value=${c.feedbackEmail} @input=${(e: Event) => this.#set({ feedbackEmail: (e.target as HTMLInputElement).value })} />`
          : nothing}
      </section>
      <section class="builder-step">
        <h2>3. Colours</h2>
        ${this.#colour('primary', 'Buttons (white text on this colour)', c.primary || '#00703c', true)}
        ${this.#colour('link', 'Links (on white)', c.link || '#1d70b8', false)}
      </section>
      <section class="builder-step">
        <h2>4. Preview</h2>
        ${this.#ready() ? nothing : html`<p>Choose a service first.</p>`}
        <!-- filled outside Lit's templates (updated()): it holds the element the snippet describes -->
        <div id="preview-stage" class="preview"></div>
      </section>
      <section class="builder-step">
        <h2>5. Copy it</h2>
        <label for="script-url">The Signpost script's address</label>
        <input id="script-url" type="text" inputmode="url" spellcheck="false" .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
        ${this.#snippet('html', 'HTML, for any page', htmlSnippet(c, this.scriptUrl))}
        ${this.#snippet('shortcode', 'WordPress shortcode (with the Signpost plugin)', shortcodeSnippet(c))}
        ${this.#snippet('jsx', 'React (with @signpost/react)', jsxSnippet(c))}
      </section>
    `;
  }

  /** A colour picker and its contrast with white (as text on white, or under white text). */
  #colour(key: 'primary' | 'link', label: string, value: string, isBackground: boolean) {
    const ratio = contrastRatio(value, '#ffffff');
    const ok = ratio >= AA_NORMAL_TEXT;
    return html`<div class="colour">
      <label for="colour-${key}">${label}</label>
      <input id="colour-${key}" type="color" .value=${value} @input=${(e: Event) => this.#set({ [key]: (e.target as HTMLInputElement).value })} />
      <span id="contrast-${key}" class=${ok ? 'pass' : 'fail'}>
        Contrast ${ratio.toFixed(1)}:1 ${isBackground ? 'with white text' : 'on white'}:
        ${ok ? 'passes WCAG AA' : `fails WCAG AA (needs ${AA_NORMAL_TEXT}:1); choose a darker colour`}
      </span>
    </div>`;
  }

  #snippet(what: string, label: string, text: string) {
    return html`<div class="snippet">
      <label for="snippet-${what}">${label}</label>
      <textarea id="snippet-${what}" readonly rows=${text.split('\n').length + 1} .value=${text}></textarea>
      <button type="button" id="copy-${what}" @click=${() => this.#copy(what, text)}>Copy</button>
      <span role="status">${this.copied === what ? 'Copied' : ''}</span>
    </div>`;
  }
}

if (!customElements.get('signpost-builder')) customElements.define('signpost-builder', SignpostBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-builder': SignpostBuilder;
  }
}
