/**
 * One harvest's worth of a snapshot in the browser: its manifest, and the shards named in
 * it, each fetched once and only when a question needs it. It never reads a shard that its
 * own manifest does not name, so two harvests are never mixed.
 */
import MiniSearch, { type Query } from 'minisearch';
import { distanceMetres } from '../geo.js';
import type { Diagnostic, LatLng, Service } from '../model.js';
import { isObject } from '../oruk/json.js';
import { matchesFacets, type FacetFilter, type FacetRow } from './facets.js';
import {
  CELL_DEGREES,
  bucketOf,
  type AreaShard,
  type CardShard,
  type DetailShard,
  type LengthsShard,
  type OrderShard,
  type SnapshotManifest,
  type TextShard,
} from './format.js';
import { readService } from './records.js';
import { INDEX_OPTIONS, queryTerms } from './words.js';

/** Fetches a shard by its path (relative to the manifest) and checks its shape; shared by every caller. */
export type ShardReader = <T>(path: string, check: (json: unknown) => json is T) => Promise<T>;

const isArr = Array.isArray;

const isAreaShard = (j: unknown): j is AreaShard =>
  isObject(j) &&
  isArr(j['ids']) &&
  ['places', 'terms', 'minAge', 'maxAge', 'times', 'flags'].every((k) => isArr(j[k]) && (j[k] as unknown[]).length === (j['ids'] as unknown[]).length);
const isOrderShard = (j: unknown): j is OrderShard => isObject(j) && isArr(j['areas']);
const isCardShard = (j: unknown): j is CardShard => isObject(j) && typeof j['first'] === 'number' && isArr(j['services']);
const isDetailShard = (j: unknown): j is DetailShard => isObject(j) && isArr(j['services']) && isObject(j['aliases']);
const isLengthsShard = (j: unknown): j is LengthsShard => isObject(j) && isArr(j['fieldLength']) && j['fieldLength'].every(isArr);
const isTextShard = (j: unknown): j is TextShard => isObject(j) && isArr(j['index']) && j['index'].every((e) => isArr(e) && typeof e[0] === 'string' && isObject(e[1]));

/** A shard that is there but says something impossible. */
export class DamagedShard extends Error {}

export class LoadedSnapshot {
  readonly manifest: SnapshotManifest;
  readonly size: number;
  /** Term id -> its number in the area shards. */
  readonly termNumbers = new Map<string, number>();
  readonly #read: ShardReader;
  readonly #rows = new Map<number, FacetRow>();
  readonly #areas = new Map<number, Promise<AreaShard>>();
  /** The name order, read once (see ranks). */
  #order?: Promise<Int32Array>;
  #text?: { slices: Set<string>; index: MiniSearch };
  #lengths?: Promise<number[][]>;
  /** Sorted results of recent searches (without paging), so turning a page costs nothing. */
  readonly #recent = new Map<string, number[]>();

  /** By term number: the vocabulary it belongs to. */
  readonly #vocabularyOf: SnapshotManifest['vocabularies'] = [];

  /** By area: how many card runs the areas before it have. */
  readonly #runsBefore: number[] = [];

  constructor(manifest: SnapshotManifest, read: ShardReader) {
    this.manifest = manifest;
    this.size = manifest.counts.services;
    this.#read = read;
    let runs = 0;
    for (const area of manifest.areas) {
      this.#runsBefore.push(runs);
      runs += Math.ceil(area.count / manifest.cards.perFile);
    }
    for (const v of manifest.vocabularies) {
      for (const t of v.terms) {
        if (!this.termNumbers.has(t.id)) this.termNumbers.set(t.id, this.#vocabularyOf.length);
        this.#vocabularyOf.push(v);
      }
    }
  }

  /** Term numbers of a vocabulary named by id or name. */
  vocabularyTerms(vocabulary: string): Set<number> {
    const wanted = vocabulary.toLowerCase();
    const out = new Set<number>();
    this.#vocabularyOf.forEach((v, i) => {
      if (v.id.toLowerCase() === wanted || v.name.toLowerCase() === wanted) out.add(i);
    });
    return out;
  }

  remember(key: string, ordinals: number[]): void {
    this.#recent.delete(key);
    this.#recent.set(key, ordinals);
    if (this.#recent.size > 8) this.#recent.delete(this.#recent.keys().next().value as string);
  }

  recall(key: string): number[] | undefined {
    return this.#recent.get(key);
  }

  /** Ordinal -> relevance, for services matching a text query. */
  async textHits(query: Query): Promise<Map<number, number>> {
    const { first, folder } = this.manifest.text;
    const wanted = new Set<string>();
    for (const { term, prefix } of queryTerms(query)) {
      const end = prefix ? `${term}\uffff` : term;
      first.forEach((from, i) => {
        const next = first[i + 1];
        if (from <= end && (next === undefined || next > term)) wanted.add(`${folder}/${i}.json`);
      });
    }
    const index = await this.#index(wanted);
    const hits = new Map<number, number>();
    for (const r of index.search(query)) hits.set(r.id as number, r.score);
    return hits;
  }

  async #index(wanted: Set<string>): Promise<MiniSearch> {
    const have = this.#text;
    if (have && [...wanted].every((f) => have.slices.has(f))) return have.index;
    const files = new Set([...(have?.slices ?? []), ...wanted]);
    const [lengths, shards] = await Promise.all([this.#docLengths(), Promise.all([...files].map((f) => this.#read(f, isTextShard)))]);
    const entries = shards.flatMap((s) => s.index);
    // MiniSearch needs the ids and lengths only of the documents these terms name (counts stay the whole index's).
    const documentIds: Record<string, number> = {};
    const fieldLength: Record<string, number[]> = {};
    for (const [, fields] of entries) {
      for (const postings of Object.values(fields)) {
        for (const doc in postings) {
          if (doc in documentIds) continue;
          const o = Number(doc);
          if (!Number.isInteger(o) || o < 0 || o >= this.size) throw new DamagedShard(`the search index names service ${doc}`);
          documentIds[doc] = o;
          fieldLength[doc] = lengths.map((field) => field[o] ?? 0);
        }
      }
    }
    const index = MiniSearch.loadJS<unknown>({ ...this.manifest.text.head, documentIds, fieldLength, storedFields: {}, index: entries }, INDEX_OPTIONS);
    if (!this.#text || files.size >= this.#text.slices.size) this.#text = { slices: files, index };
    return index;
  }

  #docLengths(): Promise<number[][]> {
    if (!this.#lengths) {
      this.#lengths = this.#read(this.manifest.text.lengths, isLengthsShard).then((shard) => shard.fieldLength);
      this.#lengths.catch(() => (this.#lengths = undefined));
    }
    return this.#lengths;
  }

  /**
   * Ordinal -> metres to its nearest place, for services with a place within `proximity`
   * of `origin` (every placed service when no proximity is given). Reads only the areas
   * that have a place that close.
   */
  async near(origin: LatLng, proximity?: number): Promise<Map<number, number>> {
    const reach = proximity === undefined ? Infinity : proximity * 1.001 + 100;
    const areas = this.manifest.areas.flatMap((area, i) => (area.cells.length && cellsWithin(area.cells, origin, reach) ? [i] : []));
    const shards = await Promise.all(areas.map((i) => this.#area(i)));
    const out = new Map<number, number>();
    for (const shard of shards) {
      shard.ids.forEach((o, row) => {
        const places = shard.places[row]!;
        for (let p = 0; p + 1 < places.length; p += 2) {
          const d = distanceMetres(origin, { lat: places[p]! / 1e6, lng: places[p + 1]! / 1e6 });
          if (proximity !== undefined && d > proximity) continue;
          const best = out.get(o);
          if (best === undefined || d < best) out.set(o, d);
        }
      });
    }
    return out;
  }

  /** Only the ordinals whose facets match, reading the home areas of those not yet known. */
  async filter(ordinals: number[], filter: FacetFilter): Promise<number[]> {
    const missing = new Set<number>();
    for (const o of ordinals) if (!this.#rows.has(o)) missing.add(this.#homeArea(o));
    await Promise.all([...missing].map((i) => this.#area(i)));
    return ordinals.filter((o) => {
      const row = this.#rows.get(o);
      if (!row) throw new DamagedShard(`service ${o} is missing from its area`);
      return matchesFacets(row, filter);
    });
  }

  #homeArea(o: number): number {
    const { areas } = this.manifest;
    let lo = 0;
    let hi = areas.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (areas[mid]!.first <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #area(i: number): Promise<AreaShard> {
    let loading = this.#areas.get(i);
    if (!loading) {
      loading = this.#read(this.manifest.areas[i]!.file, isAreaShard).then((shard) => {
        shard.ids.forEach((o, row) => {
          if (typeof o !== 'number' || o < 0 || o >= this.size) throw new DamagedShard(`an area lists service ${String(o)}`);
          this.#rows.set(o, {
            terms: shard.terms[row]!,
            minAge: shard.minAge[row]!,
            maxAge: shard.maxAge[row]!,
            times: shard.times[row]!,
            flags: shard.flags[row]!,
          });
        });
        return shard;
      });
      loading.catch(() => this.#areas.delete(i));
      this.#areas.set(i, loading);
    }
    return loading;
  }

  /** rank[ordinal]: its place in name order. */
  ranks(): Promise<Int32Array> {
    if (!this.#order) {
      this.#order = this.#read(this.manifest.order, isOrderShard).then(({ areas }) => {
        const next = this.manifest.areas.map((a) => a.first);
        const rank = new Int32Array(this.size);
        if (areas.length !== this.size) throw new DamagedShard('the name order has the wrong length');
        areas.forEach((a, position) => {
          const o = next[a];
          const area = this.manifest.areas[a];
          if (o === undefined || !area || o >= area.first + area.count) throw new DamagedShard('the name order does not fit the areas');
          next[a] = o + 1;
          rank[o] = position;
        });
        return rank;
      });
      this.#order.catch(() => (this.#order = undefined));
    }
    return this.#order;
  }

  /** Card services by ordinal. */
  async cards(ordinals: number[], diagnostics: Diagnostic[]): Promise<Map<number, Service>> {
    const { folder, perFile } = this.manifest.cards;
    const runs = new Map<number, number>(); // run -> its first ordinal
    for (const o of ordinals) {
      const a = this.#homeArea(o);
      const within = Math.floor((o - this.manifest.areas[a]!.first) / perFile);
      runs.set(this.#runsBefore[a]! + within, this.manifest.areas[a]!.first + within * perFile);
    }
    const wanted = new Set(ordinals);
    const out = new Map<number, Service>();
    await Promise.all(
      [...runs].map(async ([run, first]) => {
        const shard = await this.#read(`${folder}/${run}.json`, isCardShard);
        if (shard.first !== first) throw new DamagedShard(`card file ${run} does not start at service ${first}`);
        shard.services.forEach((json, i) => {
          if (!wanted.has(first + i)) return;
          const service = readService(json, `${first + i}`, diagnostics);
          if (service) out.set(first + i, service);
        });
      }),
    );
    return out;
  }

  /** A whole service by its id (or an id a feed knows it by), or undefined. */
  async service(id: string, diagnostics: Diagnostic[]): Promise<Service | undefined> {
    const { folder, count } = this.manifest.details;
    const find = async (wanted: string) => {
      const shard = await this.#read(`${folder}/${bucketOf(wanted, count)}.json`, isDetailShard);
      return { shard, json: shard.services.find((s) => isObject(s) && s['id'] === wanted) };
    };
    const direct = await find(id);
    const alias = direct.shard.aliases[id];
    const json = direct.json ?? (typeof alias === 'string' ? (await find(alias)).json : undefined);
    return json ? readService(json, '', diagnostics) : undefined;
  }
}

/** Whether any of the grid cells (pairs of row, column) has a point within `reach` metres of `origin`. */
function cellsWithin(cells: number[], origin: LatLng, reach: number): boolean {
  if (reach === Infinity) return true;
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const south = cells[i]! * CELL_DEGREES.lat;
    const west = cells[i + 1]! * CELL_DEGREES.lng;
    const nearest = {
      lat: Math.min(Math.max(origin.lat, south), south + CELL_DEGREES.lat),
      lng: Math.min(Math.max(origin.lng, west), west + CELL_DEGREES.lng),
    };
    if (distanceMetres(origin, nearest) <= reach) return true;
  }
  return false;
}
