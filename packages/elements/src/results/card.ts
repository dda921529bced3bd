/**
 * One short, comparable result card. A template function, not an element: cards are many.
 * Its facts are always in one order (where, when, age, cost, phone), a missing one said
 * as "Not given", so cards can be compared at a glance.
 */
import { html, nothing } from 'lit';
import type { OpeningWindow, Service } from '@signpost/core';
import type { FinderConfig } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { renderSave, type SaveToggle } from '../shared/save-button.js';
import { ageLabel, byOrganisation, costLabel, distanceLabel, freshness, whenLabel, whereLabel } from '../shared/format.js';


export function renderCard(
  host: HTMLElement,
  { i18n, staleAfterMonths, hrefFor }: Pick<FinderConfig, 'i18n' | 'staleAfterMonths' | 'hrefFor'>,
  service: Service,
  index: number,
  { highlighted, save, asked }: { highlighted: boolean; save?: SaveToggle | undefined; asked?: OpeningWindow | undefined },
) {
  const ages = ageLabel(service.ages, i18n);
  const distance = distanceLabel(service.distanceMetres, i18n);
  const when = whenLabel(service, i18n, asked);
  const cost = costLabel(service, i18n);
  const fresh = freshness(service, staleAfterMonths, i18n);
  const phone = service.phones[0];
  const headingId = `card-${index}`;
  const select = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    emit(host, 'signpost-select', { serviceId: service.id });
  };
  const highlight = (on: boolean) => emit(host, 'signpost-highlight', { serviceId: on ? service.id : undefined });
  const statusKey = service.status && service.status !== 'active' ? (`status_${service.status}` as const) : undefined;
  const by = byOrganisation(service, i18n);
  return html`<li
    class="card ${highlighted ? 'highlighted' : ''}"
    data-id=${service.id}
    @mouseenter=${() => highlight(true)}
    @mouseleave=${() => highlight(false)}
    @focusin=${() => highlight(true)}
    @focusout=${() => highlight(false)}
  >
    <article aria-labelledby=${headingId} part="card">
      <h3 id=${headingId}>
        <a href=${hrefFor({ service: service.id })} data-service=${service.id} @click=${select}>${service.name}</a>
      </h3>
      ${by ? html`<p class="org muted">${by}</p>` : nothing}
      ${statusKey ? html`<p class="tag status">${i18n.t(statusKey)}</p>` : nothing}
      ${service.summary ? html`<p class="summary">${service.summary}</p>` : nothing}
      <dl class="facts">
        ${fact(i18n.t('detailWhere'), distance ? `${whereLabel(service, i18n)} · ${distance}` : whereLabel(service, i18n))}
        ${fact(i18n.t('detailWhen'), when ?? notGiven(i18n))} ${fact(i18n.t('ageLegend'), ages ?? notGiven(i18n))}
        ${fact(i18n.t('detailCost'), cost ?? notGiven(i18n))}
        ${phone
          ? fact(
              i18n.t('phone'),
              html`<a href=${phone.href} @click=${() => emit(host, 'signpost-contact', { serviceId: service.id, channel: 'phone' })}
                >${phone.number}</a
              >`,
            )
          : nothing}
      </dl>
      <p class="freshness">
        <span class="muted">${fresh.label}</span>
        ${fresh.stale ? html`<strong class="tag stale">${i18n.t('mayBeOutOfDate')}</strong>` : nothing}
      </p>
      ${save ? renderSave(save, service, i18n) : nothing}
      <signpost-feedback class="report" kind="listing" compact .service=${service}></signpost-feedback>
    </article>
  </li>`;
}

/** A fact the feed does not give: said, so every card has its facts in the same places. */
function notGiven(i18n: FinderConfig['i18n']) {
  return html`<span class="muted">${i18n.t('notGiven')}</span>`;
}

function fact(label: string, value: unknown) {
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

