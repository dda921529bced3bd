/** One short, comparable result card. A template function, not an element: cards are many. */
import { html, nothing } from 'lit';
import type { Service } from '@signpost/core';
import type { FinderConfig } from '../shared/context.js';
import { emit } from '../shared/events.js';
import { ageLabel, costLabel, distanceLabel, freshness, whenLabel, whereLabel } from '../shared/format.js';

/** A card's "Add to my print list" checkbox: whether the service is on the list, and how to change that. */
export interface CardPick {
  picked: boolean;
  toggle(on: boolean): void;
}

export function renderCard(
  host: HTMLElement,
  { i18n, staleAfterMonths, hrefFor }: Pick<FinderConfig, 'i18n' | 'staleAfterMonths' | 'hrefFor'>,
  service: Service,
  index: number,
  { highlighted, pick }: { highlighted: boolean; pick?: CardPick },
) {
  const ages = ageLabel(service.ages, i18n);
  const distance = distanceLabel(service.distanceMetres, i18n);
  const when = whenLabel(service, i18n);
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
      ${service.organisation?.name && service.organisation.name !== service.name
        ? html`<p class="org muted">${i18n.t('by', { organisation: service.organisation.name })}</p>`
        : nothing}
      ${statusKey ? html`<p class="tag status">${i18n.t(statusKey)}</p>` : nothing}
      ${service.summary ? html`<p class="summary">${service.summary}</p>` : nothing}
      <dl class="facts">
        ${fact(i18n.t('detailWhere'), distance ? `${whereLabel(service, i18n)} · ${distance}` : whereLabel(service, i18n))}
        ${ages ? fact(i18n.t('ageLegend'), ages) : nothing} ${when ? fact(i18n.t('detailWhen'), when) : nothing}
        ${cost ? fact(i18n.t('detailCost'), cost) : nothing}
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
      ${pick
        ? html`<label class="choice pick"
            ><input type="checkbox" .checked=${pick.picked} @change=${(e: Event) => pick.toggle((e.target as HTMLInputElement).checked)} /><span
              >${i18n.t('pickToPrint')}<span class="visually-hidden">: ${service.name}</span></span
            ></label
          >`
        : nothing}
      <signpost-feedback class="report" kind="listing" compact .service=${service}></signpost-feedback>
    </article>
  </li>`;
}

function fact(label: string, value: unknown) {
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

