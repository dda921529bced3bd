/**
 * A static snapshot as a Directory: the same questions as a live ORUK endpoint (search,
 * one service, vocabularies), answered in the browser from the snapshot's files. Filters
 * are exact and totals true. Every failure is a SignpostError with a plain message.
 */
import type { Query } from 'minisearch';
import { vocabulariesNamed, withDistances, type CallOptions, type ClientSearchResult, type ClientServiceResult } from '../client.js';
import { SignpostError, abortedError, errorMessages } from '../errors.js';
import { fetchJson, type FetchLike } from '../fetch-json.js';
import type { Geocoder } from '../geocoder.js';
import { ACCESS_ROUTES, ALL_CAPABILITIES, type Diagnostic, type EndpointCapabilities, type LatLng, type SearchQuery, type Vocabulary } from '../model.js';
import { searchValues } from '../oruk/request.js';
import { hasFacetFilter, type FacetFilter } from './facets.js';
import { MANIFEST_FILE, minutes } from './format.js';
import { DamagedShard, LoadedSnapshot } from './loaded.js';
import { ManifestProblem, readManifest } from './manifest.js';
import { geocoderFor, snapshotFolder, type SnapshotOptions, type SnapshotSource } from './open.js';
import { SYNONYMS, Synonyms, synonymsOf, type SynonymGroups } from './synonyms.js';
import { textQuery } from './words.js';

const DEFAULT_PER_PAGE = 10;
const MAX_PER_PAGE = 500;

/** The developer's English for what can go wrong with a snapshot (the elements show words of their own; see errors.ts). */
const snapshotMessages = {
  snapshotMissing: (url: string) => `There is no directory snapshot at ${url} (its manifest.json was not found).`,
  snapshotDamaged: (url: string, why: string) =>
    `The directory snapshot at ${url} is damaged (${why}). It needs to be published again.`,
  snapshotIncomplete: (url: string) =>
    `The directory snapshot at ${url} is incomplete: a file it lists is missing, even after reading it again. It may be being replaced: try again in a few minutes.`,
  snapshotVersion: (url: string, version: unknown) =>
    `The directory snapshot at ${url} is in a newer format (version ${String(version)}) than this page understands. Update Signpost on this page.`,
  geocoder: () => 'Could not look up the postcode: the postcode service could not be reached. You may be offline.',
  postcodeUnknown: (postcode: string) => `No place could be found for the postcode ${postcode}.`,
};

/** A shard named in the manifest is not there (404): the snapshot may have been replaced. */
class MissingShard extends Error {}

export class SnapshotDirectory implements SnapshotSource {
  /** The snapshot's folder, ending in "/". */
  readonly endpoint: string;
  readonly geocoder: Geocoder;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #synonyms = new Synonyms([...SYNONYMS.en, ...SYNONYMS.cy]);
  #current?: Promise<LoadedSnapshot>;
  /** Files fetched so far (for tests and benchmarks). */
  readonly fetched: string[] = [];

  constructor(options: SnapshotOptions) {
    this.endpoint = snapshotFolder(options.url);
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.geocoder = geocoderFor(options, this.#fetch);
    if (options.synonyms) this.addSynonyms(synonymsOf(options.synonyms));
  }

  /** More words that mean the same, e.g. [["footy", "football"]]; used from the next search on. */
  addSynonyms(groups: SynonymGroups): void {
    this.#synonyms.add(groups);
  }

  /** A snapshot can filter on everything a person can ask for. */
  capabilities(): Promise<EndpointCapabilities> {
    return Promise.resolve({ ...ALL_CAPABILITIES });
  }

  /** When the snapshot was harvested (ISO date-time). */
  async harvestedAt(): Promise<string> {
    return (await this.#snapshot()).manifest.harvestedAt;
  }

  async vocabularies(options: CallOptions & { only?: string[] } = {}): Promise<Vocabulary[]> {
    return vocabulariesNamed(await this.#run(options.signal, async (s) => s.manifest.vocabularies), options.only);
  }

  async getService(id: string, options: CallOptions & { origin?: LatLng } = {}): Promise<ClientServiceResult> {
    return this.#run(options.signal, async (s) => {
      const diagnostics: Diagnostic[] = [];
      const found = await s.service(id, diagnostics);
      if (!found) throw new SignpostError('not-found', this.endpoint, errorMessages.notFound(), { status: 404 });
      const value = options.origin ? withDistances(found, options.origin) : found;
      return { value, diagnostics, harvestedAt: s.manifest.harvestedAt };
    });
  }

  async search(query: SearchQuery, options: CallOptions = {}): Promise<ClientSearchResult> {
    const v = searchValues(query);
    const origin = v.postcode ? await this.#locate(v.postcode, options.signal) : undefined;
    const text = v.text ? textQuery(v.text, this.#synonyms) : undefined;
    return this.#run(options.signal, async (s) => {
      const filter = this.#filter(s, v, query);
      const { page: _p, perPage: _pp, ...asked } = v;
      const key = JSON.stringify([text, origin, asked, filter.freeOnly, filter.access]);
      const ordered = s.recall(key) ?? (await this.#matches(s, text, origin, v.proximity, filter));
      s.remember(key, ordered);
      const perPage = Math.min(v.perPage ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
      const page = v.page ?? 1;
      const total = ordered.length;
      const totalPages = Math.max(1, Math.ceil(total / perPage));
      const ordinals = ordered.slice((page - 1) * perPage, page * perPage);
      const diagnostics: Diagnostic[] = [];
      const cards = await s.cards(ordinals, diagnostics);
      const items = ordinals.flatMap((o) => {
        const card = cards.get(o);
        return card ? [origin ? withDistances(card, origin) : card] : [];
      });
      const result: ClientSearchResult = {
        items,
        total,
        page,
        perPage,
        totalPages,
        isFirst: page === 1,
        isLast: page >= totalPages,
        diagnostics,
        harvestedAt: s.manifest.harvestedAt,
      };
      if (origin) result.origin = origin;
      return result;
    });
  }

  /** Every matching ordinal in order: nearest first near a place, else best match for words, else by name. */
  async #matches(s: LoadedSnapshot, text: Query | undefined, origin: LatLng | undefined, proximity: number | undefined, filter: FacetFilter): Promise<number[]> {
    const [hits, near] = await Promise.all([text ? s.textHits(text) : undefined, origin ? s.near(origin, proximity) : undefined]);
    let ordinals: number[];
    if (hits) ordinals = [...hits.keys()];
    else if (near && proximity !== undefined) ordinals = [...near.keys()];
    else ordinals = Array.from({ length: s.size }, (_, o) => o);
    if (hits && near && proximity !== undefined) ordinals = ordinals.filter((o) => near.has(o));
    if (hasFacetFilter(filter)) ordinals = await s.filter(ordinals, filter);
    if (near) {
      const score = (o: number) => hits?.get(o) ?? 0;
      return ordinals.sort((a, b) => (near.get(a) ?? Infinity) - (near.get(b) ?? Infinity) || score(b) - score(a) || a - b);
    }
    if (hits) return ordinals.sort((a, b) => hits.get(b)! - hits.get(a)! || a - b);
    const rank = await s.ranks();
    return ordinals.sort((a, b) => rank[a]! - rank[b]!);
  }

  #filter(s: LoadedSnapshot, v: ReturnType<typeof searchValues>, query: SearchQuery): FacetFilter {
    const f: FacetFilter = {};
    if (v.terms) f.terms = new Set(v.terms.split(',').flatMap((id) => s.termNumbers.get(id) ?? []));
    if (v.vocabulary) f.vocabulary = s.vocabularyTerms(v.vocabulary);
    if (v.minAge !== undefined) f.minAge = v.minAge;
    if (v.maxAge !== undefined) f.maxAge = v.maxAge;
    if (v.day) f.day = v.day;
    if (v.startTime) f.start = minutes(v.startTime);
    if (v.endTime) f.end = minutes(v.endTime);
    if (query.freeOnly === true) f.freeOnly = true;
    if (query.access && ACCESS_ROUTES.includes(query.access)) f.access = query.access;
    return f;
  }

  async #locate(postcode: string, signal?: AbortSignal): Promise<LatLng> {
    let point: LatLng | undefined;
    try {
      point = await this.geocoder.locate(postcode, signal);
    } catch (error) {
      if (error instanceof SignpostError && error.kind !== 'network') throw error;
      throw new SignpostError('network', this.endpoint, snapshotMessages.geocoder(), { cause: error });
    }
    if (!point) throw new SignpostError('not-found', this.endpoint, snapshotMessages.postcodeUnknown(postcode));
    return point;
  }

  /**
   * Answers a question from the current harvest. When a file it names has gone (a newer
   * harvest replaced it), the manifest is read again once and the question starts over on
   * the new harvest; if that fails too, the snapshot is incomplete.
   */
  async #run<T>(signal: AbortSignal | undefined, ask: (s: LoadedSnapshot) => Promise<T>): Promise<T> {
    const attempt = async (s: LoadedSnapshot) => raceAbort(ask(s), signal, this.endpoint);
    const first = await raceAbort(this.#snapshot(), signal, this.endpoint);
    try {
      return await attempt(first);
    } catch (error) {
      if (!(error instanceof MissingShard)) throw this.#plain(error);
    }
    const fresh = await raceAbort(this.#reload(first), signal, this.endpoint);
    if (fresh === first) throw new SignpostError('snapshot', this.endpoint, snapshotMessages.snapshotIncomplete(this.endpoint), { status: 404 });
    try {
      return await attempt(fresh);
    } catch (error) {
      if (error instanceof MissingShard) throw new SignpostError('snapshot', this.endpoint, snapshotMessages.snapshotIncomplete(this.endpoint), { status: 404 });
      throw this.#plain(error);
    }
  }

  #plain(error: unknown): unknown {
    if (error instanceof DamagedShard) return new SignpostError('snapshot', this.endpoint, snapshotMessages.snapshotDamaged(this.endpoint, error.message));
    return error;
  }

  #snapshot(): Promise<LoadedSnapshot> {
    this.#current ??= this.#load(false);
    return this.#current;
  }

  /** The manifest again, bypassing caches: a new LoadedSnapshot if it changed, else `stale` itself. */
  #reload(stale: LoadedSnapshot): Promise<LoadedSnapshot> {
    return this.#snapshot().then((current) => {
      if (current !== stale) return current; // another question already moved on
      const reloading = this.#load(true).then((fresh) => (JSON.stringify(fresh.manifest) === JSON.stringify(stale.manifest) ? stale : fresh));
      this.#current = reloading;
      return reloading;
    });
  }

  #load(fresh: boolean): Promise<LoadedSnapshot> {
    const url = new URL(MANIFEST_FILE, this.endpoint).href;
    const fetch: FetchLike = fresh ? (input, init) => this.#fetch(input, { ...init, cache: 'no-cache' }) : this.#fetch;
    const loading = this.#get(url, fetch)
      .catch((error: unknown) => {
        if (isGone(error)) {
          throw new SignpostError('snapshot', this.endpoint, snapshotMessages.snapshotMissing(this.endpoint), { status: error.status });
        }
        if (error instanceof SignpostError && error.kind === 'not-oruk') {
          throw new SignpostError('snapshot', this.endpoint, snapshotMessages.snapshotDamaged(this.endpoint, 'its manifest is not valid JSON'));
        }
        throw error;
      })
      .then((json) => {
        try {
          return new LoadedSnapshot(readManifest(json), (path, check) => this.#shard(path, check));
        } catch (error) {
          if (!(error instanceof ManifestProblem)) throw error;
          const message =
            error.problem === 'version' ? snapshotMessages.snapshotVersion(this.endpoint, error.version) : snapshotMessages.snapshotDamaged(this.endpoint, error.message);
          throw new SignpostError('snapshot', this.endpoint, message);
        }
      });
    // A failed read is not kept: the next question tries again.
    loading.catch(() => {
      if (this.#current === loading) this.#current = undefined;
    });
    return loading;
  }

  readonly #shards = new Map<string, Promise<unknown>>();

  /** A shard's JSON, fetched once per path (paths are content-hashed, so never stale) and shared by every caller. */
  #shard<T>(path: string, check: (json: unknown) => json is T): Promise<T> {
    let loading = this.#shards.get(path);
    if (!loading) {
      loading = this.#get(new URL(path, this.endpoint).href, this.#fetch).catch((error: unknown) => {
        if (isGone(error)) throw new MissingShard(path);
        if (error instanceof SignpostError && error.kind === 'not-oruk') throw new DamagedShard(`the file ${path} is not valid JSON`);
        throw error;
      });
      loading.catch(() => this.#shards.delete(path));
      this.#shards.set(path, loading);
    }
    return loading.then((json) => {
      if (!check(json)) throw new DamagedShard(`the file ${path} is not what its manifest says`);
      return json;
    });
  }

  #get(url: string, fetch: FetchLike): Promise<unknown> {
    this.fetched.push(url);
    return fetchJson(url, { timeoutMs: this.#timeoutMs, fetch });
  }
}

/** Whether the server said the file is not there (404 Not Found or 410 Gone). */
function isGone(error: unknown): error is SignpostError {
  return error instanceof SignpostError && error.kind === 'http' && (error.status === 404 || error.status === 410);
}

/** The promise, or an 'aborted' SignpostError as soon as the signal fires (the work itself goes on, shared). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortedError(url));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(url));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
