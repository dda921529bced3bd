/**
 * "My list": services a person picked from the results to print (a social prescriber's three
 * options for a neighbour). On paper links do nothing, so each service's address, times,
 * phone, email and website are written out in full. Shown only when printing.
 */
import { html, nothing } from 'lit';
import type { Service } from '@signpost/core';
import type { I18n } from '../shared/i18n.js';
import { addressLines, costLabel, freshness, scheduleLines } from '../shared/format.js';

export function renderPrintList(services: Service[], i18n: I18n, staleAfterMonths: number, today = new Date()) {
  if (!services.length) return nothing;
  return html`<section class="print-list" aria-labelledby="print-list-heading">
    <h2 id="print-list-heading">${i18n.t('pickedHeading', { count: services.length })}</h2>
    <p>${i18n.t('printedOn', { date: i18n.dayMonthYear(today.toISOString()) })}</p>
    <ol>
      ${services.map((s) => printItem(s, i18n, staleAfterMonths))}
    </ol>
  </section>`;
}

function printItem(service: Service, i18n: I18n, staleAfterMonths: number) {
  const place = service.locations[0];
  const where = place ? [...new Set([place.name, ...addressLines(place)].filter(Boolean))].join(', ') : i18n.t('online');
  const when = scheduleLines(service.schedules, i18n).join('; ');
  const cost = costLabel(service, i18n);
  const phones = service.phones.map((p) => p.number);
  const fresh = freshness(service, staleAfterMonths, i18n);
  const row = (label: string, value: string | undefined) => (value ? html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>` : nothing);
  return html`<li>
    <h3>${service.name}</h3>
    ${service.organisation?.name && service.organisation.name !== service.name ? html`<p>${i18n.t('by', { organisation: service.organisation.name })}</p>` : nothing}
    ${service.summary ? html`<p>${service.summary}</p>` : nothing}
    <dl class="facts">
      ${row(i18n.t('detailWhere'), where)} ${row(i18n.t('detailWhen'), when)} ${row(i18n.t('detailCost'), cost)}
      ${row(i18n.t('phone'), phones.join(', '))} ${row(i18n.t('printEmail'), service.email)} ${row(i18n.t('printWebsite'), service.url)}
    </dl>
    <p class="muted">${fresh.label}</p>
  </li>`;
}
