import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, mailtoUrl, type Directory, type Service } from '@signpost/core';
import { configContext, type FinderConfig } from '../shared/context.js';
import { emit } from '../shared/events.js';
import type { I18n } from '../shared/i18n.js';
import { ShortlistController, type SavedService } from '../shared/shortlist.js';
import { byOrganisation } from '../shared/format.js';
import { controlStyles, hostStyles } from '../shared/styles.js';
import { shortlistStyles } from './shortlist.styles.js';
import './strings.en.js';
import { listText, renderFacts } from './words.js';

/** A service on the list: fetched by id, or only its saved name when the directory no longer lists it. */
interface Entry {
  id: string;
  name: string;
  service?: Service;
}

/**
 * @summary "My list": the services a person saved, or a list shared with them, in full
 * words, to print, share (a link that opens the same list on any device) or email.
 *
 * Shown by signpost-finder in place of its results (fetched the first time it is opened).
 * The services are fetched by id, so a shared link works anywhere the directory does.
 *
 * @fires signpost-select - "View details" of a service on the list (intent; the finder re-fires it for the host).
 * @csspart heading - The list's heading.
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
 * @cssprop --signpost-warning - The line beside a warning (#f47738).
 * @cssprop --signpost-radius - Corner radius of buttons and inputs (0).
 */
export class SignpostShortlist extends LitElement {
  static override styles = [hostStyles, controlStyles, shortlistStyles];

  /** The ids of a list shared with this person; unset, their own list. */
  @property({ attribute: false }) shared: string[] | undefined;
  /** Move focus to the list's heading when shown (the finder sets it when a person opened the list, not when a link opened the page on it). */
  @property({ type: Boolean, attribute: false }) focusHeading = false;

  @consume({ context: configContext, subscribe: true })
  @state()
  private config: FinderConfig | undefined;

  @state() private status = '';
  @state() private manualLink = false;

  #list = new ShortlistController(this, () => this.config?.endpoint);
  #focused = false;

  /** The saved services (or the shared ids), in order. */
  #wanted(): readonly SavedService[] {
    const mine = this.#list.list?.items ?? [];
    if (!this.shared) return mine;
    return this.shared.map((id) => ({ id, name: mine.find((s) => s.id === id)?.name ?? '' }));
  }

  #task = new Task(this, {
    task: async ([client, key], { signal }): Promise<Entry[]> => {
      const wanted = this.#wanted();
      if (!client || !key) return wanted.map((s) => ({ ...s }));
      return Promise.all(wanted.map((s) => fetchEntry(client, s, signal)));
    },
    args: () => [this.config?.client, this.#wanted().map((s) => s.id).join('\n')] as const,
  });

  /** Move focus to a service on the list (after coming back from its details). */
  async focusService(id: string): Promise<void> {
    await this.updateComplete;
    await this.#task.taskComplete.catch(() => undefined);
    await this.updateComplete;
    [...this.renderRoot.querySelectorAll<HTMLElement>('.details')].find((b) => b.dataset.service === id)?.focus();
  }

  protected override updated(): void {
    const heading = this.focusHeading && !this.#focused ? this.renderRoot.querySelector<HTMLElement>('.title') : null;
    if (heading) {
      this.#focused = true;
      heading.focus();
    }
  }

  #back = (): void => {
    emit(this, 'signpost-state-change', { patch: { list: false, shared: undefined } });
  };

  protected override render() {
    const config = this.config;
    if (!config) return nothing;
    const { i18n } = config;
    const list = this.#list.list;
    // the list as it is now (a service removed goes at once), with what was fetched for each
    const fetched = new Map((this.#task.value ?? []).map((e) => [e.id, e]));
    const entries = this.#wanted().map((s) => fetched.get(s.id) ?? { ...s });
    const shared = Boolean(this.shared);
    const heading = i18n.t(shared ? 'sharedHeading' : 'listHeading', { count: entries.length });
    return html`<section class="shortlist" aria-labelledby="list-heading" lang=${i18n.lang}>
      <button class="link-button back" part="back" type="button" @click=${this.#back}><span aria-hidden="true">‹ </span>${i18n.t('backToResults')}</button>
      <h2 id="list-heading" class="title" part="heading" tabindex="-1">${heading}</h2>
      ${list && !list.kept && !shared ? html`<p class="notice">${i18n.t('listNotKept')}</p>` : nothing}
      ${entries.length
        ? html`<p class="print-only">${i18n.t('printedOn', { date: i18n.dayMonthYear(new Date().toISOString()) })}</p>
            <p class="screen-only muted">${i18n.t('listCheck')}</p>
            ${shared && list ? this.#saveAll(list, entries, i18n) : nothing}
            <ol class="entries" aria-busy=${this.#task.status === TaskStatus.PENDING ? 'true' : 'false'}>
              ${entries.map((entry) => this.#entry(entry, config, shared))}
            </ol>
            ${this.#actions(entries, config, shared)}`
        : html`<p>${i18n.t('listEmpty')}</p>`}
      <p class="status" role="status">${this.status}</p>
    </section>`;
  }

  #saveAll(list: NonNullable<ShortlistController['list']>, entries: Entry[], i18n: I18n) {
    const all = entries.filter((e) => e.service).map((e) => ({ id: e.id, name: e.service!.name }));
    const done = all.every((s) => list.has(s.id));
    return html`<button class="button save-all" type="button" ?disabled=${done} @click=${() => {
      list.save(...all);
      this.status = i18n.t('listSavedAll');
    }}>
      ${i18n.t('listSaveAll')}
    </button>`;
  }

  #entry({ id, name, service }: Entry, { i18n, staleAfterMonths }: FinderConfig, shared: boolean) {
    const title = service?.name ?? name;
    const by = service && byOrganisation(service, i18n);
    const remove = shared
      ? nothing
      : html`<button class="link-button remove" type="button" @click=${() => this.#list.list?.remove(id)}>
          ${i18n.t('listRemove')}<span class="visually-hidden">: ${title}</span>
        </button>`;
    return html`<li class="entry" data-id=${id}>
      <h3>${title}</h3>
      ${service
        ? html`${by ? html`<p class="muted">${by}</p>` : nothing}
            ${service.summary ? html`<p>${service.summary}</p>` : nothing} ${renderFacts(service, i18n, staleAfterMonths)}
            <div class="entry-actions">
              <button class="link-button details" type="button" data-service=${id} @click=${() => emit(this, 'signpost-select', { serviceId: id })}>
                ${i18n.t('listViewDetails')}<span class="visually-hidden">: ${title}</span>
              </button>
              ${remove}
            </div>`
        : this.#task.status === TaskStatus.PENDING
          ? html`<p class="muted">${i18n.t('loadingService')}</p>`
          : html`<p>${i18n.t('serviceNotFound')}</p>
              <div class="entry-actions">${remove}</div>`}
    </li>`;
  }

  #actions(entries: Entry[], { i18n, listHref }: FinderConfig, shared: boolean) {
    const ids = entries.map((e) => e.id);
    const link = listHref(ids);
    const services = entries.flatMap((e) => (e.service ? [e.service] : []));
    const mailto = mailtoUrl({ to: [], subject: i18n.t('listEmailSubject'), body: listText(services, i18n, link), shortenedNote: i18n.t('listShortened') });
    const canShare = typeof navigator.share === 'function';
    return html`<div class="actions">
        <button class="button print" type="button" @click=${() => window.print()}>${i18n.t('printList')}</button>
        <button class="button secondary share" type="button" @click=${() => this.#share(link, services, i18n, canShare)}>
          ${i18n.t(canShare ? 'listShare' : 'listCopyLink')}
        </button>
        ${mailto ? html`<a class="button secondary email" href=${mailto}>${i18n.t('listEmail')}</a>` : nothing}
        ${shared
          ? nothing
          : html`<button class="link-button clear" type="button" @click=${() => this.#list.list?.clear()}>${i18n.t('listClear')}</button>`}
      </div>
      ${this.manualLink
        ? html`<div class="field copy-manual">
            <label for="list-link">${i18n.t('listLinkLabel')}</label>
            <span class="hint" id="list-link-hint">${i18n.t('listLinkManual')}</span>
            <input class="input" id="list-link" readonly aria-describedby="list-link-hint" .value=${link} />
          </div>`
        : nothing}`;
  }

  /** The browser's own sharing where it has it; else the link copied (or shown, to copy by hand). */
  async #share(link: string, services: Service[], i18n: I18n, canShare: boolean): Promise<void> {
    this.status = '';
    if (canShare) {
      try {
        await navigator.share({ title: i18n.t('listEmailSubject'), text: services.map((s) => s.name).join(', '), url: link });
        return;
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') return; // the person closed the share sheet
      }
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      this.manualLink = false;
      this.status = i18n.t('listCopied');
    } catch {
      this.manualLink = true;
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('#list-link');
      input?.focus();
      input?.select();
    }
  }
}

async function fetchEntry(client: Directory, saved: SavedService, signal: AbortSignal): Promise<Entry> {
  try {
    return { ...saved, service: (await client.getService(saved.id, { signal })).value };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { ...saved };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-shortlist': SignpostShortlist;
  }
}
