import { consume, ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { routeReport, type FeedbackKind, type ReportRoute, type Service } from '@signpost/core';
import { configContext, searchContext, type FinderConfig } from '../shared/context.js';
import { emit, type SignpostEventMap } from '../shared/events.js';
import type { I18n, StringTable } from '../shared/i18n.js';
import { LangLoader } from '../shared/lang-loader.js';
import { i18nResolver, setting } from '../shared/settings.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { feedbackStyles } from './feedback.styles.js';
import type { FormSituation, ReportForm } from './form.js';
import { flushPendingReports } from './outbox.js';

/**
 * @summary "Report a problem with this information" for a listing, or "Can't find what
 * you need?" for a search: a short form that says who receives the report, then sends
 * it without losing it (an outbox that retries) or opens the person's email app.
 *
 * kind="listing" (the default) reports a problem with `service`; kind="unmet-need"
 * records what was searched for (words, needs, ages, and the postcode district only) as
 * evidence of an unmet need, and is shown only when a feedback endpoint or email is set.
 *
 * Reports go to `feedback-endpoint` (POSTed JSON, see the README's "Feedback reports"),
 * else to `feedback-email` (a prefilled email), else, for a listing, to the listing's
 * assurer, the service or its organisation by email (core's routeReport decides). Inside
 * signpost-finder, each feedback-* attribute left unset is the finder's. The form itself
 * is fetched when a person first opens it.
 *
 * @fires signpost-feedback - A report was sent, queued, failed or handed to the email app: {kind, reason, serviceId, outcome}; no personal data.
 * @csspart toggle - The button that opens the form.
 * @csspart form - The form.
 * @csspart status - The sentence saying what happened to the report.
 * @cssprop --signpost-font-family - Typeface (the system's UI font).
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
 * @cssprop --signpost-success - A report sent (#00703c).
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 * @cssprop --signpost-feedback-background - Background of the open report form (#f8f8f8).
 * @cssprop --signpost-feedback-border - The line beside the open report form (the border colour).
 */
export class SignpostFeedback extends LitElement {
  static override styles = [hostStyles, controlStyles, feedbackStyles];

  /** "listing" (a problem with a service's information) or "unmet-need" (can't find what you need). */
  @property({ reflect: true }) kind: FeedbackKind = 'listing';
  /** The listing reported (kind="listing"). */
  @property({ attribute: false }) service: Service | undefined;
  /** A URL that accepts POSTed JSON reports; unset, the finder's. */
  @property({ attribute: 'feedback-endpoint' }) feedbackEndpoint = '';
  /** An email address: the channel when there is no endpoint, and the fallback when posting fails; unset, the finder's. */
  @property({ attribute: 'feedback-email' }) feedbackEmail = '';
  /** Who receives reports, in words, e.g. "the Family Information Service"; unset, the finder's. */
  @property({ attribute: 'feedback-recipient' }) feedbackRecipient = '';
  /** The ORUK API the listing came from (recorded in the report); unset, the finder's. */
  @property({ attribute: 'oruk-endpoint' }) orukEndpoint = '';
  /** en or cy; unset, the finder's, else the page's language. */
  @property({ attribute: 'lang' }) locale = '';
  @property({ attribute: false }) strings: Partial<StringTable> = {};
  /** A small link that opens the form in place (for result cards). */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Start with the form open. */
  @property({ type: Boolean }) open = false;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  /** The finder's search: what a "can't find" report records (a listing report does not follow it). */
  #search: ContextConsumer<typeof searchContext, this> | undefined;

  #i18nFor = i18nResolver();
  #lang = new LangLoader(this);
  #form: ReportForm | undefined;
  #loading: Promise<ReportForm | undefined> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.kind === 'unmet-need') this.#search ??= new ContextConsumer(this, { context: searchContext, subscribe: true });
    flushPendingReports();
    if (this.open) void this.#loadForm().then((form) => form && form.phase === 'closed' && form.toggle());
  }

  /** Open the email app at a mailto: URL (replaceable, e.g. to open it another way). */
  openEmail(url: string): void {
    window.location.assign(url);
  }

  /** The plain-text report last made (what "Copy report" copies). */
  get reportText(): string {
    return this.#form?.text ?? '';
  }

  /** Fires signpost-feedback (for the form). @internal */
  emitFeedback(detail: SignpostEventMap['signpost-feedback']): void {
    emit(this, 'signpost-feedback', detail);
  }

  // Waiting for this element's update includes waiting for a form or strings being fetched, and the render after.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const form = this.#loading;
    const waited = await this.#lang.settled();
    if (!form && !waited) return done;
    await form;
    return super.getUpdateComplete();
  }

  #i18n(): I18n {
    return this.#i18nFor(this, this.locale, this.strings, this.config?.i18n);
  }

  /** Where a report goes: this element's own feedback-* settings, else the finder's. */
  #route(): ReportRoute | undefined {
    const finder = this.config?.feedback;
    const config = {
      endpoint: setting(this.feedbackEndpoint, finder?.endpoint, undefined),
      email: setting(this.feedbackEmail, finder?.email, undefined),
      recipient: setting(this.feedbackRecipient, finder?.recipient, undefined),
    };
    return routeReport(config, this.kind === 'unmet-need' ? 'unmet-need' : 'listing', this.service);
  }

  #situation(): FormSituation | undefined {
    const route = this.#route();
    if (!route) return undefined;
    return {
      kind: this.kind,
      service: this.service,
      i18n: this.#i18n(),
      route,
      directory: setting(this.orukEndpoint, this.config?.endpoint, undefined),
      search: this.#search?.value,
    };
  }

  /** The form, fetched the first time it is wanted (a failed fetch is tried again next time). */
  #loadForm(): Promise<ReportForm | undefined> {
    if (this.#form) return Promise.resolve(this.#form);
    this.#loading ??= import('./form.js').then(
      ({ ReportForm }) => {
        this.#form = new ReportForm(this, () => this.#situation());
        this.#loading = undefined;
        this.requestUpdate();
        return this.#form;
      },
      (error: unknown) => {
        this.#loading = undefined;
        console.error('[signpost-feedback] the report form could not be loaded', error);
        return undefined;
      },
    );
    return this.#loading;
  }

  /** Pointing at (or tabbing to) the link fetches the form's code, ahead of the click. */
  #prefetch = (): void => {
    if (!this.#form) void import('./form.js').catch(() => undefined);
  };

  #toggle = async (): Promise<void> => {
    (await this.#loadForm())?.toggle();
  };

  protected override render() {
    const route = this.#route();
    const i18n = this.#i18n();
    if (!route || !this.#lang.ready(i18n.lang)) return nothing;
    const form = this.#form;
    const unmet = this.kind === 'unmet-need';
    const formShown = Boolean(form?.formShown);
    const toggleShown = !form || form.phase === 'closed' || formShown;
    const toggleText = i18n.t(unmet ? 'feedbackUnmetToggle' : 'feedbackListingToggle');
    return html`<div class="feedback ${unmet ? 'unmet' : 'listing'}" lang=${i18n.lang}>
      ${unmet
        ? html`<h3>${i18n.t('feedbackUnmetHeading')}</h3>
            <p class="intro">${i18n.t('feedbackUnmetIntro')}</p>`
        : nothing}
      ${toggleShown
        ? html`<button
            type="button"
            part="toggle"
            class=${this.compact || !unmet ? 'link-button toggle' : 'button secondary toggle'}
            aria-expanded=${formShown ? 'true' : 'false'}
            aria-controls="panel"
            @pointerenter=${this.#prefetch}
            @focus=${this.#prefetch}
            @click=${this.#toggle}
          >
            ${toggleText}${!unmet && this.service
              ? html`<span class="visually-hidden"> ${i18n.t('feedbackListingToggleAbout', { name: this.service.name })}</span>`
              : nothing}
          </button>`
        : nothing}
      <div id="panel" class="panel" ?hidden=${!formShown}>${formShown ? form!.renderForm(toggleText) : nothing}</div>
      <div class="status ${form?.phase ?? 'closed'}" part="status" role="status" aria-live="polite" tabindex="-1">${form?.statusText ?? ''}</div>
      ${form ? form.renderOutcome() : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-feedback': SignpostFeedback;
  }
}
