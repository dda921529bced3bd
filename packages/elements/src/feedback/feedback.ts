import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LISTING_REASONS,
  buildReport,
  isEmailAddress,
  mailtoUrl,
  reportText,
  searchForReport,
  type DeliveryResult,
  type FeedbackKind,
  type FeedbackReason,
  type FeedbackReport,
  type FeedbackSearch,
  type ListingReason,
  type Service,
} from '@signpost/core';
import { finderContext, type FeedbackConfig, type FinderContext } from '../shared/context.js';
import { emit, type SignpostEventMap } from '../shared/events.js';
import { ageLabel } from '../shared/format.js';
import { I18n, langOf, type StringKey, type StringTable } from '../shared/i18n.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { feedbackStyles } from './feedback.styles.js';
import { feedbackOutbox, feedbackRateLimit, flushFeedbackOutboxOnce } from './outbox.js';

type Phase = 'closed' | 'open' | 'sending' | 'sent' | 'queued' | 'failed' | 'mailto';

/** How a report travels and who it reaches. */
interface Channel {
  /** POST to this URL; otherwise the person's email app. */
  endpoint?: string;
  /** The mailto recipient: the only channel without an endpoint, the fallback with one. */
  email?: string;
  /** Who receives it, in words. */
  recipient: string;
  /** The sentence saying where the report goes and what happens next. */
  who: string;
}

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
 * assurer, the service or its organisation by email. Inside signpost-finder the finder's
 * feedback-* attributes apply.
 *
 * @fires signpost-feedback - A report was sent, queued, failed or handed to the email app: {kind, reason, serviceId, outcome}; no personal data.
 * @csspart toggle - The button that opens the form.
 * @csspart form - The form.
 * @csspart status - The sentence saying what happened to the report.
 * @cssprop --signpost-feedback-background - Background of the open form (a light grey).
 * @cssprop --signpost-feedback-border - The line beside the open form.
 * @cssprop --signpost-link - Colour of the "report a problem" link.
 * @cssprop --signpost-primary - Colour of the send button.
 */
export class SignpostFeedback extends LitElement {
  static override styles = [hostStyles, controlStyles, feedbackStyles];

  /** "listing" (a problem with a service's information) or "unmet-need" (can't find what you need). */
  @property({ reflect: true }) kind: FeedbackKind = 'listing';
  /** The listing reported (kind="listing"). */
  @property({ attribute: false }) service: Service | undefined;
  /** A URL that accepts POSTed JSON reports. */
  @property({ attribute: 'feedback-endpoint' }) feedbackEndpoint = '';
  /** An email address: the channel when there is no endpoint, and the fallback when posting fails. */
  @property({ attribute: 'feedback-email' }) feedbackEmail = '';
  /** Who receives reports, in words, e.g. "the Family Information Service". */
  @property({ attribute: 'feedback-recipient' }) feedbackRecipient = '';
  /** The ORUK API the listing came from (recorded in the report; a finder's own endpoint is used inside one). */
  @property({ attribute: 'oruk-endpoint' }) orukEndpoint = '';
  /** en or cy (inside a finder, the finder's language). */
  @property({ attribute: 'lang' }) locale = '';
  @property({ attribute: false }) strings: Partial<StringTable> = {};
  /** A small link that opens the form in place (for result cards). */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Start with the form open. */
  @property({ type: Boolean }) open = false;

  @consume({ context: finderContext, subscribe: true })
  @state()
  private ctx: FinderContext | undefined;

  @state() private phase: Phase = 'closed';
  @state() private reason: ListingReason | '' = '';
  @state() private message = '';
  @state() private consent = false;
  @state() private email = '';
  @state() private errors: { reason?: string; email?: string; message?: string } = {};
  @state() private statusText = '';
  @state() private limitedText = '';
  @state() private copyState: 'idle' | 'copied' | 'manual' = 'idle';

  #report: FeedbackReport | undefined;
  #text = '';
  #unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.open && this.phase === 'closed') this.phase = 'open';
    this.#unsubscribe = feedbackOutbox().subscribe(this.#onDelivery);
    flushFeedbackOutboxOnce();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Open the email app at a mailto: URL (replaceable, e.g. to open it another way). */
  openEmail(url: string): void {
    window.location.assign(url);
  }

  /** The plain-text report last made (what "Copy report" copies). */
  get reportText(): string {
    return this.#text;
  }

  #i18n(): I18n {
    if (this.ctx?.i18n && !this.locale) return this.ctx.i18n;
    return new I18n(langOf(this, this.locale), { ...this.strings });
  }

  #config(): FeedbackConfig {
    const fromContext = this.ctx?.feedback ?? {};
    return {
      endpoint: this.feedbackEndpoint || fromContext.endpoint || undefined,
      email: this.feedbackEmail || fromContext.email || undefined,
      recipient: this.feedbackRecipient || fromContext.recipient || undefined,
    };
  }

  /** Where this report goes, or undefined when there is nowhere (nothing is shown then). */
  #channel(i18n: I18n): Channel | undefined {
    const config = this.#config();
    const listing = this.kind !== 'unmet-need';
    const configuredEmail = isEmailAddress(config.email) ? config.email : undefined;
    const fallback = listing ? this.#listingEmail(i18n) : undefined;
    if (config.endpoint) {
      const recipient = config.recipient ?? i18n.t('feedbackRecipientDirectory');
      const email = configuredEmail ?? fallback?.email;
      return {
        endpoint: resolveUrl(config.endpoint),
        ...(email ? { email } : {}),
        recipient,
        who: i18n.t(listing ? 'feedbackWhoDirectory' : 'feedbackUnmetWho', { recipient }),
      };
    }
    if (configuredEmail) {
      const recipient = config.recipient ?? configuredEmail;
      return {
        email: configuredEmail,
        recipient,
        who: i18n.t(listing ? 'feedbackWhoDirectoryEmail' : 'feedbackUnmetWhoEmail', { recipient }),
      };
    }
    if (!fallback) return undefined;
    return {
      email: fallback.email,
      recipient: fallback.recipient,
      who: i18n.t(fallback.assurer ? 'feedbackWhoDirectoryEmail' : 'feedbackWhoService', { recipient: fallback.recipient }),
    };
  }

  /** With nothing configured: the listing's assurer, else the service, else its organisation. */
  #listingEmail(i18n: I18n): { email: string; recipient: string; assurer: boolean } | undefined {
    const s = this.service;
    if (!s) return undefined;
    if (isEmailAddress(s.assurerEmail)) {
      return { email: s.assurerEmail, recipient: i18n.t('feedbackRecipientAssurer', { email: s.assurerEmail }), assurer: true };
    }
    if (isEmailAddress(s.email)) {
      return { email: s.email, recipient: i18n.t('feedbackRecipientService', { name: s.name, email: s.email }), assurer: false };
    }
    const org = s.organisation;
    if (org && isEmailAddress(org.email)) {
      return { email: org.email, recipient: i18n.t('feedbackRecipientService', { name: org.name, email: org.email }), assurer: false };
    }
    return undefined;
  }

  /** What the finder was searching for (kind="unmet-need"). */
  #search(): FeedbackSearch | undefined {
    const ctx = this.ctx;
    if (!ctx) return undefined;
    const { state, fixed } = ctx;
    const names = new Map(ctx.vocabularies.flatMap((v) => v.terms.map((t) => [t.id, t.name] as const)));
    const ids = [...new Set([...(fixed.terms ?? []), ...state.terms])];
    const fixedAges = fixed.ages && (fixed.ages.min !== undefined || fixed.ages.max !== undefined) ? fixed.ages : undefined;
    return {
      text: state.text,
      postcode: state.postcode,
      radiusMiles: state.radiusMiles,
      needs: ids.map((id) => {
        const name = names.get(id);
        return name ? { id, name } : { id };
      }),
      ages: fixedAges ?? state.ages,
      ...(state.day ? { day: state.day } : {}),
      freeOnly: state.freeOnly,
      ...(state.access ? { access: state.access } : {}),
    };
  }

  #unmetReason(): FeedbackReason {
    const ctx = this.ctx;
    return ctx?.result && ctx.services.length === 0 ? 'no-results' : 'not-listed';
  }

  protected override render() {
    const i18n = this.#i18n();
    const channel = this.#channel(i18n);
    if (!channel) return nothing;
    const unmet = this.kind === 'unmet-need';
    const formShown = this.phase === 'open' || this.phase === 'sending';
    const toggleShown = this.phase === 'closed' || formShown;
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
            @click=${this.#toggle}
          >
            ${toggleText}${!unmet && this.service
              ? html`<span class="visually-hidden"> ${i18n.t('feedbackListingToggleAbout', { name: this.service.name })}</span>`
              : nothing}
          </button>`
        : nothing}
      <div id="panel" class="panel" ?hidden=${!formShown}>${formShown ? this.#form(i18n, channel, toggleText) : nothing}</div>
      <div class="status ${this.phase}" part="status" role="status" aria-live="polite" tabindex="-1">${this.statusText}</div>
      ${this.#outcome(i18n, channel)}
    </div>`;
  }

  #form(i18n: I18n, channel: Channel, label: string) {
    const unmet = this.kind === 'unmet-need';
    const sending = this.phase === 'sending';
    const submit = sending ? i18n.t('feedbackSending') : channel.endpoint ? i18n.t(unmet ? 'feedbackUnmetSend' : 'feedbackSend') : i18n.t('feedbackSendByEmail');
    return html`<form part="form" novalidate aria-label=${label} @submit=${this.#submit}>
      <p class="who">${channel.who}</p>
      ${unmet ? this.#unmetFields(i18n) : this.#listingFields(i18n)}
      <div class="trap" aria-hidden="true">
        <label for="website">${i18n.t('feedbackHoneypot')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.limitedText ? html`<p class="error-message limited">${this.limitedText}</p>` : nothing}
      <div class="buttons">
        <button class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${submit}</button>
        <button class="link-button" type="button" @click=${this.#cancel}>${i18n.t('feedbackCancel')}</button>
      </div>
    </form>`;
  }

  #listingFields(i18n: I18n) {
    const { errors } = this;
    return html`<fieldset aria-describedby=${errors.reason ? 'reason-error' : nothing}>
        <legend>${i18n.t('feedbackReasonLegend')}</legend>
        ${errors.reason ? html`<p id="reason-error" class="error-message">${errors.reason}</p>` : nothing}
        ${LISTING_REASONS.map(
          (r) => html`<label class="choice">
            <input
              type="radio"
              name="reason"
              value=${r}
              .checked=${this.reason === r}
              @change=${() => {
                this.reason = r;
                this.errors = { ...this.errors, reason: undefined };
              }}
            />
            <span>${i18n.t(`feedbackReason_${r}`)}</span>
          </label>`,
        )}
      </fieldset>
      ${this.#messageField(i18n, 'feedbackDetailsLabel', 'feedbackDetailsHint')}
      <label class="choice consent">
        <input type="checkbox" id="consent" .checked=${this.consent} @change=${this.#onConsent} />
        <span>${i18n.t('feedbackConsentLabel')}</span>
      </label>
      ${this.consent
        ? html`<div class="field email">
            <label for="email">${i18n.t('feedbackEmailLabel')}</label>
            <span class="hint" id="email-hint">${i18n.t('feedbackEmailHint')}</span>
            ${errors.email ? html`<p id="email-error" class="error-message">${errors.email}</p>` : nothing}
            <input
              class="input"
              type="email"
              id="email"
              name="email"
              autocomplete="email"
              spellcheck="false"
              aria-describedby=${errors.email ? 'email-hint email-error' : 'email-hint'}
              aria-invalid=${errors.email ? 'true' : 'false'}
              .value=${this.email}
              @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
            />
          </div>`
        : nothing}`;
  }

  #unmetFields(i18n: I18n) {
    const lines = this.#searchLines(i18n);
    return html`${lines.length
        ? html`<p>${i18n.t('feedbackUnmetIncludes')}</p>
            <ul class="searched">
              ${lines.map((l) => html`<li>${l}</li>`)}
            </ul>`
        : nothing}
      ${this.#messageField(i18n, 'feedbackUnmetDetailsLabel', 'feedbackUnmetDetailsHint')}`;
  }

  #messageField(i18n: I18n, label: StringKey, hint: StringKey) {
    const error = this.errors.message;
    return html`<div class="field">
      <label for="message">${i18n.t(label)}</label>
      <span class="hint" id="message-hint">${i18n.t(hint)}</span>
      ${error ? html`<p id="message-error" class="error-message">${error}</p>` : nothing}
      <textarea
        class="input"
        id="message"
        name="message"
        rows="4"
        maxlength="5000"
        aria-describedby=${error ? 'message-hint message-error' : 'message-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.message}
        @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  /** What the "can't find" report will carry, in words (the person sees exactly what is sent). */
  #searchLines(i18n: I18n): string[] {
    const search = this.#search();
    if (!search) return [];
    const { query, filters } = searchForReport(search);
    const lines: string[] = [];
    if (query?.text) lines.push(i18n.t('feedbackUnmetWords', { text: query.text }));
    if (filters?.needs?.length) lines.push(i18n.t('feedbackUnmetNeeds', { needs: filters.needs.map((n) => n.name ?? n.id).join(', ') }));
    const ages = filters?.ages ? ageLabel(filters.ages, i18n) : undefined;
    if (ages) lines.push(i18n.t('feedbackUnmetAges', { ages }));
    if (filters?.area) lines.push(i18n.t('feedbackUnmetArea', { area: filters.area }));
    return lines;
  }

  #outcome(i18n: I18n, channel: Channel): TemplateResult | typeof nothing {
    const phase = this.phase;
    if (phase === 'closed' || phase === 'open' || phase === 'sending') return nothing;
    const mailto = channel.email ? this.#mailto(i18n, channel.email) : undefined;
    const copy = html`<button class="button secondary" type="button" @click=${this.#copy}>${i18n.t('feedbackCopy')}</button>`;
    const emailInstead = mailto
      ? html`<a class="button secondary" href=${mailto} @click=${() => this.#emit('mailto')}>${i18n.t('feedbackEmailInstead')}</a>`
      : nothing;
    let help: unknown = nothing;
    let actions: unknown = nothing;
    if (phase === 'sent') {
      actions = html`<button class="link-button" type="button" @click=${this.#again}>${i18n.t('feedbackAnother')}</button>`;
    } else if (phase === 'queued') {
      help = html`<p>${i18n.t('feedbackQueuedHelp')}</p>`;
      actions = html`${copy} ${emailInstead}`;
    } else if (phase === 'failed') {
      help = html`<p>${i18n.t('feedbackFailedHelp')}</p>`;
      actions = html`<button class="button secondary" type="button" @click=${this.#retry}>${i18n.t('feedbackTryAgain')}</button> ${copy}
        ${emailInstead}`;
    } else if (phase === 'mailto') {
      help = html`<p>${i18n.t('feedbackMailtoHelp')}</p>
        ${mailto ? html`<p><a href=${mailto}>${i18n.t('feedbackMailtoLink', { email: channel.email ?? '' })}</a></p>` : nothing}`;
      actions = copy;
    }
    return html`<div class="outcome ${phase}">
      ${help}
      <div class="buttons">${actions}</div>
      ${this.#copyNote(i18n)}
    </div>`;
  }

  #copyNote(i18n: I18n) {
    if (this.copyState === 'copied') return html`<p class="copy-note" role="status">${i18n.t('feedbackCopied')}</p>`;
    if (this.copyState === 'manual') {
      return html`<div class="field copy-manual">
        <label for="copy-text">${i18n.t('feedbackCopyLabel')}</label>
        <span class="hint" id="copy-hint">${i18n.t('feedbackCopyManual')}</span>
        <textarea class="input" id="copy-text" readonly rows="8" aria-describedby="copy-hint" .value=${this.#text}></textarea>
      </div>`;
    }
    return nothing;
  }

  #mailto(i18n: I18n, to: string): string | undefined {
    if (!this.#report) return undefined;
    const subject =
      this.#report.kind === 'listing'
        ? i18n.t('feedbackSubjectListing', { name: this.#report.service?.name ?? this.#report.service?.id ?? '' })
        : i18n.t('feedbackSubjectUnmet');
    return mailtoUrl({ to, subject, body: this.#text, shortenedNote: i18n.t('feedbackTextShortened') });
  }

  #toggle = (): void => {
    const opening = this.phase === 'closed';
    this.phase = opening ? 'open' : 'closed';
    if (opening) {
      this.statusText = '';
      this.copyState = 'idle';
    }
  };

  #cancel = async (): Promise<void> => {
    this.phase = 'closed';
    this.errors = {};
    this.limitedText = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  };

  #onConsent = (e: Event): void => {
    this.consent = (e.target as HTMLInputElement).checked;
    if (!this.consent) this.errors = { ...this.errors, email: undefined };
  };

  #again = async (): Promise<void> => {
    this.reason = '';
    this.message = '';
    this.consent = false;
    this.email = '';
    this.errors = {};
    this.statusText = '';
    this.copyState = 'idle';
    this.#report = undefined;
    this.phase = 'open';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  };

  #retry = async (): Promise<void> => {
    this.statusText = '';
    this.copyState = 'idle';
    this.phase = 'open';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form input, form textarea')?.focus();
  };

  #validate(i18n: I18n): boolean {
    const errors: typeof this.errors = {};
    if (this.kind === 'unmet-need') {
      if (!this.message.trim() && !this.#searchLines(i18n).length) errors.message = i18n.t('feedbackUnmetRequired');
    } else {
      if (!this.reason) errors.reason = i18n.t('feedbackReasonRequired');
      if (this.consent && !isEmailAddress(this.email.trim())) errors.email = i18n.t('feedbackEmailInvalid');
    }
    this.errors = errors;
    return !errors.reason && !errors.email && !errors.message;
  }

  #submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.phase === 'sending') return;
    const i18n = this.#i18n();
    const channel = this.#channel(i18n);
    if (!channel) return;
    this.limitedText = '';
    if (!this.#validate(i18n)) {
      await this.updateComplete;
      const first = this.errors.reason ? 'input[name="reason"]' : this.errors.email ? '#email' : '#message';
      this.renderRoot.querySelector<HTMLElement>(first)?.focus();
      return;
    }
    const trap = this.renderRoot.querySelector<HTMLInputElement>('#website');
    const report = this.#build();
    this.#report = report;
    this.#text = reportText(report, this.#labels(i18n));
    if (trap?.value) {
      // Filled by a bot: look sent, send nothing.
      await this.#settle({ outcome: 'sent', id: report.id, status: 200, duplicate: false }, true, false);
      return;
    }
    if (!channel.endpoint) {
      const url = channel.email ? this.#mailto(i18n, channel.email) : undefined;
      this.phase = 'mailto';
      this.statusText = i18n.t('feedbackMailtoOpened');
      this.#emit('mailto');
      await this.#focusStatus();
      if (url) this.openEmail(url);
      return;
    }
    if (!feedbackRateLimit.take()) {
      const minutes = Math.max(1, Math.ceil(feedbackRateLimit.waitMs() / 60_000));
      this.limitedText = i18n.t('feedbackRateLimited', { count: minutes });
      return;
    }
    this.phase = 'sending';
    let result: DeliveryResult;
    try {
      result = await feedbackOutbox().send(channel.endpoint, report);
    } catch {
      // Whatever went wrong, a send ends in a state that offers copying and emailing the report.
      result = { outcome: 'failed', id: report.id, status: 0, message: i18n.t('feedbackFailedUnexpected') };
    }
    await this.#settle(result, true);
  };

  #build(): FeedbackReport {
    const unmet = this.kind === 'unmet-need';
    const endpoint = this.ctx?.endpoint || (this.orukEndpoint ? resolveUrl(this.orukEndpoint) : undefined);
    return buildReport({
      kind: this.kind,
      reason: unmet ? this.#unmetReason() : (this.reason as ListingReason),
      message: this.message,
      ...(unmet ? {} : { consent: this.consent, email: this.consent ? this.email.trim() : undefined }),
      service: !unmet && this.service ? { id: this.service.id, name: this.service.name } : undefined,
      endpoint,
      pageUrl: location.href,
      search: unmet ? this.#search() : undefined,
    });
  }

  #labels(i18n: I18n) {
    const unmet = this.kind === 'unmet-need';
    return {
      title: i18n.t(unmet ? 'feedbackTextTitleUnmet' : 'feedbackTextTitleListing'),
      service: i18n.t('feedbackTextService'),
      reason: i18n.t('feedbackTextReason'),
      reasonName: (r: FeedbackReason) => i18n.t(`feedbackReason_${r}`),
      message: i18n.t('feedbackTextMessage'),
      contact: i18n.t('feedbackTextContact'),
      noContact: i18n.t('feedbackTextNoContact'),
      words: i18n.t('feedbackTextWords'),
      needs: i18n.t('feedbackTextNeeds'),
      ages: i18n.t('feedbackTextAges'),
      agesName: (ages: { min?: number; max?: number }) => ageLabel(ages, i18n) ?? '',
      area: i18n.t('feedbackTextArea'),
      page: i18n.t('feedbackTextPage'),
      endpoint: i18n.t('feedbackTextEndpoint'),
      reference: i18n.t('feedbackTextReference'),
      sentAt: i18n.t('feedbackTextSentAt'),
    };
  }

  /** A result for the report on screen: from sending it, or later from the outbox in the background. */
  async #settle(result: DeliveryResult, direct: boolean, announce = true): Promise<void> {
    const i18n = this.#i18n();
    const channel = this.#channel(i18n);
    const recipient = channel?.recipient ?? '';
    const unmet = this.kind === 'unmet-need';
    if (result.outcome === 'sent') {
      this.phase = 'sent';
      this.statusText = i18n.t(unmet ? 'feedbackUnmetSent' : 'feedbackSent', { recipient });
    } else if (result.outcome === 'queued') {
      this.phase = 'queued';
      this.statusText = i18n.t(result.reason === 'offline' ? 'feedbackQueuedOffline' : 'feedbackQueuedUnavailable');
    } else {
      this.phase = 'failed';
      this.statusText = i18n.t('feedbackFailed', { reason: result.message });
    }
    if (announce) this.#emit(result.outcome);
    if (direct) await this.#focusStatus();
  }

  #onDelivery = (result: DeliveryResult): void => {
    // Only a report that was left queued is settled here; a fresh send is settled by #submit.
    if (this.phase !== 'queued' || result.id !== this.#report?.id || result.outcome === 'queued') return;
    void this.#settle(result, false);
  };

  async #focusStatus(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  }

  #copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.#text);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'manual';
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text');
      area?.focus();
      area?.select();
    }
  };

  #emit(outcome: SignpostEventMap['signpost-feedback']['outcome']): void {
    const report = this.#report;
    const detail: SignpostEventMap['signpost-feedback'] = { kind: this.kind, outcome };
    if (report?.reason) detail.reason = report.reason;
    if (report?.service) detail.serviceId = report.service.id;
    emit(this, 'signpost-feedback', detail);
  }
}

function resolveUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-feedback': SignpostFeedback;
  }
}
