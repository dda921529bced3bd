/**
 * The report form's state and behaviour, as a reactive controller of signpost-feedback:
 * what the person chose and wrote, checking it, sending it (or handing it to their email
 * app) and saying what became of it. Loaded when a person first opens a report.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  buildReport,
  isEmailAddress,
  mailtoUrl,
  reportText,
  type DeliveryResult,
  type FeedbackKind,
  type FeedbackReason,
  type FeedbackReport,
  type ListingReason,
  type ReportRoute,
  type Service,
} from '@signpost/core';
import type { FinderSearch } from '../shared/context.js';
import type { SignpostEventMap } from '../shared/events.js';
import type { I18n } from '../shared/i18n.js';
import { addStyles } from '../shared/styles.js';
import { feedbackOutbox, feedbackRateLimit } from './delivery.js';
import { renderForm } from './fields.js';
import { formStyles } from './form.styles.js';
import { renderOutcome } from './outcome.js';
import { feedbackSearch, reportLabels, routeWords, searchLines } from './words.js';
import './strings.en.js';

export type Phase = 'closed' | 'open' | 'sending' | 'sent' | 'queued' | 'failed' | 'mailto';

/** What the form needs from its element, read when it is needed. */
export interface FormSituation {
  kind: FeedbackKind;
  service: Service | undefined;
  i18n: I18n;
  route: ReportRoute;
  /** The directory the listing came from (recorded in the report). */
  directory: string | undefined;
  /** The finder's search (kind "unmet-need"). */
  search?: FinderSearch | undefined;
}

export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  openEmail(url: string): void;
  emitFeedback(detail: SignpostEventMap['signpost-feedback']): void;
}

export class ReportForm implements ReactiveController {
  phase: Phase = 'closed';
  reason: ListingReason | '' = '';
  message = '';
  consent = false;
  email = '';
  errors: { reason?: string | undefined; email?: string | undefined; message?: string | undefined } = {};
  statusText = '';
  limitedText = '';
  copyState: 'idle' | 'copied' | 'manual' = 'idle';
  /** The report last made, and its plain text (what "Copy report" copies). */
  report: FeedbackReport | undefined;
  text = '';

  readonly #host: FormHost;
  readonly #situation: () => FormSituation | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: FormHost, situation: () => FormSituation | undefined) {
    this.#host = host;
    this.#situation = situation;
    host.addController(this);
    addStyles(host.renderRoot as ShadowRoot, formStyles);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.#unsubscribe ??= feedbackOutbox().subscribe(this.#onDelivery);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #set(changes: Partial<Pick<ReportForm, 'phase' | 'reason' | 'message' | 'consent' | 'email' | 'errors' | 'statusText' | 'limitedText' | 'copyState'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  /** A change the person made to the form. */
  change(changes: Partial<Pick<ReportForm, 'reason' | 'message' | 'consent' | 'email' | 'errors'>>): void {
    this.#set(changes);
  }

  get formShown(): boolean {
    return this.phase === 'open' || this.phase === 'sending';
  }

  renderForm(label: string) {
    const situation = this.#situation();
    if (!situation) return undefined;
    return renderForm(this, situation, routeWords(situation.route, situation.kind, situation.i18n).who, label);
  }

  renderOutcome() {
    const situation = this.#situation();
    return situation ? renderOutcome(this, situation) : undefined;
  }

  /** The mailto: URL for the report made, to `to`. */
  mailto(i18n: I18n, to: string): string | undefined {
    if (!this.report) return undefined;
    const subject =
      this.report.kind === 'listing'
        ? i18n.t('feedbackSubjectListing', { name: this.report.service?.name ?? this.report.service?.id ?? '' })
        : i18n.t('feedbackSubjectUnmet');
    return mailtoUrl({ to, subject, body: this.text, shortenedNote: i18n.t('feedbackTextShortened') });
  }

  toggle = (): void => {
    const opening = this.phase === 'closed';
    this.#set(opening ? { phase: 'open', statusText: '', copyState: 'idle' } : { phase: 'closed' });
  };

  cancel = async (): Promise<void> => {
    this.#set({ phase: 'closed', errors: {}, limitedText: '' });
    await this.#focus('.toggle');
  };

  again = async (): Promise<void> => {
    this.report = undefined;
    this.#set({ reason: '', message: '', consent: false, email: '', errors: {}, statusText: '', copyState: 'idle', phase: 'open' });
    await this.#focus('.toggle');
  };

  retry = async (): Promise<void> => {
    this.#set({ statusText: '', copyState: 'idle', phase: 'open' });
    await this.#focus('form input, form textarea');
  };

  submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const situation = this.#situation();
    if (this.phase === 'sending' || !situation) return;
    const { i18n, route } = situation;
    this.#set({ limitedText: '' });
    if (!this.#validate(situation)) {
      await this.#focus(this.errors.reason ? 'input[name="reason"]' : this.errors.email ? '#email' : '#message');
      return;
    }
    const trap = this.#host.renderRoot.querySelector<HTMLInputElement>('#website');
    const report = this.#build(situation);
    this.report = report;
    this.text = reportText(report, reportLabels(situation.kind, i18n));
    if (trap?.value) {
      // Filled by a bot: look sent, send nothing.
      await this.#settle({ outcome: 'sent', id: report.id, status: 200, duplicate: false }, true, false);
      return;
    }
    if (!route.endpoint) {
      const url = route.email ? this.mailto(i18n, route.email) : undefined;
      this.#set({ phase: 'mailto', statusText: i18n.t('feedbackMailtoOpened') });
      this.emit('mailto');
      await this.#focus('.status');
      if (url) this.#host.openEmail(url);
      return;
    }
    if (!feedbackRateLimit.take()) {
      const minutes = Math.max(1, Math.ceil(feedbackRateLimit.waitMs() / 60_000));
      this.#set({ limitedText: i18n.t('feedbackRateLimited', { count: minutes }) });
      return;
    }
    this.#set({ phase: 'sending' });
    let result: DeliveryResult;
    try {
      result = await feedbackOutbox().send(resolveUrl(route.endpoint), report);
    } catch {
      // Whatever went wrong, a send ends in a state that offers copying and emailing the report.
      result = { outcome: 'failed', id: report.id, status: 0, message: i18n.t('feedbackFailedUnexpected') };
    }
    await this.#settle(result, true);
  };

  copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.text);
      this.#set({ copyState: 'copied' });
    } catch {
      this.#set({ copyState: 'manual' });
      await this.#host.updateComplete;
      const area = this.#host.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text');
      area?.focus();
      area?.select();
    }
  };

  emit(outcome: SignpostEventMap['signpost-feedback']['outcome']): void {
    const situation = this.#situation();
    const report = this.report;
    const detail: SignpostEventMap['signpost-feedback'] = { kind: situation?.kind ?? 'listing', outcome };
    if (report?.reason) detail.reason = report.reason;
    if (report?.service) detail.serviceId = report.service.id;
    this.#host.emitFeedback(detail);
  }

  #validate({ kind, i18n, search }: FormSituation): boolean {
    const errors: ReportForm['errors'] = {};
    if (kind === 'unmet-need') {
      if (!this.message.trim() && !searchLines(search && feedbackSearch(search), i18n).length) errors.message = i18n.t('feedbackUnmetRequired');
    } else {
      if (!this.reason) errors.reason = i18n.t('feedbackReasonRequired');
      if (this.consent && !isEmailAddress(this.email.trim())) errors.email = i18n.t('feedbackEmailInvalid');
    }
    this.#set({ errors });
    return !errors.reason && !errors.email && !errors.message;
  }

  #build({ kind, service, directory, search }: FormSituation): FeedbackReport {
    const unmet = kind === 'unmet-need';
    const reason: FeedbackReason = unmet ? (search?.result && search.services.length === 0 ? 'no-results' : 'not-listed') : (this.reason as ListingReason);
    return buildReport({
      kind,
      reason,
      message: this.message,
      ...(unmet ? {} : { consent: this.consent, email: this.consent ? this.email.trim() : undefined }),
      service: !unmet && service ? { id: service.id, name: service.name } : undefined,
      endpoint: directory ? resolveUrl(directory) : undefined,
      pageUrl: location.href,
      search: unmet && search ? feedbackSearch(search) : undefined,
    });
  }

  /** A result for the report on screen: from sending it, or later from the outbox in the background. */
  async #settle(result: DeliveryResult, direct: boolean, announce = true): Promise<void> {
    const situation = this.#situation();
    if (!situation) return;
    const { i18n, kind, route } = situation;
    const { recipient } = routeWords(route, kind, i18n);
    if (result.outcome === 'sent') {
      this.#set({ phase: 'sent', statusText: i18n.t(kind === 'unmet-need' ? 'feedbackUnmetSent' : 'feedbackSent', { recipient }) });
    } else if (result.outcome === 'queued') {
      this.#set({ phase: 'queued', statusText: i18n.t(result.reason === 'offline' ? 'feedbackQueuedOffline' : 'feedbackQueuedUnavailable') });
    } else {
      this.#set({ phase: 'failed', statusText: i18n.t('feedbackFailed', { reason: result.message }) });
    }
    if (announce) this.emit(result.outcome);
    if (direct) await this.#focus('.status');
  }

  #onDelivery = (result: DeliveryResult): void => {
    // Only a report that was left queued is settled here; a fresh send is settled by submit.
    if (this.phase !== 'queued' || result.id !== this.report?.id || result.outcome === 'queued') return;
    void this.#settle(result, false);
  };

  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

function resolveUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}
