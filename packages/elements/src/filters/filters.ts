import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ACCESS_ROUTES, WEEKDAYS, type AccessRoute, type AgeRange, type Vocabulary, type Weekday } from '@signpost/core';
import { activeFilterCount, fixedNotes, timeLabel } from '../shared/chips.js';
import { configContext, searchContext, type FinderConfig, type FinderSearch } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { accessLabel, dayName } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';
import { AGE_PRESETS, type FinderState } from '../shared/state.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { TIMES_OF_DAY } from '../shared/time-of-day.js';
import type { FiltersDialog } from './dialog.js';
import { filtersStyles } from './filters.styles.js';

const SHOW_FIRST = 8;

/**
 * @summary Narrow the finder's results by need, age, day, time of day, cost and how to
 * access a service.
 *
 * Needs come from the endpoint's own vocabularies. Controls for filters the endpoint
 * does not support are hidden, and so are cost and access when the data says nothing
 * about them. Filters the host fixed (fixed-ages, fixed-need) are said in words.
 *
 * With `collapsible` (the finder sets it when the filters sit above the results, as on a
 * phone) the filters are behind a "Filters" button showing how many are on; it opens them
 * in a dialog whose groups fold, with "Show N results" at its foot, which closes it and
 * takes the person to the results. Escape closes it too, back to the button.
 *
 * @fires signpost-focus-results - "Show N results" was chosen: the finder moves focus to the results' count.
 * @csspart toggle - The button that opens the filters on narrow screens.
 * @csspart dialog - The dialog holding the filters on narrow screens.
 * @csspart panel - The filters.
 * @csspart show-results - The "Show N results" button at the foot of the dialog.
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
 * @cssprop --signpost-background-solid - Behind the filters dialog (#ffffff).
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 */
export class SignpostFilters extends LitElement {
  static override styles = [hostStyles, controlStyles, filtersStyles];

  /** On narrow screens: the filters open in a dialog from a "Filters" button. */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @consume({ context: searchContext, subscribe: true })
  @state()
  private search: FinderSearch | undefined;

  /** Need groups showing all their terms (wide layout). */
  @state() private expanded = new Set<string>();
  @state() private customAgeError = '';

  /** The dialog (narrow screens), fetched the first time a person opens the filters. */
  #dialog: FiltersDialog | undefined;
  #dialogLoading: Promise<FiltersDialog | undefined> | undefined;

  /** Open the filters dialog (narrow screens). */
  async showDialog(): Promise<void> {
    (await this.#loadDialog())?.open();
  }

  #loadDialog(): Promise<FiltersDialog | undefined> {
    if (this.#dialog) return Promise.resolve(this.#dialog);
    this.#dialogLoading ??= import('./dialog.js').then(
      ({ FiltersDialog }) => {
        this.#dialog = new FiltersDialog(this);
        this.requestUpdate();
        return this.#dialog;
      },
      (error: unknown) => {
        this.#dialogLoading = undefined;
        console.error('[signpost-filters] the filters could not be loaded', error);
        return undefined;
      },
    );
    return this.#dialogLoading;
  }

  #change(patch: Partial<FinderState>): void {
    emit(this, 'signpost-state-change', { patch });
  }

  #toggleTerm(id: string, on: boolean): void {
    const terms = new Set(this.search!.state.terms);
    if (on) terms.add(id);
    else terms.delete(id);
    this.#change({ terms: [...terms] });
  }

  #applyCustomAges(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const read = (name: string) => {
      const v = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      return v === '' ? undefined : Number(v);
    };
    const min = read('age-min');
    const max = read('age-max');
    const bad = (n: number | undefined) => n !== undefined && (!Number.isInteger(n) || n < 0 || n > 120);
    if (bad(min) || bad(max) || (min !== undefined && max !== undefined && min > max)) {
      this.customAgeError = this.config!.i18n.t('ageInvalid');
      return;
    }
    this.customAgeError = '';
    const ages: AgeRange = {};
    if (min !== undefined) ages.min = min;
    if (max !== undefined) ages.max = max;
    this.#change({ ages });
  }

  protected override render() {
    const { config, search } = this;
    if (!config || !search) return nothing;
    const { i18n } = config;
    const groups = html`${fixedNotes(search, i18n).map((note) => html`<p class="fixed">${note}</p>`)} ${this.#needs(search, i18n)}
      ${this.#ages(search, i18n)} ${this.#day(search, i18n)} ${this.#time(search, i18n)} ${this.#cost(search, i18n)} ${this.#access(search, i18n)}`;
    if (!this.collapsible) {
      return html`<div id="panel" part="panel" class="panel" role="group" aria-labelledby="filters-heading">
        <h2 id="filters-heading">${i18n.t('filtersHeading')}</h2>
        ${groups}
      </div>`;
    }
    const count = activeFilterCount(search, i18n);
    return html`<button class="button secondary toggle" part="toggle" type="button" aria-haspopup="dialog" @click=${() => void this.showDialog()}>
        ${i18n.t('filtersToggle', { count })}
      </button>
      ${this.#dialog?.render(search, i18n, groups) ?? nothing}`;
  }

  /** A group of choices (in the dialog, one that folds). */
  #group(id: string, legend: string, chosen: number, body: TemplateResult, legendId?: string) {
    if (this.collapsible && this.#dialog) return this.#dialog.group(id, legend, chosen, body, legendId, this.config!.i18n);
    return html`<fieldset class="group"><legend id=${legendId ?? nothing}>${legend}</legend>${body}</fieldset>`;
  }

  #needs(search: FinderSearch, i18n: I18n) {
    if (!search.capabilities.taxonomy || !search.vocabularies.length) return nothing;
    const fixed = new Set(search.fixed.terms ?? []);
    return search.vocabularies.map((v) => this.#vocabulary(search.state, i18n, v, fixed));
  }

  #vocabulary(state: FinderState, i18n: I18n, vocabulary: Vocabulary, fixed: Set<string>) {
    const terms = vocabulary.terms.filter((t) => !fixed.has(t.id));
    if (!terms.length) return nothing;
    const sorted = [...terms].sort((a, b) => a.name.localeCompare(b.name, i18n.lang));
    // Chosen terms always show, even when the group is folded; in the dialog, each group folds whole.
    const expanded = this.collapsible || this.expanded.has(vocabulary.id);
    const shown = expanded ? sorted : sorted.filter((t, i) => i < SHOW_FIRST || state.terms.includes(t.id));
    const hidden = sorted.length - shown.length;
    const body = html`${shown.map(
      (t) => html`<label class="choice"
        ><input
          type="checkbox"
          .checked=${state.terms.includes(t.id)}
          @change=${(e: Event) => this.#toggleTerm(t.id, (e.target as HTMLInputElement).checked)}
        /><span>${t.name}</span></label
      >`,
    )}
    ${sorted.length > SHOW_FIRST && !this.collapsible
      ? html`<button
          type="button"
          class="link-button"
          aria-expanded=${expanded ? 'true' : 'false'}
          @click=${() => {
            const next = new Set(this.expanded);
            if (expanded) next.delete(vocabulary.id);
            else next.add(vocabulary.id);
            this.expanded = next;
          }}
        >
          ${expanded ? i18n.t('needGroupLess') : i18n.t('needGroupMore', { count: hidden })}
        </button>`
      : nothing}`;
    return this.#group(`needs-${vocabulary.id}`, vocabulary.name || i18n.t('needLegend'), terms.filter((t) => state.terms.includes(t.id)).length, body);
  }

  #ages({ capabilities, fixed, state }: FinderSearch, i18n: I18n) {
    if (!capabilities.age || fixed.ages) return nothing;
    const { min, max } = state.ages;
    const none = min === undefined && max === undefined;
    const preset = AGE_PRESETS.find((p) => p.min === min && p.max === max);
    const body = html`<label class="choice"
        ><input type="radio" name="ages" .checked=${none} @change=${() => this.#change({ ages: {} })} /><span>${i18n.t('ageAny')}</span></label
      >
      ${AGE_PRESETS.map(
        (p) => html`<label class="choice"
          ><input type="radio" name="ages" .checked=${preset === p} @change=${() => this.#change({ ages: { ...p } })} /><span
            >${i18n.t('agePreset', p)}</span
          ></label
        >`,
      )}
      <details class="custom-ages" ?open=${!none && !preset}>
        <summary>${i18n.t('ageCustom')}</summary>
        <form @submit=${this.#applyCustomAges} novalidate>
          ${this.customAgeError ? html`<span class="error-message" id="age-error">${this.customAgeError}</span>` : nothing}
          <div class="age-inputs">
            <div>
              <label for="age-min">${i18n.t('ageFrom')}</label>
              <input class="input" id="age-min" name="age-min" inputmode="numeric" pattern="[0-9]*" .value=${!preset && min !== undefined ? String(min) : ''} aria-describedby=${this.customAgeError ? 'age-error' : nothing} />
            </div>
            <div>
              <label for="age-max">${i18n.t('ageTo')}</label>
              <input class="input" id="age-max" name="age-max" inputmode="numeric" pattern="[0-9]*" .value=${!preset && max !== undefined ? String(max) : ''} aria-describedby=${this.customAgeError ? 'age-error' : nothing} />
            </div>
          </div>
          <button class="button secondary" type="submit">${i18n.t('ageApply')}</button>
        </form>
      </details>`;
    return this.#group('ages', i18n.t('ageLegend'), none ? 0 : 1, body);
  }

  #day({ capabilities, state }: FinderSearch, i18n: I18n) {
    if (!capabilities.day) return nothing;
    const body = html`<select id="day" aria-labelledby="day-legend" @change=${(e: Event) => this.#change({ day: ((e.target as HTMLSelectElement).value || undefined) as Weekday | undefined })}>
      <option value="" ?selected=${!state.day}>${i18n.t('dayAny')}</option>
      ${WEEKDAYS.map((d) => html`<option value=${d} ?selected=${state.day === d}>${dayName(d, i18n)}</option>`)}
    </select>`;
    return this.#group('day', i18n.t('dayLegend'), state.day ? 1 : 0, body, 'day-legend');
  }

  #time({ capabilities, state, result }: FinderSearch, i18n: I18n) {
    // by the endpoint where it can, else from the schedules: offered when either can answer
    if (!capabilities.time && !state.time && !(result?.items ?? []).some((s) => s.schedules.length)) return nothing;
    const body = html`<label class="choice"
        ><input type="radio" name="time" .checked=${!state.time} @change=${() => this.#change({ time: undefined })} /><span>${i18n.t('timeAny')}</span></label
      >
      ${TIMES_OF_DAY.map(
        (t) => html`<label class="choice"
          ><input type="radio" name="time" .checked=${state.time === t} @change=${() => this.#change({ time: t })} /><span>${timeLabel(t, i18n)}</span></label
        >`,
      )}`;
    return this.#group('time', i18n.t('timeLegend'), state.time ? 1 : 0, body);
  }

  #cost({ state, result }: FinderSearch, i18n: I18n) {
    const known = state.freeOnly || (result?.items ?? []).some((s) => s.free !== undefined);
    if (!known) return nothing;
    const body = html`<label class="choice"
      ><input type="checkbox" .checked=${state.freeOnly} @change=${(e: Event) => this.#change({ freeOnly: (e.target as HTMLInputElement).checked })} /><span
        >${i18n.t('freeOnly')}</span
      ></label
    >`;
    return this.#group('cost', i18n.t('costLegend'), state.freeOnly ? 1 : 0, body);
  }

  #access({ state, result, scan }: FinderSearch, i18n: I18n) {
    const present = new Set([...(result?.items ?? []), ...(scan?.matches ?? [])].map((s) => s.access).filter(Boolean));
    if (state.access) present.add(state.access);
    if (!present.size) return nothing;
    const routes = ACCESS_ROUTES.filter((r) => present.has(r));
    const body = html`<label class="choice"
        ><input type="radio" name="access" .checked=${!state.access} @change=${() => this.#change({ access: undefined })} /><span
          >${i18n.t('accessAny')}</span
        ></label
      >
      ${routes.map(
        (r: AccessRoute) => html`<label class="choice"
          ><input type="radio" name="access" .checked=${state.access === r} @change=${() => this.#change({ access: r })} /><span
            >${accessLabel(r, i18n)}</span
          ></label
        >`,
      )}`;
    return this.#group('access', i18n.t('accessLegend'), state.access ? 1 : 0, body);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-filters': SignpostFilters;
  }
}
