/** The full detail of one service, as a template. */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { Location, Service } from '@signpost/core';
import { emit } from '../shared/events.js';
import { renderSave, type SaveToggle } from '../shared/save-button.js';
import { addressLines, byOrganisation, distanceLabel, freshness, listedBy, snapshotTaken } from '../shared/format.js';
import { calendarBlock } from '../calendar/calendar.js';
import { accessibilityNotes, contactFacts, contactName, costFacts, statusNotice, whenFacts, whoFacts } from './facts.js';
import type { I18n } from '../shared/i18n.js';
import '../map/define.js';
import { headingTags } from './headings.js';
import './strings.en.js';

interface DetailOptions {
  i18n: I18n;
  /** The description as sanitised HTML (descriptionHtml). */
  descriptionHtml: string;
  staleAfterMonths: number;
  /** The "report a problem with this information" form, shown at the foot. */
  feedback?: unknown;
  /** The level of the service's name (1 to 5); its sections' headings are one below. */
  headingLevel?: number;
  /** Tiles for the places map; unset, the map uses the finder's or OpenStreetMap's. */
  tiles?: { url: string | null; attribution: string | null };
  /** "Save" to the person's list (when the service's directory is known). */
  save?: SaveToggle | undefined;
  /** When the snapshot the service came from was harvested (absent for a live endpoint). */
  harvestedAt?: string | undefined;
  /** The address of this service's detail (for the calendar file's link). */
  pageUrl?: string | undefined;
}

export function renderDetail(
  host: HTMLElement,
  service: Service,
  { i18n, descriptionHtml, staleAfterMonths, feedback, tiles, save, headingLevel = 2, harvestedAt, pageUrl }: DetailOptions,
): TemplateResult {
  const fresh = freshness(service, staleAfterMonths, i18n);
  const provenance = [listedBy(service, i18n), snapshotTaken(harvestedAt, i18n)].filter(Boolean).join(' ');
  const contact = (channel: 'website' | 'phone' | 'email') => () => emit(host, 'signpost-contact', { serviceId: service.id, channel });
  const status = statusNotice(service, i18n);
  const [titleTag, sectionTag] = headingTags(headingLevel);
  const sections = [
    descriptionHtml ? section(i18n.t('detailAbout'), html`<div class="description">${unsafeHTML(descriptionHtml)}</div>`) : undefined,
    section(i18n.t('detailWhere'), html`${whereBlock(service.locations, i18n)} ${placesMap(service, i18n, tiles)}`),
    whenBlock(service, i18n, pageUrl),
    contactsBlock(service, i18n, contact),
    costBlock(service, i18n),
    whoBlock(service, i18n),
    accessibilityBlock(service, i18n),
    service.languages.length ? section(i18n.t('detailLanguages'), html`<p>${service.languages.join(', ')}</p>`) : undefined,
    service.terms.length
      ? section(
          i18n.t('detailCategories'),
          html`<ul class="terms">
            ${service.terms.map((t) => html`<li>${t.name}</li>`)}
          </ul>`,
        )
      : undefined,
  ].filter((part): part is Section => part !== undefined);
  const by = byOrganisation(service, i18n);
  return staticHtml`<article aria-labelledby="service-heading">
    <${titleTag} id="service-heading" class="title" part="heading" tabindex="-1">${service.name}</${titleTag}>
    ${by ? html`<p class="org muted">${by}</p>` : nothing}
    ${status ? html`<p class="notice status"><strong>${status}</strong></p>` : nothing}
    ${service.alert ? html`<p class="notice alert">${service.alert}</p>` : nothing}
    <p class="freshness">
      <span>${fresh.label}</span>
      ${fresh.stale ? html`<strong class="tag stale">${i18n.t('mayBeOutOfDate')}</strong>` : nothing}
    </p>
    ${fresh.stale ? html`<p class="notice stale-notice">${i18n.t('stale')}</p>` : nothing}
    ${provenance ? html`<p class="provenance muted">${provenance}</p>` : nothing}

    <div class="actions">
      ${save ? renderSave(save, service, i18n) : nothing}
      ${service.url
        ? html`<a class="button" href=${service.url} target="_blank" rel="noopener noreferrer" aria-label=${i18n.t('websiteOf', { name: service.name })} @click=${contact('website')}
            >${i18n.t('website')}</a
          >`
        : nothing}
      ${service.phones[0]
        ? html`<a class="button secondary" href=${service.phones[0].href} @click=${contact('phone')}>${i18n.t('call', { number: service.phones[0].number })}</a>`
        : nothing}
      ${service.email
        ? html`<a class="button secondary" href="mailto:${service.email}" @click=${contact('email')}>${i18n.t('emailTo', { email: service.email })}</a>`
        : nothing}
    </div>

    ${sections.map((part) => staticHtml`<section><${sectionTag} class="section-title">${part.title}</${sectionTag}>${part.body}</section>`)}
    <p class="after">
      <button class="link-button print" type="button" @click=${() => window.print()}>${i18n.t('printService')}</button>
    </p>
    ${feedback ?? nothing}
    <slot name="after-detail"></slot>
  </article>`;
}

/** A titled part of the detail; its heading's level is the detail's to choose. */
interface Section {
  title: string;
  body: unknown;
}

function section(title: string, body: unknown): Section {
  return { title, body };
}

function whereBlock(locations: Location[], i18n: I18n) {
  if (!locations.length) return html`<p>${i18n.t('onlineOnly')}</p>`;
  return html`<ul class="locations">
    ${locations.map((l) => {
      const lines = addressLines(l);
      const distance = distanceLabel(l.distanceMetres, i18n);
      return html`<li>
        ${l.name ? html`<strong>${l.name}</strong>` : nothing}
        ${lines.length ? html`<address>${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address>` : nothing}
        ${distance ? html`<span class="muted">${distance}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** The service's places on a map, when any has a position: folded, so nothing loads until it is opened. */
function placesMap(service: Service, i18n: I18n, tiles: DetailOptions['tiles']) {
  if (!service.locations.some((l) => l.position)) return nothing;
  return html`<signpost-map
    class="places-map"
    collapsible
    .services=${[service]}
    .tileUrl=${tiles?.url ?? null}
    .tileAttribution=${tiles?.attribution ?? null}
    lang=${i18n.lang}
  ></signpost-map>`;
}

function whenBlock(service: Service, i18n: I18n, pageUrl: string | undefined) {
  const when = whenFacts(service, i18n);
  if (!when) return undefined;
  return section(
    i18n.t('detailWhen'),
    html`<ul>
        ${when.lines.map((l) => html`<li>${l}</li>`)}
      </ul>
      ${when.notes.map((n) => html`<p class="muted">${n}</p>`)} ${calendarBlock(service, i18n, pageUrl)}`,
  );
}

function contactsBlock(service: Service, i18n: I18n, contact: (c: 'website' | 'phone' | 'email') => () => void) {
  const facts = contactFacts(service);
  if (!facts) return undefined;
  return section(
    i18n.t('detailContact'),
    html`<ul class="contacts">
      ${facts.phones.map((p) => html`<li><a href=${p.href} @click=${contact('phone')}>${p.number}</a>${p.description ? ` (${p.description})` : ''}</li>`)}
      ${facts.people.map(
        (c) => html`<li>
          ${contactName(c)} ${c.phones.map((p) => html` <a href=${p.href} @click=${contact('phone')}>${p.number}</a>`)}
          ${c.email ? html` <a href="mailto:${c.email}" @click=${contact('email')}>${c.email}</a>` : nothing}
        </li>`,
      )}
      ${facts.organisation
        ? html`<li>
            <a href=${facts.organisation.url} target="_blank" rel="noopener noreferrer" @click=${contact('website')}>${facts.organisation.name}</a>
          </li>`
        : nothing}
    </ul>`,
  );
}

function costBlock(service: Service, i18n: I18n) {
  const cost = costFacts(service, i18n);
  if (!cost) return undefined;
  return section(
    i18n.t('detailCost'),
    html`${cost.summary ? html`<p>${cost.summary}</p>` : nothing} ${cost.fees ? html`<p>${cost.fees}</p>` : nothing}
    ${cost.options.length ? html`<ul>${cost.options.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}`,
  );
}

function whoBlock(service: Service, i18n: I18n) {
  const paragraphs = whoFacts(service, i18n);
  if (!paragraphs.length) return undefined;
  return section(i18n.t('detailWhoFor'), paragraphs.map((p) => html`<p>${p}</p>`));
}

function accessibilityBlock(service: Service, i18n: I18n) {
  const notes = accessibilityNotes(service);
  if (!notes.length) return undefined;
  return section(
    i18n.t('detailAccess'),
    html`<ul>
      ${notes.map((n) => html`<li>${n}</li>`)}
    </ul>`,
  );
}
