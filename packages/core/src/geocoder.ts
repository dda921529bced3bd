/**
 * Postcode lookups against a postcodes.io-compatible service: forward (postcode -> point)
 * to measure distances, reverse (point -> postcode) for "near me". Results are cached.
 */
import { fetchJson, type FetchLike } from './fetch-json.js';
import { normalisePostcode, validLatLng } from './geo.js';
import { LruCache } from './lru.js';
import type { LatLng } from './model.js';

export const DEFAULT_GEOCODER = 'https://api.postcodes.io';

export class Geocoder {
  readonly #base: string;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #points = new LruCache<LatLng>(100);

  constructor(base: string, fetch: FetchLike, timeoutMs: number) {
    this.#base = base.replace(/\/+$/, '');
    this.#fetch = fetch;
    this.#timeoutMs = timeoutMs;
  }

  /** The centre of a postcode, or undefined when it is unknown. Network failures reject. */
  async locate(postcode: string, signal?: AbortSignal): Promise<LatLng | undefined> {
    const pc = normalisePostcode(postcode);
    if (!pc) return undefined;
    const cached = this.#points.get(pc);
    if (cached) return cached;
    let json: unknown;
    try {
      json = await fetchJson(`${this.#base}/postcodes/${encodeURIComponent(pc)}`, {
        signal,
        timeoutMs: this.#timeoutMs,
        fetch: this.#fetch,
      });
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
    const result = (json as { result?: { latitude?: unknown; longitude?: unknown } } | null)?.result;
    const point = validLatLng(result?.latitude, result?.longitude);
    if (point) this.#points.set(pc, point);
    return point;
  }

  /** The nearest postcode to a point, or undefined when there is none nearby. */
  async nearestPostcode(point: LatLng, signal?: AbortSignal): Promise<string | undefined> {
    const url = `${this.#base}/postcodes?lon=${point.lng.toFixed(6)}&lat=${point.lat.toFixed(6)}&limit=1`;
    const json = await fetchJson(url, { signal, timeoutMs: this.#timeoutMs, fetch: this.#fetch });
    const result = (json as { result?: Array<{ postcode?: unknown }> | null } | null)?.result;
    const first = Array.isArray(result) ? result[0] : undefined;
    return normalisePostcode(first?.postcode);
  }
}
