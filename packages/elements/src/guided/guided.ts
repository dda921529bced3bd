import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { configContext, searchContext, type FinderConfig, type FinderSearch } from '../shared/context.js';
import { emit } from '../shared/events.js';
import type { I18n } from '../shared/i18n.js';
import { memo } from '../shared/memo.js';
import { AGE_PRESETS, type FinderState, type GuidedStep } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { guidedStyles } from './guided.styles.js';
import './strings.en.js';
import { defaultTopics, hostTopics, type Topic } from './topics.js';

/**
 * @summary A guided start for people who do not know what a service is called: "What do
 * you need help with?" as tiles, then "How old is the person who needs help?", which set
 * the finder's needs and ages.
 *
 * Shown by signpost-finder (with `guided`) in place of its search; fetched the first time
 * it is shown. The topics are the host's (`topics`, JSON) or sensible ones for the LGA
 * needs vocabulary, found in the directory's own terms.
 *
 * @csspart heading - The question.
 * @csspart tile - Each topic.
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
 * @cssprop --signpost-accent - The line beside the search panel (#1d70b8).
 * @cssprop --signpost-primary - Main buttons (#00703c).
 * @cssprop --signpost-primary-hover - Main buttons on hover (#005a30).
 * @cssprop --signpost-primary-shadow - The edge under main buttons (#002d18).
 * @cssprop --signpost-primary-text - Text on main buttons (#ffffff).
 * @cssprop --signpost-secondary - Secondary buttons and toggles (#f3f2f1).
 * @cssprop --signpost-secondary-hover - Secondary buttons on hover (#dbdad9).
 * @cssprop --signpost-secondary-shadow - The edge under secondary buttons (#929191).
 * @cssprop --signpost-input-background - Inside text boxes and menus (#ffffff).
 * @cssprop --signpost-input-border - Text box and menu borders (#0b0c0c).
 * @cssprop --signpost-panel - Background of the tiles (#f3f2f1).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 */
export class SignpostGuided extends LitElement {
  static override styles = [hostStyles, controlStyles, guidedStyles];

  /** The question on show. */
  @property() step: GuidedStep = 'topics';
  /** The host's topics as JSON: [{"label": "...", "terms": ["id or name", ...], "hint"?: "..."}]; labels may be {"en": "...", "cy": "..."}. */
  @property() topics = '';
  /** Move focus to each question as it is shown (the finder sets it when a person brought the guided start up, not on the page's first load). */
  @property({ type: Boolean, attribute: false }) focusHeading = false;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @consume({ context: searchContext, subscribe: true })
  @state()
  private search: FinderSearch | undefined;

  #focus = false;
  #topicsOf = memo((json: string, vocabularies: FinderSearch['vocabularies'], i18n: I18n): Topic[] => hostTopics(json, vocabularies, i18n) ?? defaultTopics(vocabularies, i18n));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step') && this.focusHeading) this.#focus = true;
  }

  protected override updated(): void {
    const heading = this.#focus ? this.renderRoot.querySelector<HTMLElement>('h2') : null;
    if (heading) {
      this.#focus = false;
      heading.focus();
    }
  }

  #change(patch: Partial<FinderState>): void {
    emit(this, 'signpost-state-change', { patch });
  }

  /** A topic chosen: its needs, then the ages (unless the host fixed them, or the directory has none). */
  #choose(topic: Topic): void {
    const asksAges = this.search?.capabilities.age && !this.search.fixed.ages;
    this.#change({ terms: topic.terms, ages: {}, topic: topic.id, start: asksAges ? 'ages' : undefined });
  }

  protected override render() {
    const { config, search } = this;
    if (!config || !search) return nothing;
    const { i18n } = config;
    return html`<section class="guided" aria-labelledby="guided-heading" lang=${i18n.lang}>
      ${this.step === 'ages' ? this.#ages(i18n) : this.#topics(search, i18n)}
    </section>`;
  }

  #topics(search: FinderSearch, i18n: I18n) {
    const topics = this.#topicsOf(this.topics, search.vocabularies, i18n);
    const loading = !topics.length && !search.vocabularies.length;
    return html`<h2 id="guided-heading" part="heading" tabindex="-1">${i18n.t('guidedHeading')}</h2>
      <p class="muted">${i18n.t('guidedIntro')}</p>
      ${loading
        ? html`<p class="muted" role="status">${i18n.t('loading')}</p>`
        : html`<ul class="tiles">
            ${topics.map(
              (topic) => html`<li>
                <button class="tile" part="tile" type="button" data-topic=${topic.id} @click=${() => this.#choose(topic)}>
                  <span class="label">${topic.label}</span>${topic.hint ? html`<span class="hint">${topic.hint}</span>` : nothing}
                </button>
              </li>`,
            )}
          </ul>`}
      <p><button class="link-button skip" type="button" @click=${() => this.#change({ start: undefined })}>${i18n.t('guidedSkip')}</button></p>`;
  }

  #ages(i18n: I18n) {
    const choose = (ages: FinderState['ages']) => this.#change({ ages, start: undefined });
    return html`<button class="link-button back" type="button" @click=${() => this.#change({ start: 'topics', topic: undefined, terms: [] })}>
        <span aria-hidden="true">‹ </span>${i18n.t('guidedBack')}
      </button>
      <h2 id="guided-heading" part="heading" tabindex="-1">${i18n.t('guidedAgesHeading')}</h2>
      <ul class="tiles ages">
        ${AGE_PRESETS.map(
          (p) => html`<li>
            <button class="tile" part="tile" type="button" @click=${() => choose({ ...p })}>
              <span class="label">${i18n.t('agePreset', p)}</span>
            </button>
          </li>`,
        )}
        <li>
          <button class="tile" part="tile" type="button" @click=${() => choose({})}><span class="label">${i18n.t('ageAny')}</span></button>
        </li>
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-guided': SignpostGuided;
  }
}
