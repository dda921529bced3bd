import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toSignpostError, type Directory, type Service } from '@signpost/core';
import { clientFor } from '../shared/client.js';
import { finderContext, type FinderContext } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { errorBody } from '../shared/errors.js';
import { I18n, langOf, type StringTable } from '../shared/i18n.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { headingTags, renderDetail } from './detail.js';
import { html as staticHtml } from 'lit/static-html.js';
import { serviceStyles } from './service.styles.js';

/**
 * @summary One service in full: description, places, times, contacts, costs, who it is
 * for, accessibility, languages and when it was last checked.
 *
 * Inside a signpost-finder it shows the finder's chosen service with a way back. On its
 * own (`endpoint` and `service-id`) it shows that service, e.g. a school's own Local Offer
 * entry. Or set the `service` property to render data you already have.
 *
 * @fires signpost-select - "Back to results" (serviceId undefined), inside a finder.
 * @fires signpost-contact - A website, phone or email link was followed.
 * @fires signpost-feedback - A problem with the listing was reported (see signpost-feedback).
 * @csspart heading - The service name.
 * @csspart back - The "Back to results" button.
 */
export class SignpostService extends LitElement {
  static override styles = [hostStyles, controlStyles, serviceStyles];

  /** The ORUK API base URL (the part before /services); not needed inside a finder. */
  @property() endpoint = '';
  /** The id of the service to show. */
  @property({ attribute: 'service-id' }) serviceId = '';
  /** auto, v1 or v3. */
  @property() dialect = 'auto';
  /** en or cy; unset, the page's language (from the nearest lang attribute), or the finder's inside one. */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /** Months after which the listing is flagged "may be out of date". */
  @property({ attribute: 'stale-after', type: Number }) staleAfter = 12;
  /** A postcodes.io-compatible service, for distances. */
  @property() geocoder = 'https://api.postcodes.io';
  @property({ attribute: false }) strings: Partial<StringTable> = {};
  /** Service data to show as it is, without fetching. */
  @property({ attribute: false }) service: Service | undefined;
  /** Show the developer's details of an error (core's message); inside a finder, the finder's debug. */
  @property({ type: Boolean }) debug = false;
  /** Shown as the finder's detail view: offers "Back to results" and takes focus. */
  @property({ type: Boolean, attribute: 'in-finder' }) inFinder = false;
  /** Where "report a problem with this information" goes: a URL that accepts POSTed JSON reports. */
  @property({ attribute: 'feedback-endpoint' }) feedbackEndpoint = '';
  /** An email address for reports (the channel without an endpoint; the fallback with one). */
  @property({ attribute: 'feedback-email' }) feedbackEmail = '';
  /** Who receives reports, in words, e.g. "the Family Information Service". */
  @property({ attribute: 'feedback-recipient' }) feedbackRecipient = '';
  /** The heading level of the service's name, to fit the host page's outline (2 to 5); its sections are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Map tiles for the places map: a URL template with {z}/{x}/{y}, or "none"; inside a finder, the finder's. */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;
  /** HTML crediting the tiles (links allowed), for a tile-url of your own. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;

  @consume({ context: finderContext, subscribe: true })
  @state()
  private ctx: FinderContext | undefined;

  #task = new Task(this, {
    task: async ([client, id, given], { signal }): Promise<Service | undefined> => {
      if (given) return given;
      if (!client || !id) return undefined;
      const origin = this.ctx?.result?.origin;
      const parsed = await client.getService(id, origin ? { signal, origin } : { signal });
      return parsed.value;
    },
    args: () => [this.#client(), this.serviceId, this.service] as const,
    onComplete: () => {
      // The task asks for its render after this callback: focus the heading once it is there.
      this.#focusHeading = this.inFinder;
    },
  });

  #focusHeading = false;
  #interrupted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#interrupted) void this.#task.run();
    this.#interrupted = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing outlives the element on the page: a request in flight is cancelled.
    if (this.#task.status === TaskStatus.PENDING) {
      this.#task.abort();
      this.#interrupted = true;
    }
  }

  protected override updated(): void {
    const heading = this.#focusHeading ? this.renderRoot.querySelector<HTMLElement>('.title') : null;
    if (heading) {
      this.#focusHeading = false;
      heading.focus();
    }
  }

  #client(): Directory | undefined {
    if (this.ctx?.client) return this.ctx.client;
    if (!this.endpoint) return undefined;
    return clientFor({ endpoint: this.endpoint, dialect: this.dialect, geocoder: this.geocoder });
  }

  #i18n(): I18n {
    return this.ctx?.i18n ?? new I18n(langOf(this, this.locale), this.strings);
  }

  protected override render() {
    const i18n = this.#i18n();
    const back = this.inFinder
      ? html`<button class="link-button back" part="back" type="button" @click=${() => emit(this, 'signpost-select', { serviceId: undefined })}>
          <span aria-hidden="true">‹ </span>${i18n.t('backToResults')}
        </button>`
      : nothing;
    const body = this.#task.render({
      initial: () => (this.endpoint || this.ctx ? nothing : html`<p role="alert">${i18n.t('noEndpoint')}</p>`),
      pending: () => html`<p class="muted" role="status">${i18n.t('loadingService')}</p>`,
      complete: (service) =>
        service
          ? renderDetail(this, service, {
              i18n,
              staleAfterMonths: this.ctx?.staleAfterMonths ?? this.staleAfter,
              feedback: this.#feedback(service, i18n),
              tiles: { url: this.tileUrl, attribution: this.tileAttribution },
              headingLevel: this.headingLevel,
            })
          : nothing,
      error: (error) => this.#error(error, i18n),
    });
    return html`<div class="service" lang=${i18n.lang}>${back}${body}</div>`;
  }

  #feedback(service: Service, i18n: I18n) {
    return html`<signpost-feedback
      class="feedback"
      kind="listing"
      .service=${service}
      feedback-endpoint=${this.feedbackEndpoint}
      feedback-email=${this.feedbackEmail}
      feedback-recipient=${this.feedbackRecipient}
      oruk-endpoint=${this.endpoint}
      lang=${this.ctx ? '' : i18n.lang}
      .strings=${this.strings}
    ></signpost-feedback>`;
  }

  #error(error: unknown, i18n: I18n) {
    const [titleTag] = headingTags(this.headingLevel);
    const failure = toSignpostError(error, this.endpoint);
    return staticHtml`<div class="error" role="alert">
      <${titleTag} class="title" tabindex="-1">${i18n.t('serviceErrorTitle')}</${titleTag}>
      ${errorBody(failure, i18n, this.ctx?.debug ?? this.debug, () => void this.#task.run())}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-service': SignpostService;
  }
}
