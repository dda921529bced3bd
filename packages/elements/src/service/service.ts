import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toSignpostError, type Directory, type Service } from '@signpost/core';
import { sourceFor } from '../shared/client.js';
import { configContext, readContext, searchContext, type FinderConfig } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { errorBody } from '../shared/errors.js';
import type { I18n, StringTable } from '../shared/i18n.js';
import { saveStyles, saveToggle } from '../shared/save-button.js';
import { LangLoader } from '../shared/lang-loader.js';
import { i18nResolver, setting } from '../shared/settings.js';
import { ShortlistController } from '../shared/shortlist.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { html as staticHtml } from 'lit/static-html.js';
import { renderDetail } from './detail.js';
import { headingTags } from './headings.js';
import { serviceStyles } from './service.styles.js';

/**
 * @summary One service in full: description, places, times, contacts, costs, who it is
 * for, accessibility, languages and when it was last checked.
 *
 * Inside a signpost-finder it shows the finder's chosen service with a way back. On its
 * own (`endpoint` and `service-id`) it shows that service, e.g. a school's own Local Offer
 * entry. Or set the `service` property to render data you already have.
 *
 * Inside a finder, each setting left unset (endpoint, lang, stale-after, tile-*,
 * feedback-*) is the finder's; on its own, the default.
 *
 * Content inside it (a harvested static page puts the service's detail there, for crawlers
 * and for browsers without JavaScript) is shown until the element's own rendering of the
 * service is ready, description and all, and stays if the service cannot be loaded: the
 * page upgrades in one step, without a flash of "Loading".
 *
 * @slot - Static content shown until the service has loaded (a harvested page's detail).
 * @fires signpost-select - "Back to results" (serviceId undefined), inside a finder.
 * @fires signpost-contact - A website, phone or email link was followed.
 * @fires signpost-feedback - A problem with the listing was reported (see signpost-feedback).
 * @csspart heading - The service name.
 * @csspart back - The "Back to results" button.
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
 * @cssprop --signpost-error - Error messages and invalid fields (#d4351c).
 * @cssprop --signpost-warning - The line beside a warning (#f47738).
 * @cssprop --signpost-warning-background - Behind a warning: a closed or out-of-date listing (#fcd6c3).
 * @cssprop --signpost-warning-text - Text of a warning (#6e3619).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 * @cssprop --signpost-map-height - Height of the map (24em).
 */
export class SignpostService extends LitElement {
  static override styles = [hostStyles, controlStyles, saveStyles, serviceStyles];

  /** The ORUK API base URL (the part before /services); unset inside a finder, the finder's. */
  @property() endpoint = '';
  /** A published snapshot's folder, read instead of `endpoint`; not needed inside a finder. */
  @property() snapshot = '';
  /** The id of the service to show. */
  @property({ attribute: 'service-id' }) serviceId = '';
  /** auto, v1 or v3. */
  @property() dialect = 'auto';
  /** en or cy; unset, the finder's inside one, else the page's language (from the nearest lang attribute). */
  @property({ attribute: 'lang' }) locale: string | null = null;
  /** Months after which the listing is flagged "may be out of date"; unset, the finder's, else 12. */
  @property({ attribute: 'stale-after', type: Number }) staleAfter: number | undefined;
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
  /** The heading level of the service's name, to fit the host page's outline (1 to 5; 1 on a page of its own); its sections are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Map tiles for the places map: a URL template with {z}/{x}/{y}, or "none"; unset, the finder's, else OpenStreetMap's. */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;
  /** HTML crediting the tiles (links allowed), for a tile-url of your own. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  #i18nFor = i18nResolver();
  /** The person's list for this service's directory. */
  #list = new ShortlistController(this, () => this.#client()?.endpoint);
  #lang = new LangLoader(this);

  /** The service, with its description made safe (shown at once, not after the rest). */
  #task = new Task(this, {
    task: async ([client, id, given], { signal }): Promise<Shown | undefined> => {
      if (!given && (!client || !id)) return undefined;
      // distances from the finder's postcode, read when fetching (the detail need not follow the search)
      const origin = readContext(this, searchContext)?.result?.origin;
      // the sanitiser is fetched while the service is
      const [service, { descriptionHtml }] = await Promise.all([
        given ??
          client!.getService(id, origin ? { signal, origin } : { signal }).then((parsed) => {
            this.#harvestedAt = parsed.harvestedAt;
            return parsed.value;
          }),
        import('@signpost/core/sanitise'),
      ]);
      return { service, description: await descriptionHtml(service.description) };
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
  /** When the snapshot the shown service came from was harvested. */
  #harvestedAt: string | undefined;

  protected override updated(): void {
    const heading = this.#focusHeading ? this.renderRoot.querySelector<HTMLElement>('.title') : null;
    if (heading) {
      this.#focusHeading = false;
      heading.focus();
    }
  }

  /** Whether the page put content inside (a static page's detail), to show until the service is ready. */
  #hasStatic(): boolean {
    return [...this.children].some((child) => !child.slot);
  }

  // Waiting for this element's update includes waiting for its strings and the service (and sanitiser) being fetched, and the render after.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const waitedForLang = await this.#lang.settled();
    const pending = this.#task.status === TaskStatus.PENDING;
    if (pending) await this.#task.taskComplete.catch(() => undefined);
    return waitedForLang || pending ? super.getUpdateComplete() : done;
  }

  #client(): Directory | undefined {
    return sourceFor({ endpoint: this.endpoint, snapshot: this.snapshot, dialect: this.dialect, geocoder: this.geocoder }) ?? this.config?.client;
  }

  #i18n(): I18n {
    return this.#i18nFor(this, this.locale, this.strings, this.config?.i18n);
  }

  protected override render() {
    const i18n = this.#i18n();
    const ready = this.#lang.ready(i18n.lang);
    // Over static content (a harvested page's), that content stays until the whole detail can replace it.
    if (this.#hasStatic() && !this.service && (!ready || this.#task.status !== TaskStatus.COMPLETE)) return html`<slot></slot>`;
    if (!ready) return nothing;
    const back = this.inFinder
      ? html`<button class="link-button back" part="back" type="button" @click=${() => emit(this, 'signpost-select', { serviceId: undefined })}>
          <span aria-hidden="true">‹ </span>${i18n.t('backToResults')}
        </button>`
      : nothing;
    const body = this.#task.render({
      initial: () => (this.endpoint || this.snapshot || this.config ? nothing : html`<p role="alert">${i18n.t('noEndpoint')}</p>`),
      pending: () => html`<p class="muted" role="status">${i18n.t('loadingService')}</p>`,
      complete: (shown) =>
        shown
          ? renderDetail(this, shown.service, {
              i18n,
              descriptionHtml: shown.description,
              staleAfterMonths: setting(this.staleAfter, this.config?.staleAfterMonths, 12),
              feedback: this.#feedback(shown.service, i18n),
              tiles: { url: this.tileUrl, attribution: this.tileAttribution },
              headingLevel: this.headingLevel,
              save: saveToggle(this.#list.list, shown.service),
              harvestedAt: this.service ? undefined : this.#harvestedAt,
              pageUrl: this.config ? this.config.hrefFor({ service: shown.service.id }) : location.href,
            })
          : nothing,
      error: (error) => this.#error(error, i18n),
    });
    return html`<div class="service" lang=${i18n.lang}>${back}${body}</div>`;
  }

  /** The report form, given this element's own settings (those unset it takes from the finder, as this element does). */
  #feedback(service: Service, i18n: I18n) {
    return html`<signpost-feedback
      class="feedback"
      kind="listing"
      .service=${service}
      feedback-endpoint=${this.feedbackEndpoint}
      feedback-email=${this.feedbackEmail}
      feedback-recipient=${this.feedbackRecipient}
      oruk-endpoint=${this.endpoint}
      lang=${i18n === this.config?.i18n ? '' : i18n.lang}
      .strings=${this.strings}
    ></signpost-feedback>`;
  }

  #error(error: unknown, i18n: I18n) {
    const [titleTag] = headingTags(this.headingLevel);
    const failure = toSignpostError(error, this.endpoint);
    return staticHtml`<div class="error" role="alert">
      <${titleTag} class="title" tabindex="-1">${i18n.t('serviceErrorTitle')}</${titleTag}>
      ${errorBody(failure, i18n, this.debug || this.config?.debug === true, () => void this.#task.run())}
    </div>`;
  }
}

interface Shown {
  service: Service;
  /** The description as sanitised HTML. */
  description: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-service': SignpostService;
  }
}
