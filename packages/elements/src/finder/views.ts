/**
 * The default layout's views: the list, the map, or both side by side. The person's choice
 * wins over the host's `view`; "split" needs a wide enough results column (otherwise the
 * list is shown, with a way to the map).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { I18n } from '../shared/i18n.js';

export type FinderView = 'list' | 'map' | 'split';

/** The results column must be this many of its own ems wide for list and map side by side. */
export const SPLIT_MIN_EM = 40;

export function toView(value: string | null | undefined): FinderView {
  return value === 'map' || value === 'split' ? value : 'list';
}

/** The `map` attribute: on unless it says false, off, no or 0. */
export const mapAttribute = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};

export class ViewsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #chosen: FinderView | undefined;
  #wide = false;
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The view to show for the host's `view`, this person's choice and the width available. */
  effective(requested: string | null | undefined): FinderView {
    const view = this.#chosen ?? toView(requested);
    return view === 'split' && !this.#wide ? 'list' : view;
  }

  get wide(): boolean {
    return this.#wide;
  }

  choose(view: FinderView): void {
    this.#chosen = view;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const main = this.#host.shadowRoot?.querySelector('.main') ?? undefined;
    if (main === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = main;
    if (!main || typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const em = parseFloat(getComputedStyle(entry.target).fontSize) || 16;
      const wide = entry.contentRect.width >= SPLIT_MIN_EM * em;
      if (wide !== this.#wide) {
        this.#wide = wide;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(main);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  /** The view switcher: toggle buttons, "List and map" only where there is room for it. */
  renderSwitcher(current: FinderView, i18n: I18n) {
    const button = (view: FinderView, label: string) =>
      html`<button type="button" class="view-button" aria-pressed=${current === view ? 'true' : 'false'} data-view=${view} @click=${() => this.choose(view)}>
        ${label}
      </button>`;
    return html`<div class="views" part="views" role="group" aria-label=${i18n.t('viewLabel')}>
      ${button('list', i18n.t('viewList'))} ${button('map', i18n.t('viewMap'))}
      ${this.#wide ? button('split', i18n.t('viewSplit')) : nothing}
    </div>`;
  }
}
