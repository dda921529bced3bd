/** The card of a chosen marker: the service (or the services at one place), with "View details". */
import { html, nothing } from 'lit';
import type { Service } from '@signpost/core';
import { emit } from '../shared/events.js';
import { byOrganisation, distanceLabel } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';
import { pointAddress, pointDistance, type MapPoint } from './points.js';

export interface MapCardOptions {
  /** The service whose details are already on show (it gets no "View details"). */
  viewing: string | undefined;
  /** Escape or the close button. */
  close(): void;
}

export function renderMapCard(host: HTMLElement, chosen: MapPoint[], i18n: I18n, { viewing, close }: MapCardOptions) {
  const first = chosen[0];
  if (!first) return nothing;
  const details = (service: Service) =>
    service.id === viewing
      ? nothing
      : html`<button
          class="button details"
          type="button"
          data-service=${service.id}
          aria-label=${i18n.t('viewDetailsOf', { name: service.name })}
          @click=${() => emit(host, 'signpost-select', { serviceId: service.id })}
        >
          ${i18n.t('viewDetails')}
        </button>`;
  const org = (service: Service) => {
    const by = byOrganisation(service, i18n);
    return by ? html`<p class="muted">${by}</p>` : nothing;
  };
  const place = (point: MapPoint) => {
    const where = [point.location.name !== point.service.name ? point.location.name : undefined, pointAddress(point)].filter(Boolean).join(', ');
    const distance = distanceLabel(pointDistance(point), i18n);
    return html`${where ? html`<p>${where}</p>` : nothing}${distance ? html`<p class="muted">${distance}</p>` : nothing}`;
  };
  const body =
    chosen.length === 1
      ? html`<h3 id="map-card-heading" tabindex="-1">${first.service.name}</h3>
          ${org(first.service)} ${place(first)} ${details(first.service)}`
      : html`<h3 id="map-card-heading" tabindex="-1">${i18n.t('mapHere', { count: chosen.length })}</h3>
          <ul>
            ${chosen.map((p) => html`<li><strong>${p.service.name}</strong> ${org(p.service)} ${place(p)} ${details(p.service)}</li>`)}
          </ul>`;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return html`<section class="card" part="card" aria-labelledby="map-card-heading" @keydown=${onKey}>
    ${body}
    <button class="close" type="button" aria-label=${i18n.t('mapClose')} title=${i18n.t('mapClose')} @click=${close}>
      <span aria-hidden="true">×</span>
    </button>
  </section>`;
}
