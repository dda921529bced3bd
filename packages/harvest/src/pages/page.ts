/**
 * A service's static page: the detail as plain HTML inside `<signpost-service>`, where
 * crawlers and browsers without JavaScript read it, and which the element (once its script
 * has loaded) replaces with its own rendering of the same service from the snapshot. The
 * markup and its classes are the element's own (packages/elements/src/service/detail.ts),
 * its words come from the same tables and helpers (`@signpost/elements/static`), and its
 * styles are the element's, scoped to it: the upgrade does not move the page.
 */
import { safeEmail, safeWebUrl, telHref, type Service } from '@signpost/core';
import {
  accessibilityNotes,
  addressLines,
  calendarFile,
  calendarFileName,
  calendarSessions,
  contactFacts,
  contactName,
  costFacts,
  freshness,
  listedBy,
  snapshotTaken,
  statusNotice,
  whenFacts,
  whoFacts,
  type I18n,
} from '@signpost/elements/static';
import { escape } from './html.js';

export interface PageContext {
  i18n: I18n;
  /** The page's own address (its canonical URL). */
  pageUrl: string;
  /** The description, already sanitised to HTML (see sanitise.ts). */
  descriptionHtml: string;
  /** The snapshot's folder, relative to the page (the element reads the service from it). */
  snapshot: string;
  /** When the snapshot was harvested (ISO). */
  harvestedAt: string;
  staleAfterMonths: number;
  now: Date;
}

const section = (title: string, body: string) => `<section><h2 class="section-title">${escape(title)}</h2>${body}</section>`;
const list = (items: string[], cls = '') => `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
const para = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${escape(text)}</p>`;

function link(href: string | undefined, text: string, attributes = ''): string {
  return href ? `<a href="${escape(href)}"${attributes}>${escape(text)}</a>` : escape(text);
}

const phoneLink = (number: string) => link(telHref(number), number);
const emailLink = (email: string | undefined) => {
  const safe = safeEmail(email);
  return safe ? link(`mailto:${safe}`, safe) : '';
};

/**
 * Where the element shows its folded map ("Show on a map"), a link to the first place on
 * OpenStreetMap, so that the line is there with or without JavaScript.
 */
function mapLink(service: Service, i18n: I18n): string {
  const at = service.locations.find((l) => l.position)?.position;
  if (!at) return '';
  const [lat, lng] = [at.lat.toFixed(5), at.lng.toFixed(5)];
  return `<p class="places-map static-map"><a href="https://www.openstreetmap.org/?mlat=${lat}&amp;mlon=${lng}#map=16/${lat}/${lng}">${escape(i18n.t('mapShowPlaces'))}</a></p>`;
}

function where(service: Service, i18n: I18n): string {
  if (!service.locations.length) return para(i18n.t('onlineOnly'));
  return list(
    service.locations.map((l) => {
      const lines = addressLines(l);
      return `${l.name ? `<strong>${escape(l.name)}</strong>` : ''}${lines.length ? `<address>${lines.map(escape).join('<br>')}</address>` : ''}`;
    }),
    'locations',
  );
}

/**
 * "Add to calendar" as the element has it, each button a link to the same .ics file made
 * here (a data: URL), so it works without JavaScript and takes the same space.
 */
function calendar(service: Service, { i18n, pageUrl, now }: PageContext): string {
  const sessions = calendarSessions(service, i18n);
  if (!sessions.length) return '';
  const name = calendarFileName(service);
  const footer = i18n.t('calendarEventFooter');
  const item = (label: string, indexes: number[] | undefined) => {
    const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(calendarFile(service, indexes, { pageUrl, footer, now }))}`;
    return `<li><a class="link-button" download="${escape(name)}" href="${escape(href)}">${escape(label)}</a></li>`;
  };
  return [
    '<div class="calendar"><ul class="calendar-links">',
    ...sessions.map((s) => item(i18n.t('calendarSession', { session: s.label }), [s.index])),
    sessions.length > 1 ? item(i18n.t('calendarAllSessions'), undefined) : '',
    `</ul>${para(i18n.t('calendarHint'), 'muted')}</div>`,
  ].join('');
}

function actions(service: Service, i18n: I18n): string {
  const url = safeWebUrl(service.url);
  const phone = service.phones[0];
  const email = safeEmail(service.email);
  return [
    url ? `<a class="button" href="${escape(url)}" target="_blank" rel="noopener noreferrer" aria-label="${escape(i18n.t('websiteOf', { name: service.name }))}">${escape(i18n.t('website'))}</a>` : '',
    phone && telHref(phone.number) ? `<a class="button secondary" href="${escape(telHref(phone.number)!)}">${escape(i18n.t('call', { number: phone.number }))}</a>` : '',
    email ? `<a class="button secondary" href="mailto:${escape(email)}">${escape(i18n.t('emailTo', { email }))}</a>` : '',
  ].join('');
}

function contacts(service: Service, i18n: I18n): string | undefined {
  const facts = contactFacts(service);
  if (!facts) return undefined;
  const org = facts.organisation && safeWebUrl(facts.organisation.url);
  return section(
    i18n.t('detailContact'),
    list(
      [
        ...facts.phones.map((p) => `${phoneLink(p.number)}${p.description ? ` (${escape(p.description)})` : ''}`),
        ...facts.people.map((c) => [escape(contactName(c)), ...c.phones.map((p) => phoneLink(p.number)), emailLink(c.email)].filter(Boolean).join(' ')),
        ...(facts.organisation && org ? [link(org, facts.organisation.name, ' target="_blank" rel="noopener noreferrer"')] : []),
      ],
      'contacts',
    ),
  );
}

/** The detail's markup (the inside of `signpost-service`). */
function detailHtml(service: Service, context: PageContext): string {
  const { i18n, descriptionHtml, harvestedAt, staleAfterMonths, now } = context;
  const fresh = freshness(service, staleAfterMonths, i18n, now);
  const provenance = [listedBy(service, i18n), snapshotTaken(harvestedAt, i18n)].filter(Boolean).join(' ');
  const status = statusNotice(service, i18n);
  const org = service.organisation?.name;
  const when = whenFacts(service, i18n);
  const cost = costFacts(service, i18n);
  const who = whoFacts(service, i18n);
  const access = accessibilityNotes(service);
  const buttons = actions(service, i18n);
  const sections = [
    descriptionHtml ? section(i18n.t('detailAbout'), `<div class="description">${descriptionHtml}</div>`) : undefined,
    section(i18n.t('detailWhere'), where(service, i18n) + mapLink(service, i18n)),
    when ? section(i18n.t('detailWhen'), list(when.lines.map(escape)) + when.notes.map((n) => para(n, 'muted')).join('') + calendar(service, context)) : undefined,
    contacts(service, i18n),
    cost
      ? section(
          i18n.t('detailCost'),
          (cost.summary ? para(cost.summary) : '') + (cost.fees ? para(cost.fees) : '') + (cost.options.length ? list(cost.options.map(escape)) : ''),
        )
      : undefined,
    who.length ? section(i18n.t('detailWhoFor'), who.map((p) => para(p)).join('')) : undefined,
    access.length ? section(i18n.t('detailAccess'), list(access.map(escape))) : undefined,
    service.languages.length ? section(i18n.t('detailLanguages'), para(service.languages.join(', '))) : undefined,
    service.terms.length ? section(i18n.t('detailCategories'), list(service.terms.map((t) => escape(t.name)), 'terms')) : undefined,
  ].filter(Boolean);
  return [
    `<div class="service" lang="${i18n.lang}"><article aria-labelledby="service-heading">`,
    `<h1 id="service-heading" class="title">${escape(service.name)}</h1>`,
    org && org !== service.name ? para(i18n.t('by', { organisation: org }), 'org muted') : '',
    status ? `<p class="notice status"><strong>${escape(status)}</strong></p>` : '',
    service.alert ? para(service.alert, 'notice alert') : '',
    `<p class="freshness"><span>${escape(fresh.label)}</span>${fresh.stale ? ` <strong class="tag stale">${escape(i18n.t('mayBeOutOfDate'))}</strong>` : ''}</p>`,
    fresh.stale ? para(i18n.t('stale'), 'notice stale-notice') : '',
    provenance ? para(provenance, 'provenance muted') : '',
    `<div class="actions">${buttons}</div>`,
    ...sections,
    '</article></div>',
  ].join('\n');
}

/** The page's part for the template's {{signpost}}: the element with the static detail inside, and a link to every service. */
export function servicePageBody(service: Service, context: PageContext): string {
  return [
    `<signpost-service snapshot="${escape(context.snapshot)}" service-id="${escape(service.id)}" heading-level="1" lang="${context.i18n.lang}">`,
    detailHtml(service, context),
    '</signpost-service>',
    `<p class="signpost-all-services"><a href="./">${escape(context.i18n.t('pagesAllServices'))}</a></p>`,
  ].join('\n');
}
