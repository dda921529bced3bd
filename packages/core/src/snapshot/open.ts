/**
 * A snapshot as a Directory straight away, its reader (MiniSearch, the stemmer, the shards)
 * loaded on the first question: pages that never use a snapshot never download it.
 */
import type { CallOptions, ClientSearchResult, ClientServiceResult, Directory } from '../client.js';
import type { FetchLike } from '../fetch-json.js';
import { DEFAULT_GEOCODER, Geocoder } from '../geocoder.js';
import type { EndpointCapabilities, LatLng, SearchQuery, Vocabulary } from '../model.js';
import type { SnapshotDirectory } from './directory.js';
import type { SynonymGroups } from './synonyms.js';

export interface SnapshotOptions {
  /** The folder the snapshot was published to (where its manifest.json is), absolute or relative to the page. */
  url: string;
  /** A postcodes.io-compatible service (its base URL, or a Geocoder), for searches near a postcode. */
  geocoder?: string | Geocoder;
  /**
   * Synonym groups to add to the built-in English and Welsh ones, or their JSON (e.g. an
   * attribute's value, read with the snapshot: what is not groups of words is ignored, with a warning).
   */
  synonyms?: SynonymGroups | string;
  timeoutMs?: number;
  fetch?: FetchLike;
}

/** The snapshot's folder as an absolute URL ending in "/". */
export function snapshotFolder(url: string): string {
  const base = new URL(url.trim(), globalThis.location?.href).href.replace(/manifest\.json$/, '');
  return base.endsWith('/') ? base : `${base}/`;
}

export function geocoderFor(options: SnapshotOptions, fetch: FetchLike): Geocoder {
  if (options.geocoder instanceof Geocoder) return options.geocoder;
  return new Geocoder(options.geocoder ?? DEFAULT_GEOCODER, fetch, options.timeoutMs ?? 15_000);
}

export interface SnapshotSource extends Directory {
  /** More words that mean the same, e.g. [["footy", "football"]]. */
  addSynonyms(groups: SynonymGroups): void;
  /** When the snapshot was harvested (ISO date-time). */
  harvestedAt(): Promise<string>;
}

class LazySnapshot implements SnapshotSource {
  readonly endpoint: string;
  readonly geocoder: Geocoder;
  readonly #options: SnapshotOptions;
  /** Groups added by addSynonyms. */
  readonly #added: SynonymGroups = [];
  #reader?: Promise<SnapshotDirectory>;

  constructor(options: SnapshotOptions) {
    this.endpoint = snapshotFolder(options.url);
    this.geocoder = geocoderFor(options, options.fetch ?? ((input, init) => globalThis.fetch(input, init)));
    this.#options = { ...options, geocoder: this.geocoder };
  }

  #open(): Promise<SnapshotDirectory> {
    this.#reader ??= import('./directory.js').then(({ SnapshotDirectory }) => {
      const reader = new SnapshotDirectory(this.#options);
      reader.addSynonyms(this.#added);
      return reader;
    });
    return this.#reader;
  }

  addSynonyms(groups: SynonymGroups): void {
    this.#added.push(...groups);
    void this.#reader?.then((reader) => reader.addSynonyms(groups));
  }

  async capabilities(): Promise<EndpointCapabilities> {
    return (await this.#open()).capabilities();
  }

  async harvestedAt(): Promise<string> {
    return (await this.#open()).harvestedAt();
  }

  async search(query: SearchQuery, options?: CallOptions): Promise<ClientSearchResult> {
    return (await this.#open()).search(query, options);
  }

  async getService(id: string, options?: CallOptions & { origin?: LatLng }): Promise<ClientServiceResult> {
    return (await this.#open()).getService(id, options);
  }

  async vocabularies(options?: CallOptions & { only?: string[] }): Promise<Vocabulary[]> {
    return (await this.#open()).vocabularies(options);
  }
}

/** A snapshot as a Directory; its reader is downloaded on the first question. */
export function openSnapshot(options: SnapshotOptions): SnapshotSource {
  return new LazySnapshot(options);
}
