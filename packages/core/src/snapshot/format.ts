/**
 * The static snapshot's files, as the harvester writes them and the browser reads them
 * (packages/harvest/SNAPSHOT.md describes the format in words). Every service has an
 * ordinal: its place when services are sorted by home area, then by name. Shards hold
 * ordinals, never ids, except the detail shards, which are found by id.
 */
import type { Vocabulary } from '../model.js';

export const SNAPSHOT_FORMAT = 'signpost-snapshot';
export const SNAPSHOT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** One feed the snapshot was harvested from. */
export interface SnapshotFeed {
  endpoint: string;
  directory?: string;
  dialect: string;
  records: number;
}

export interface SnapshotManifest {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** When the feeds were read (ISO date-time). */
  harvestedAt: string;
  feeds: SnapshotFeed[];
  counts: { services: number; located: number; terms: number; files: number };
  /** The need filters: every vocabulary with its terms. A term's place in `terms` (in order, across vocabularies) is its number in the area shards. */
  vocabularies: Vocabulary[];
  /** In ordinal order: area i is home to ordinals `first` .. `first + count - 1`. */
  areas: SnapshotArea[];
  /** Name order: an OrderShard. */
  order: string;
  /**
   * Card shards: each area's ordinals in runs of `perFile`, numbered on across areas;
   * run j is `${folder}/${j}.json`.
   */
  cards: { folder: string; perFile: number };
  /** Detail shards: the service with id X is in `${folder}/${bucketOf(X, count)}.json`. */
  details: { folder: string; count: number };
  text: SnapshotText;
}

export interface SnapshotArea {
  /** A postcode district ("S10"), or OTHER_AREA / NO_AREA. */
  code: string;
  first: number;
  count: number;
  /** Grid cells (see CELL_DEGREES) holding at least one of the area's places, as pairs [row, column, row, column, ...]. */
  cells: number[];
  /** An AreaShard. */
  file: string;
}

/** Places whose postcode is missing or not a UK postcode. */
export const OTHER_AREA = 'other';
/** Services with no place on a map (online, phone, home visits, or coordinates missing). */
export const NO_AREA = 'none';

/** The search index: MiniSearch's own serialisation, cut into slices by term. */
export interface SnapshotText {
  /** MiniSearch's counts and field ids (`toJSON()` less documentIds, fieldLength, storedFields and index). */
  head: { documentCount: number; nextId: number; fieldIds: Record<string, number>; averageFieldLength: number[]; serializationVersion: number };
  /** A LengthsShard. */
  lengths: string;
  /** Slice i, `${folder}/${i}.json`, is a TextShard of the terms from `first[i]` up to `first[i + 1]`. */
  folder: string;
  first: string[];
}

/**
 * Every service with a place in the area (or, for NO_AREA, with none): parallel columns, one
 * row per service. A service with places in several areas has a row in each.
 */
export interface AreaShard {
  area: string;
  /** Ordinals. */
  ids: number[];
  /** Positions in this area, [lat, lng, lat, lng, ...] in 1e-5 degrees. */
  places: number[][];
  /** Term numbers, with every term above them (so a search for a broad need finds narrower ones). */
  terms: number[][];
  /** Age bounds; null where open. */
  minAge: Array<number | null>;
  maxAge: Array<number | null>;
  /** Schedules as triples [days, opens, closes]: days a bit mask (bit 0 Monday), times minutes since midnight or -1 when not given. */
  times: number[][];
  /** Bit 0: free; bits 1-3: the access route's place in ACCESS_ROUTES plus 1 (0: not given). */
  flags: number[];
}

/** Name order: for each position in name order, the index (in `areas`) of that service's home area. */
export interface OrderShard {
  areas: number[];
}

/** Services for cards (no description, contacts, terms, ...): from ordinal `first` on. */
export interface CardShard {
  first: number;
  services: unknown[];
}

/** Whole services, and the ids feeds know them by when those differ from the merged id. */
export interface DetailShard {
  services: unknown[];
  aliases: Record<string, string>;
}

export interface LengthsShard {
  /** Per field (by field id), the length in terms of that field in each document, by ordinal. */
  fieldLength: number[][];
}

export interface TextShard {
  index: Array<[string, Record<string, Record<string, number>>]>;
}

/** Grid cell size: about 1.1 km north-south and 1 km east-west in Britain. */
export const CELL_DEGREES = { lat: 0.01, lng: 0.015 };

export function cellOf(lat: number, lng: number): [number, number] {
  return [Math.floor(lat / CELL_DEGREES.lat), Math.floor(lng / CELL_DEGREES.lng)];
}

/** The detail bucket of a service id (FNV-1a over UTF-16 code units). */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return buckets > 0 ? hash % buckets : 0;
}

const DAY_BITS = { MO: 1, TU: 2, WE: 4, TH: 8, FR: 16, SA: 32, SU: 64 } as const;

export function dayBit(day: keyof typeof DAY_BITS): number {
  return DAY_BITS[day];
}

/** "HH:MM" as minutes since midnight, -1 when absent. */
export function minutes(time: string | undefined): number {
  const m = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : -1;
}
