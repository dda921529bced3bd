/**
 * Leaflet's markers and controls built from DOM nodes, for pages that enforce Trusted
 * Types (`require-trusted-types-for 'script'`): Leaflet's own divIcon, zoom buttons and
 * attribution set innerHTML from strings, which such a page refuses. Part of the lazily
 * loaded map chunk.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { sanitisedFragment } from '@signpost/core/sanitise';

/** A marker icon whose content is made fresh for each marker by `make` (never an HTML string). */
export function nodeIcon(options: { className: string; iconSize: L.PointExpression; make: () => Node }): L.Icon {
  const NodeIcon = L.Icon.extend({
    createIcon(old?: HTMLElement): HTMLElement {
      const div = old?.tagName === 'DIV' ? old : document.createElement('div');
      div.replaceChildren(options.make());
      (this as unknown as { _setIconStyles(el: HTMLElement, name: string): void })._setIconStyles(div, 'icon');
      return div;
    },
    createShadow: () => null,
  }) as unknown as typeof L.Icon;
  return new NodeIcon({ className: options.className, iconSize: options.iconSize, iconUrl: '' } as L.IconOptions);
}

/** A span, hidden from assistive technology, with `text` in it. */
export function hiddenText(className: string, text = ''): HTMLSpanElement {
  const span = document.createElement('span');
  if (className) span.className = className;
  span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}

/** Leaflet's zoom control, its buttons' "+" and "−" written as text rather than HTML. */
export function zoomControl(options: { zoomInTitle: string; zoomOutTitle: string }): L.Control.Zoom {
  const Zoom = L.Control.Zoom.extend({
    _createButton(
      this: L.Control.Zoom & { _refocusOnMap(): void },
      _html: string,
      title: string,
      className: string,
      container: HTMLElement,
      fn: () => void,
    ): HTMLAnchorElement {
      const link = L.DomUtil.create('a', className, container) as HTMLAnchorElement;
      link.append(hiddenText('', className.endsWith('-in') ? '+' : '\u2212'));
      link.href = '#';
      link.title = title;
      link.setAttribute('role', 'button');
      link.setAttribute('aria-label', title);
      L.DomEvent.disableClickPropagation(link);
      L.DomEvent.on(link, 'click', L.DomEvent.stop);
      L.DomEvent.on(link, 'click', fn, this);
      L.DomEvent.on(link, 'click', this._refocusOnMap, this);
      return link;
    },
  }) as unknown as typeof L.Control.Zoom;
  return new Zoom(options);
}

/** Leaflet's attribution control, each credit sanitised into nodes (links allowed). */
export function attributionControl(prefix: string): L.Control.Attribution {
  type Internals = { _map?: L.Map; _container: HTMLElement; _attributions: Record<string, number>; options: { prefix: string } };
  const Attribution = L.Control.Attribution.extend({
    _update(this: Internals) {
      if (!this._map) return;
      const credits = Object.keys(this._attributions).filter((k) => this._attributions[k]);
      const parts = [this.options.prefix, credits.join(', ')].filter(Boolean);
      this._container.replaceChildren(...parts.flatMap((part, i) => (i ? [' ', hiddenText('', '|'), ' ', sanitisedFragment(part)] : [sanitisedFragment(part)])));
    },
  }) as unknown as typeof L.Control.Attribution;
  return new Attribution({ prefix });
}
