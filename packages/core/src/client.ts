/**
 * The one place that talks to an ORUK endpoint: search, one service, vocabularies.
 * Loads the dialect adapters when first needed, detects the dialect once (not at all when
 * it is given), caches responses in memory by the normalised request (repeating a search
 * costs no request), shares a request already in flight with whoever asks the same (the
 * finder and the map, two finders on a page), keeps vocabularies for the browser session,
 * aborts on request, times out, and throws only SignpostErrors.
 */
import { SignpostError, abortedError, errorMessages } from './errors.js';
import { fetchJson, type FetchLike } from './fetch-json.js';
import { DEFAULT_GEOCODER, Geocoder } from './geocoder.js';
import { distanceMetres } from './geo.js';
import { readableName } from './names.js';
import { LruCache } from './lru.js';
import { SharedWork } from './shared-work.js';
import { readStored, writeStored } from './storage.js';
import {
  ALL_CAPABILITIES,
  type Dialect,
  type EndpointCapabilities,
  type LatLng,
  type Parsed,
  type SearchQuery,
  type SearchResult,
  type Service,
  type TaxonomyTerm,
  type Vocabulary,
} from './model.js';
import type { DialectAdapter, OrukRequest } from './oruk/dialect.js';
import { detectDialectOf } from './oruk/detect-dialect.js';
import { loadAdapter } from './oruk/load.js';
import { pageOfAll } from './oruk/page-request.js';

export interface ClientOptions {
  /** The ORUK API base URL, e.g. "https://api.example.gov.uk/oruk" (no trailing /services). */
  endpoint: string;
  dialect?: Dialect | 'auto';
  /** Filters this endpoint honours; unset ones default to what the dialect defines. */
  capabilities?: Partial<EndpointCapabilities>;
  timeoutMs?: number;
  /**
   * The most bytes of one answer to read (after decompression); a larger one fails with a
   * `too-large` error and is never parsed. Default 5 MB (DEFAULT_MAX_RESPONSE_BYTES).
   */
  maxResponseBytes?: number;
  cacheSize?: number;
  /** Base URL of a postcodes.io-compatible service. */
  geocoder?: string;
  fetch?: FetchLike;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** false: a live endpoint's search near a postcode skips locating it (no distances; only the total is wanted). */
  distances?: boolean;
}

export interface ClientSearchResult extends SearchResult {
  /** The searched postcode's centre, when a postcode was searched and could be located. */
  origin?: LatLng;
  /** When the data was harvested (ISO date-time), for a source that is a snapshot. */
  harvestedAt?: string;
}

export interface ClientServiceResult extends Parsed<Service> {
  /** When the data was harvested (ISO date-time), for a source that is a snapshot. */
  harvestedAt?: string;
}

/**
 * What the elements ask of a source of services. A live ORUK endpoint (OrukClient) is one;
 * a static snapshot is another. Elements never know which they have.
 */
export interface Directory {
  /** The source's base URL (an ORUK endpoint or a snapshot), as resolved. */
  readonly endpoint: string;
  readonly geocoder: Geocoder;
  /** What this source can filter on. */
  capabilities(options?: CallOptions): Promise<EndpointCapabilities>;
  search(query: SearchQuery, options?: CallOptions): Promise<ClientSearchResult>;
  getService(id: string, options?: CallOptions & { origin?: LatLng }): Promise<ClientServiceResult>;
  /** Vocabularies with their terms, for need filters; `only` keeps those whose id or name is listed. */
  vocabularies(options?: CallOptions & { only?: string[] }): Promise<Vocabulary[]>;
}

const VOCAB_PAGE_SIZE = 200;
const VOCAB_MAX_PAGES = 25;

export class OrukClient implements Directory {
  readonly endpoint: string;
  readonly geocoder: Geocoder;
  readonly #options: ClientOptions;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #cache: LruCache<unknown>;
  #detection: SharedWork<DialectAdapter> | undefined;
  /** The first page of everything searched for: the dialect is told from it, rather than from a request of its own. */
  #firstPage: string | undefined;
  /** The given dialect's adapter, once its code is loaded. */
  #given: Promise<DialectAdapter> | undefined;
  /** Requests on their way, by URL, with how many callers still want each. */
  readonly #inflight = new Map<string, SharedWork<unknown>>();
  /** Requests actually sent (not served from cache): for tests and benchmarks. */
  requestCount = 0;

  constructor(options: ClientOptions) {
    this.#options = options;
    this.endpoint = options.endpoint.trim().replace(/\/+$/, '').replace(/\/services$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#cache = new LruCache(options.cacheSize ?? 50);
    this.geocoder = new Geocoder(options.geocoder ?? DEFAULT_GEOCODER, this.#fetch, this.#timeoutMs);
  }

  /**
   * The dialect adapter, detected once (a failed detection is retried on the next call).
   * Detection is shared by every caller: one caller's abort leaves it running for the
   * others, and it is cancelled only when every caller waiting for it has given up (a
   * caller without a signal keeps it going).
   */
  adapter(signal?: AbortSignal): Promise<DialectAdapter> {
    const fixed = this.#options.dialect;
    if (fixed && fixed !== 'auto') {
      this.#given ??= loadAdapter(fixed).catch((error: unknown) => {
        this.#given = undefined; // its code could not be fetched: try again next time
        throw error;
      });
      return this.#given;
    }
    this.#detection ??= this.#detect();
    return this.#detection.join(signal, () => abortedError(this.endpoint));
  }

  #detect(): SharedWork<DialectAdapter> {
    void loadAdapter('v3').catch(() => undefined); // the adapters' code is fetched while the dialect is found out
    const detection: SharedWork<DialectAdapter> = new SharedWork(
      // One microtask later, so that a search asked for in the same turn (a finder asks for its
      // capabilities and its first results together) is the request the dialect is told from.
      (signal) =>
        Promise.resolve()
          .then(() => detectDialectOf(this.endpoint, (url, s) => this.#getCached(url, s), signal, this.#firstPage))
          .then(loadAdapter)
          .catch((error: unknown) => {
            if (this.#detection === detection) this.#detection = undefined; // a failed detection is tried again next time
            throw error;
          }),
      () => {
        if (this.#detection === detection) this.#detection = undefined; // nobody wants it any more: the next caller starts afresh
      },
    );
    return detection;
  }

  /** What this endpoint can filter on: the dialect's abilities, narrowed by configuration. */
  async capabilities(options: CallOptions = {}): Promise<EndpointCapabilities> {
    const adapter = await this.adapter(options.signal);
    return this.#capabilitiesOf(adapter);
  }

  async search(query: SearchQuery, options: CallOptions = {}): Promise<ClientSearchResult> {
    // A page of everything is asked for at once, while the adapters' code loads (and the
    // dialect is told from it); the adapter's own request below is the same URL, so it waits for this one.
    const early = pageOfAll(query);
    if (early) {
      const url = this.urlOf(early);
      this.#firstPage ??= url;
      this.#getCached(url, options.signal).catch(() => undefined);
    }
    const adapter = await this.adapter(options.signal);
    const capabilities = this.#capabilitiesOf(adapter);
    const url = this.urlOf(adapter.searchRequest(query, capabilities));
    const [json, origin] = await Promise.all([
      this.#getCached(url, options.signal),
      query.postcode && capabilities.proximity && options.distances !== false ? this.#locate(query.postcode, options.signal) : undefined,
    ]);
    const result: ClientSearchResult = adapter.parseSearch(json, query, url);
    if (origin) {
      result.origin = origin;
      result.items = result.items.map((service) => withDistances(service, origin));
      result.items.sort((a, b) => (a.distanceMetres ?? Infinity) - (b.distanceMetres ?? Infinity));
    }
    return result;
  }

  async getService(id: string, options: CallOptions & { origin?: LatLng } = {}): Promise<Parsed<Service>> {
    const adapter = await this.adapter(options.signal);
    const url = this.urlOf(adapter.serviceRequest(id));
    const json = await this.#getCached(url, options.signal).catch((error: unknown) => {
      if (error instanceof SignpostError && error.status === 404) {
        throw new SignpostError('not-found', error.url, errorMessages.notFound(), { status: 404 });
      }
      throw error;
    });
    const parsed = adapter.parseService(json, url);
    if (options.origin) parsed.value = withDistances(parsed.value, options.origin);
    return parsed;
  }

  /**
   * Vocabularies with their terms, for need filters; `only` keeps those whose id or name
   * is listed. Kept in sessionStorage for the browser session.
   */
  async vocabularies(options: CallOptions & { only?: string[] } = {}): Promise<Vocabulary[]> {
    const key = `signpost:vocabularies:${this.endpoint}`;
    let all = readStored<Vocabulary[]>('sessionStorage', key);
    if (!all) {
      all = await this.#fetchVocabularies(options.signal);
      writeStored('sessionStorage', key, all);
    }
    return vocabulariesNamed(all, options.only);
  }

  async #fetchVocabularies(signal?: AbortSignal): Promise<Vocabulary[]> {
    const adapter = await this.adapter(signal);
    const vocabularies = await this.#allPages(
      (page) => adapter.taxonomiesRequest(page, VOCAB_PAGE_SIZE),
      (json, url) => adapter.parseTaxonomies(json, url).value,
      signal,
    );
    const terms = await this.#allPages(
      (page) => adapter.termsRequest(page, VOCAB_PAGE_SIZE),
      (json, url) => adapter.parseTerms(json, url).value,
      signal,
    );
    const byVocabulary = new Map<string, TaxonomyTerm[]>();
    for (const term of terms) {
      const v = term.vocabulary ?? '';
      byVocabulary.set(v, [...(byVocabulary.get(v) ?? []), term]);
    }
    const result: Vocabulary[] = vocabularies.map((v) => ({
      id: v.id,
      name: readableName(v.name),
      terms: byVocabulary.get(v.id) ?? byVocabulary.get(v.name) ?? [],
    }));
    // Terms whose vocabulary is not listed still deserve a group.
    const known = new Set(vocabularies.flatMap((v) => [v.id, v.name]));
    for (const [id, list] of byVocabulary) {
      if (id && !known.has(id)) result.push({ id, name: readableName(id), terms: list });
    }
    return result.filter((v) => v.terms.length > 0);
  }

  async #allPages<T>(
    request: (page: number) => OrukRequest,
    parse: (json: unknown, url: string) => { items: T[]; isLast: boolean; totalPages: number },
    signal?: AbortSignal,
  ): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; page <= VOCAB_MAX_PAGES; page += 1) {
      const url = this.urlOf(request(page));
      const parsed = parse(await this.#getCached(url, signal), url);
      items.push(...parsed.items);
      if (parsed.isLast || parsed.items.length === 0 || page >= parsed.totalPages) break;
    }
    return items;
  }

  #capabilitiesOf(adapter: DialectAdapter): EndpointCapabilities {
    const configured = this.#options.capabilities ?? {};
    const out = { ...ALL_CAPABILITIES };
    for (const key of Object.keys(out) as Array<keyof EndpointCapabilities>) {
      out[key] = adapter.capabilities[key] && configured[key] !== false;
    }
    return out;
  }

  async #locate(postcode: string, signal?: AbortSignal): Promise<LatLng | undefined> {
    try {
      return await this.geocoder.locate(postcode, signal);
    } catch {
      return undefined; // distances are a nicety: the search still stands without them
    }
  }

  urlOf(request: OrukRequest): string {
    const qs = request.params.toString();
    return `${this.endpoint}${request.path}${qs ? `?${qs}` : ''}`;
  }

  #getCached(url: string, signal?: AbortSignal): Promise<unknown> {
    const hit = this.#cache.get(url);
    if (hit !== undefined) return Promise.resolve(hit);
    // a caller that has already given up starts nothing
    if (signal?.aborted) return Promise.reject(abortedError(url));
    let shared = this.#inflight.get(url);
    if (!shared) {
      const forget = () => {
        if (this.#inflight.get(url) === work) this.#inflight.delete(url);
      };
      const work: SharedWork<unknown> = new SharedWork((own) => this.#get(url, own), forget);
      work.outcome.then((json) => this.#cache.set(url, json), () => undefined).finally(forget);
      this.#inflight.set(url, (shared = work));
    }
    return shared.join(signal, () => abortedError(url));
  }

  #get(url: string, signal?: AbortSignal): Promise<unknown> {
    this.requestCount += 1;
    return fetchJson(url, { signal, timeoutMs: this.#timeoutMs, fetch: this.#fetch, maxBytes: this.#options.maxResponseBytes });
  }
}

/** The service with each place's distance from `origin`, nearest first, and the nearest as its own. */
export function withDistances(service: Service, origin: LatLng): Service {
  const locations = service.locations
    .map((l) => (l.position ? { ...l, distanceMetres: distanceMetres(origin, l.position) } : l))
    .sort((a, b) => (a.distanceMetres ?? Infinity) - (b.distanceMetres ?? Infinity));
  const nearest = locations[0]?.distanceMetres;
  return { ...service, locations, ...(nearest === undefined ? {} : { distanceMetres: nearest }) };
}

/** The vocabularies whose id or name (in any case) is in `only`; all of them when `only` lists none. */
export function vocabulariesNamed(all: Vocabulary[], only: readonly string[] | undefined): Vocabulary[] {
  const wanted = only?.map((s) => s.toLowerCase());
  return wanted?.length ? all.filter((v) => wanted.includes(v.id.toLowerCase()) || wanted.includes(v.name.toLowerCase())) : all;
}
