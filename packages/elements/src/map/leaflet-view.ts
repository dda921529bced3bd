/**
 * The part of signpost-map that needs Leaflet: reached only through a dynamic import(),
 * so a page whose map is never shown downloads none of this (nor Leaflet, nor its CSS).
 *
 * Points are clustered with supercluster; only what is inside the view is drawn, as
 * keyboard-reachable Leaflet markers with our own markup (no image paths). Markers and
 * controls are built from DOM nodes (leaflet-dom.ts), so a page that enforces Trusted
 * Types sees no HTML string assigned.
 */
import { releaseLeafletGuard } from './leaflet-tt.js'; // first: see leaflet-tt.ts
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { LatLng } from '@signpost/core';
import { attributionControl, hiddenText, nodeIcon, zoomControl } from './leaflet-dom.js';
import type { MapPoint } from './points.js';

export { leafletCss } from './leaflet-css.js';

releaseLeafletGuard();

export interface ViewOptions {
  container: HTMLElement;
  /** A tile URL template, or undefined for no tiles (a plain background). */
  tileUrl: string | undefined;
  /** HTML for the attribution control (sanitised here: links allowed). */
  attribution: string;
  zoomInTitle: string;
  zoomOutTitle: string;
  /** No zoom or pan animations (prefers-reduced-motion). */
  reducedMotion: boolean;
  label(point: MapPoint): string;
  clusterLabel(count: number, canZoom: boolean): string;
  onHighlight(serviceId: string | undefined): void;
  /** A point, or a cluster that cannot be split by zooming, was chosen. */
  onChoose(points: MapPoint[], from: HTMLElement, keyboard: boolean): void;
  /** Called after the markers in view were drawn. */
  onRendered?(): void;
  /** The map itself (not a marker) was clicked. */
  onMapClick?(): void;
}

export interface ViewData {
  points: MapPoint[];
  origin?: LatLng | undefined;
  radiusMetres?: number | undefined;
}

interface Entry {
  marker: L.Marker;
  element: HTMLElement;
  lat: number;
  lng: number;
  point?: MapPoint;
  clusterId?: number;
  count: number;
  /** Service ids inside a cluster, worked out when first needed. */
  ids?: Set<string>;
}

type Props = { i: number };

const MAX_ZOOM = 18;
/** Beyond this, points that are still together stay a cluster and open as a list. */
const CLUSTER_MAX_ZOOM = 17;
const FIT_MAX_ZOOM = 15;
const UK: L.LatLngTuple = [54.3, -2.5];
const UK_ZOOM = 5;

export class LeafletView {
  readonly #options: ViewOptions;
  readonly #map: L.Map;
  readonly #layer: L.LayerGroup;
  readonly #originLayer: L.LayerGroup;
  readonly #entries = new Map<string, Entry>();
  readonly #pointIcon: L.Icon;
  #zoomControl: L.Control.Zoom;
  readonly #attributionControl: L.Control.Attribution;
  #attribution = '';
  #tiles: L.TileLayer | undefined;
  #index: Supercluster<Props, Record<string, never>> | undefined;
  #points: MapPoint[] = [];
  #origin: LatLng | undefined;
  #highlighted: string | undefined;
  #pendingFit = false;
  #focusNear: L.LatLng | undefined;

  constructor(options: ViewOptions) {
    this.#options = options;
    const still = options.reducedMotion;
    this.#map = L.map(options.container, {
      center: UK,
      zoom: UK_ZOOM,
      minZoom: 2,
      maxZoom: MAX_ZOOM,
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      worldCopyJump: false,
      // the element watches its own size (ResizeObserver): no window listener to outlive it
      trackResize: false,
    });
    this.#zoomControl = zoomControl({ zoomInTitle: options.zoomInTitle, zoomOutTitle: options.zoomOutTitle }).addTo(this.#map);
    this.#attributionControl = attributionControl('<a href="https://leafletjs.com">Leaflet</a>').addTo(this.#map);
    this.#setTiles(options.tileUrl, options.attribution);
    this.#originLayer = L.layerGroup().addTo(this.#map);
    this.#layer = L.layerGroup().addTo(this.#map);
    this.#pointIcon = nodeIcon({ className: 'sp-marker sp-point', iconSize: [28, 28], make: () => hiddenText('dot') });
    this.#map.on('moveend', () => this.#render());
    this.#map.on('click', () => options.onMapClick?.());
  }

  /** New points (and searched place): rebuild the index and fit the view to them. */
  setData(data: ViewData): void {
    this.#points = data.points;
    this.#origin = data.origin;
    this.#index = new Supercluster<Props, Record<string, never>>({
      // extent 256: Leaflet's tile size, so the radius is in screen pixels (clusters are up to 52 px wide)
      extent: 256,
      radius: 60,
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 2,
    });
    this.#index.load(
      data.points.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })),
    );
    this.#clearMarkers();
    this.#originLayer.clearLayers();
    if (data.origin) {
      const at: L.LatLngTuple = [data.origin.lat, data.origin.lng];
      if (data.radiusMetres && data.radiusMetres > 0) {
        L.circle(at, { radius: data.radiusMetres, interactive: false, className: 'sp-radius', weight: 2, fill: true, fillOpacity: 0.06 }).addTo(
          this.#originLayer,
        );
      }
      const origin = L.marker(at, {
        icon: nodeIcon({ className: 'sp-origin', iconSize: [22, 22], make: () => hiddenText('') }),
        interactive: false,
        keyboard: false,
        zIndexOffset: -1000,
      }).addTo(this.#originLayer);
      origin.getElement()?.setAttribute('aria-hidden', 'true');
    }
    this.fitToPlaces();
  }

  /** Fit the view to the points (and the searched place); waits for a size if hidden. */
  fitToPlaces(): void {
    const size = this.#map.getSize();
    if (!size.x || !size.y) {
      this.#pendingFit = true;
      return;
    }
    this.#pendingFit = false;
    let south = Infinity;
    let west = Infinity;
    let north = -Infinity;
    let east = -Infinity;
    const extend = (lat: number, lng: number) => {
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (lng < west) west = lng;
      if (lng > east) east = lng;
    };
    for (const p of this.#points) extend(p.lat, p.lng);
    if (this.#origin) extend(this.#origin.lat, this.#origin.lng);
    if (south === Infinity) this.#map.setView(UK, UK_ZOOM, { animate: false });
    else this.#map.fitBounds([[south, west], [north, east]], { padding: [32, 32], maxZoom: FIT_MAX_ZOOM, animate: false });
    this.#render();
  }

  /** The container changed size (shown, hidden, resized). */
  resize(): void {
    this.#map.invalidateSize({ animate: false, pan: false });
    if (this.#pendingFit) this.fitToPlaces();
    else this.#render();
  }

  setHighlighted(serviceId: string | undefined): void {
    this.#highlighted = serviceId;
    this.#applyHighlight();
  }

  setStrings(strings: { zoomInTitle: string; zoomOutTitle: string; attribution: string }): void {
    this.#zoomControl.remove();
    this.#zoomControl = zoomControl({ zoomInTitle: strings.zoomInTitle, zoomOutTitle: strings.zoomOutTitle }).addTo(this.#map);
    // keep the zoom buttons before the attribution links in tab order
    this.#attributionControl.remove().addTo(this.#map);
    this.#setAttribution(strings.attribution);
    for (const entry of this.#entries.values()) this.#label(entry);
  }

  setTiles(tileUrl: string | undefined, attribution: string): void {
    this.#setTiles(tileUrl, attribution);
  }

  zoomIn(): void {
    this.#map.zoomIn(1, { animate: !this.#options.reducedMotion });
  }

  zoomOut(): void {
    this.#map.zoomOut(1, { animate: !this.#options.reducedMotion });
  }

  get zoom(): number {
    return this.#map.getZoom();
  }

  /** The marker elements drawn now, in tab order. */
  markerElements(): HTMLElement[] {
    return [...this.#entries.values()].map((e) => e.element).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  destroy(): void {
    this.#map.remove();
    this.#entries.clear();
  }

  #setTiles(tileUrl: string | undefined, attribution: string): void {
    this.#tiles?.remove();
    this.#tiles = tileUrl ? L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(this.#map) : undefined;
    this.#setAttribution(tileUrl ? attribution : '');
  }

  #setAttribution(html: string): void {
    if (this.#attribution) this.#attributionControl.removeAttribution(this.#attribution);
    // The control sanitises each credit into nodes as it shows it.
    this.#attribution = this.#tiles ? html : '';
    if (this.#attribution) this.#attributionControl.addAttribution(this.#attribution);
  }

  #clearMarkers(): void {
    this.#layer.clearLayers();
    this.#entries.clear();
  }

  #render(): void {
    const index = this.#index;
    const size = this.#map.getSize();
    if (!index || !size.x || !size.y) return;
    const zoom = Math.min(Math.round(this.#map.getZoom()), CLUSTER_MAX_ZOOM);
    const bounds = this.#map.getBounds();
    const features = index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    const wanted = new Map<string, (typeof features)[number]>();
    for (const f of features) {
      const props = f.properties as Partial<ClusterProperties> & Partial<Props>;
      wanted.set(props.cluster ? `c${props.cluster_id}` : `p${props.i}`, f);
    }
    let changed = false;
    for (const [key, entry] of this.#entries) {
      if (!wanted.has(key)) {
        this.#layer.removeLayer(entry.marker);
        this.#entries.delete(key);
        changed = true;
      }
    }
    for (const [key, f] of wanted) {
      if (this.#entries.has(key)) continue;
      changed = true;
      const [lng = 0, lat = 0] = f.geometry.coordinates;
      const props = f.properties as Partial<ClusterProperties> & Partial<Props>;
      const entry = props.cluster
        ? this.#cluster(lat, lng, props.cluster_id!, props.point_count!)
        : this.#point(this.#points[props.i!]!);
      this.#entries.set(key, entry);
    }
    this.#applyHighlight();
    if (changed) this.#order();
    if (this.#focusNear) this.#focusNearest(this.#focusNear);
    this.#options.onRendered?.();
  }

  #point(point: MapPoint): Entry {
    const marker = L.marker([point.lat, point.lng], { icon: this.#pointIcon, keyboard: true, riseOnHover: true, autoPanOnFocus: false });
    const entry = this.#add(marker, { point, lat: point.lat, lng: point.lng, count: 1 });
    const id = point.service.id;
    entry.element.dataset.service = id;
    marker.on('mouseover', () => this.#options.onHighlight(id));
    marker.on('mouseout', () => this.#options.onHighlight(undefined));
    entry.element.addEventListener('focus', () => this.#options.onHighlight(id));
    entry.element.addEventListener('blur', () => this.#options.onHighlight(undefined));
    return entry;
  }

  #cluster(lat: number, lng: number, clusterId: number, count: number): Entry {
    const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
    const icon = nodeIcon({
      className: 'sp-marker sp-cluster',
      iconSize: [size, size],
      make: () => hiddenText('', count < 10_000 ? String(count) : `${Math.floor(count / 1000)}k`),
    });
    const marker = L.marker([lat, lng], { icon, keyboard: true, riseOnHover: true, autoPanOnFocus: false });
    return this.#add(marker, { clusterId, lat, lng, count });
  }

  #add(marker: L.Marker, data: Omit<Entry, 'marker' | 'element'>): Entry {
    marker.addTo(this.#layer);
    const element = marker.getElement()!;
    const entry: Entry = { marker, element, ...data };
    this.#label(entry);
    // a marker reached with Tab is brought fully into view (without animation when motion is reduced)
    element.addEventListener('focus', () =>
      this.#map.panInside(marker.getLatLng(), { padding: [28, 28], animate: !this.#options.reducedMotion }),
    );
    marker.on('click', (e: L.LeafletMouseEvent) => {
      const original = e.originalEvent as MouseEvent | undefined;
      this.#choose(entry, original?.detail === 0);
    });
    element.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      this.#choose(entry, true);
    });
    return entry;
  }

  #label(entry: Entry): void {
    const text = entry.point ? this.#options.label(entry.point) : this.#options.clusterLabel(entry.count, this.#canZoom(entry));
    entry.element.setAttribute('aria-label', text);
    entry.element.title = text;
  }

  #canZoom(entry: Entry): boolean {
    if (entry.clusterId === undefined || !this.#index) return false;
    return this.#index.getClusterExpansionZoom(entry.clusterId) <= CLUSTER_MAX_ZOOM;
  }

  #choose(entry: Entry, keyboard: boolean): void {
    if (entry.point) {
      this.#options.onChoose([entry.point], entry.element, keyboard);
      return;
    }
    const index = this.#index!;
    const clusterId = entry.clusterId!;
    if (this.#canZoom(entry)) {
      const zoom = index.getClusterExpansionZoom(clusterId);
      const at = L.latLng(entry.lat, entry.lng);
      if (keyboard) this.#focusNear = at;
      this.#map.setView(at, Math.min(zoom, MAX_ZOOM), { animate: !this.#options.reducedMotion });
      return;
    }
    const leaves = index.getLeaves(clusterId, 200).map((f) => this.#points[f.properties.i]!);
    this.#options.onChoose(leaves, entry.element, keyboard);
  }

  #idsOf(entry: Entry): Set<string> {
    if (entry.point) return new Set([entry.point.service.id]);
    if (!entry.ids) entry.ids = new Set(this.#index!.getLeaves(entry.clusterId!, Infinity).map((f) => this.#points[f.properties.i]!.service.id));
    return entry.ids;
  }

  #applyHighlight(): void {
    const id = this.#highlighted;
    let pointShown = false;
    for (const entry of this.#entries.values()) {
      if (!entry.point) continue;
      const on = id !== undefined && entry.point.service.id === id;
      pointShown ||= on;
      this.#mark(entry, on);
    }
    for (const entry of this.#entries.values()) {
      if (entry.point) continue;
      // a service that is inside a cluster lights the cluster up
      this.#mark(entry, id !== undefined && !pointShown && this.#idsOf(entry).has(id));
    }
  }

  #mark(entry: Entry, on: boolean): void {
    if (entry.element.classList.contains('highlighted') === on) return;
    entry.element.classList.toggle('highlighted', on);
    entry.marker.setZIndexOffset(on ? 1000 : 0);
  }

  /** Tab order follows reading order (north to south, west to east), unless a marker has focus. */
  #order(): void {
    const pane = this.#map.getPane('markerPane');
    const root = this.#options.container.getRootNode() as Document | ShadowRoot;
    if (!pane || (root.activeElement && pane.contains(root.activeElement))) return;
    const sorted = [...this.#entries.values()].sort((a, b) => b.lat - a.lat || a.lng - b.lng);
    for (const entry of sorted) pane.appendChild(entry.element);
  }

  #focusNearest(at: L.LatLng): void {
    this.#focusNear = undefined;
    const target = this.#map.latLngToContainerPoint(at);
    let best: Entry | undefined;
    let bestDistance = Infinity;
    for (const entry of this.#entries.values()) {
      const d = this.#map.latLngToContainerPoint([entry.lat, entry.lng]).distanceTo(target);
      if (d < bestDistance) {
        best = entry;
        bestDistance = d;
      }
    }
    (best?.element ?? this.#options.container).focus();
  }
}

export function createView(options: ViewOptions): LeafletView {
  return new LeafletView(options);
}
