/**
 * A list of services in full words, for the screen, for paper and for an email: on paper
 * and in an email links do nothing, so each service's address, times, phones, email and
 * website are written out.
 */
import { html, nothing } from 'lit';
import type { Service } from '@signpost/core';
import { addressLines, costLabel, freshness, scheduleLines } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';

/** Where a service is, in one line: its first place's name and address, or "Online or by phone". */
function placeLine(service: Service, i18n: I18n): string {
  const place = service.locations[0];
  return place ? [...new Set([place.name, ...addressLines(place)].filter(Boolean))].join(', ') : i18n.t('online');
}

/** One service's facts, each written out. */
export function renderFacts(service: Service, i18n: I18n, staleAfterMonths: number) {
  const when = scheduleLines(service.schedules, i18n).join('; ');
  const cost = costLabel(service, i18n);
  const row = (label: string, value: unknown) => (value ? html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>` : nothing);
  const phones = service.phones.map((p, i) => html`${i ? ', ' : ''}<a href=${p.href}>${p.number}</a>`);
  return html`<dl class="facts">
      ${row(i18n.t('detailWhere'), placeLine(service, i18n))} ${row(i18n.t('detailWhen'), when)} ${row(i18n.t('detailCost'), cost)}
      ${row(i18n.t('phone'), service.phones.length ? phones : '')}
      ${row(i18n.t('printEmail'), service.email ? html`<a href="mailto:${service.email}">${service.email}</a>` : '')}
      ${row(i18n.t('printWebsite'), service.url ? html`<a href=${service.url} target="_blank" rel="noopener noreferrer">${service.url}</a>` : '')}
    </dl>
    <p class="muted">${freshness(service, staleAfterMonths, i18n).label}</p>`;
}

/** The list as the body of an email: names, addresses and phones written out, and the link that opens it. */
export function listText(services: readonly Service[], i18n: I18n, link: string): string {
  const blocks = services.map((s, i) => {
    const lines = [`${i + 1}. ${s.name}`, placeLine(s, i18n)];
    if (s.phones.length) lines.push(`${i18n.t('phone')}: ${s.phones.map((p) => p.number).join(', ')}`);
    if (s.email) lines.push(`${i18n.t('printEmail')}: ${s.email}`);
    if (s.url) lines.push(`${i18n.t('printWebsite')}: ${s.url}`);
    return lines.join('\n');
  });
  // the link first: a long list is shortened to fit in an email, and the link has it all
  return [i18n.t('listEmailOpen', { url: link }), ...blocks, i18n.t('listCheck')].join('\n\n');
}
