/** Which map tiles to draw, and the attribution they require. No Leaflet here. */
import type { I18n } from '../shared/i18n.js';

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';

export interface TileSettings {
  /** The URL template, or undefined for no tiles (markers on a plain background). */
  url: string | undefined;
  /** Attribution HTML: a host's own is as given (the view sanitises it); the default is ours. */
  attribution: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * From the `tile-url` and `tile-attribution` attributes (or the finder's): OpenStreetMap's
 * standard tiles with their required credit by default, a council's own server, or "none".
 */
export function tileSettings(tileUrl: string | null | undefined, tileAttribution: string | null | undefined, i18n: I18n): TileSettings {
  const raw = (tileUrl ?? '').trim();
  if (raw.toLowerCase() === 'none') return { url: undefined, attribution: '' };
  const url = raw || OSM_TILES;
  const given = (tileAttribution ?? '').trim();
  if (given) return { url, attribution: given };
  if (url === OSM_TILES) {
    return { url, attribution: `© <a href="${OSM_COPYRIGHT}">${escapeHtml(i18n.t('mapOsmContributors'))}</a>` };
  }
  return { url, attribution: '' };
}
