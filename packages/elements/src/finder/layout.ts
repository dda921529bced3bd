/**
 * The default layout, measured: which view to show (the list, the map, or both side by
 * side: the person's choice wins over the host's `view`; "split" needs a wide enough
 * results column, otherwise the list is shown with a way to the map), and whether the
 * filters sit above the results (then they fold behind a toggle) or beside them.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadMapElement } from '../map/load.js';
import type { I18n } from '../shared/i18n.js';
import { toView, type FinderView } from '../shared/state.js';

/** The results column must be this many of its own ems wide for list and map side by side. */
export const SPLIT_MIN_EM = 40;

/** The `map` attribute: on unless it says false, off, no or 0. */
export const mapAttribute = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};

export class LayoutController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChoose: (view: FinderView) => void;
  #wide = false;
  #stacked = true;
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;

  /** `onChoose` keeps a person's choice (in the finder's state, and so in its URL). */
  constructor(host: ReactiveControllerHost & HTMLElement, onChoose: (view: FinderView) => void) {
    this.#host = host;
    this.#onChoose = onChoose;
    host.addController(this);
  }

  /** The view to show for the host's `view`, this person's choice and the width available. */
  effective(requested: string | null | undefined, chosen: FinderView | undefined): FinderView {
    const view = chosen ?? toView(requested);
    return view === 'split' && !this.#wide ? 'list' : view;
  }

  get wide(): boolean {
    return this.#wide;
  }

  /** The filters sit above the results, not beside them. */
  get stacked(): boolean {
    return this.#stacked;
  }

  /** A person chose a view: a chosen map starts loading at once, even below the fold. */
  choose(view: FinderView): void {
    this.#onChoose(view);
    if (view !== 'list') this.loadMap();
  }

  /** Load the map now (its element's code, then Leaflet), rather than when it is seen. */
  loadMap(): void {
    void loadMapElement()
      .then(() => this.#host.updateComplete)
      .then(() => {
        const map = this.#host.shadowRoot?.querySelector('signpost-map') as (HTMLElement & { load?: () => Promise<void> }) | null;
        return map?.load?.();
      })
      .catch(() => undefined);
  }

  hostUpdated(): void {
    const main = this.#host.shadowRoot?.querySelector<HTMLElement>('.main') ?? undefined;
    if (main === this.#observed) {
      // the observer reports later resizes; a background tab gets no reports, so there every update measures again
      if (document.visibilityState !== 'visible') queueMicrotask(() => this.#measure());
      return;
    }
    this.#observer?.disconnect();
    this.#observed = main;
    if (!main) return;
    if (typeof ResizeObserver !== 'undefined') {
      // later resizes (rotating a phone, the filters moving above or beside the results); after this notification, not in it
      this.#observer = new ResizeObserver(() => setTimeout(() => this.#measure()));
      this.#observer.observe(main);
    }
    // measured once now, not on the observer's first report: that waits for a frame, which a
    // background tab never gets; the change lands in the next update, not this one
    queueMicrotask(() => this.#measure());
  }

  #measure(): void {
    const main = this.#observed;
    if (!main?.isConnected) return;
    const width = main.clientWidth;
    if (!width) return; // hidden (e.g. behind a service's detail): keep what we had
    const em = parseFloat(getComputedStyle(main).fontSize) || 16;
    const wide = width >= SPLIT_MIN_EM * em;
    // Beside the results, the sidebar is narrower than the layout; above them, it is as wide.
    const layout = main.closest('.layout');
    const sidebar = layout?.querySelector('.sidebar');
    const stacked = layout && sidebar ? sidebar.getBoundingClientRect().width >= layout.getBoundingClientRect().width - 1 : this.#stacked;
    if (wide === this.#wide && stacked === this.#stacked) return;
    this.#wide = wide;
    this.#stacked = stacked;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  /** The view switcher: toggle buttons, "List and map" only where there is room for it. */
  renderSwitcher(current: FinderView, i18n: I18n) {
    // pointing at (or tabbing to) a view with a map fetches the map's code, ahead of the click
    const intent = (view: FinderView) => (view === 'list' ? undefined : () => void loadMapElement().catch(() => undefined));
    const button = (view: FinderView, label: string) =>
      html`<button
        type="button"
        class="view-button"
        aria-pressed=${current === view ? 'true' : 'false'}
        data-view=${view}
        @pointerenter=${intent(view)}
        @focus=${intent(view)}
        @click=${() => this.choose(view)}
      >
        ${label}
      </button>`;
    return html`<div class="views" part="views" role="group" aria-label=${i18n.t('viewLabel')}>
      ${button('list', i18n.t('viewList'))} ${button('map', i18n.t('viewMap'))}
      ${this.#wide ? button('split', i18n.t('viewSplit')) : nothing}
    </div>`;
  }
}
