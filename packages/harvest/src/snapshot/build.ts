/**
 * Building a snapshot's files from merged services (SNAPSHOT.md describes the format):
 * pure, no file system, the same files for the same services every time.
 */
import { createHash } from 'node:crypto';
import { distanceMetres, postcodeDistrict, readableName, type Service, type TaxonomyTerm, type Vocabulary } from '@signpost/core';
import {
  NO_AREA,
  OTHER_AREA,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  bucketOf,
  cardOf,
  cellOf,
  flagsOf,
  storedOf,
  timesOf,
  type AreaShard,
  type CardShard,
  type DetailShard,
  type LengthsShard,
  type OrderShard,
  type SnapshotArea,
  type SnapshotFeed,
  type SnapshotManifest,
  type TextShard,
} from '@signpost/core/snapshot';
import { lineage, termParents } from '../terms.js';
import { searchDocument, textIndex } from './text-index.js';

export interface SnapshotInput {
  /** Merged services, each id once. */
  services: Service[];
  /** When the feeds were read (ISO date-time). */
  harvestedAt: string;
  feeds: SnapshotFeed[];
  /** The feeds' vocabularies (optional): terms that services use but these lack are added. */
  vocabularies?: Vocabulary[];
}

export interface BuildOptions {
  /** Services per card file (default 16): a page of results reads a few of these. */
  cardsPerFile?: number;
  /** Services per detail file, on average (default 8). */
  servicesPerDetailFile?: number;
  /** Bytes of search index per file, roughly (default 16,000). */
  textBytesPerFile?: number;
}

export interface SnapshotFile {
  /** Relative to the snapshot's folder. */
  path: string;
  content: string;
}

export interface BuiltSnapshot {
  manifest: SnapshotManifest;
  /** Every shard (not the manifest). */
  files: SnapshotFile[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: Service, b: Service) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Place = Service['locations'][number];

/**
 * The area of each place on a map: its postcode district; for a place without a usable
 * postcode, the district of the nearest place that has one (else OTHER_AREA).
 */
function placeAreas(services: Service[]): Map<Place, string> {
  const placed = services.flatMap((s) => s.locations.filter((l) => l.position));
  const areas = new Map<Place, string>();
  for (const l of placed) {
    const district = postcodeDistrict(l.addresses.find((a) => a.postcode)?.postcode);
    if (district) areas.set(l, district);
  }
  const known = [...areas];
  for (const l of placed) {
    if (areas.has(l)) continue;
    let best: [number, string] = [Infinity, OTHER_AREA];
    for (const [other, district] of known) {
      const d = distanceMetres(l.position!, other.position!);
      if (d < best[0]) best = [d, district];
    }
    areas.set(l, best[1]);
  }
  return areas;
}

function checkInput(input: SnapshotInput): void {
  if (!input || !Array.isArray(input.services)) throw new TypeError('A snapshot needs a list of services.');
  if (typeof input.harvestedAt !== 'string' || Number.isNaN(Date.parse(input.harvestedAt))) {
    throw new TypeError(`harvestedAt must be an ISO date-time (got ${JSON.stringify(input.harvestedAt)}).`);
  }
  if (!Array.isArray(input.feeds)) throw new TypeError('A snapshot needs the list of feeds it was harvested from.');
  const seen = new Set<string>();
  for (const s of input.services) {
    if (!s || typeof s.id !== 'string' || !s.id || typeof s.name !== 'string') throw new TypeError('Every service needs an id and a name.');
    if (seen.has(s.id)) throw new TypeError(`Two services have the id "${s.id}": merged services must have distinct ids.`);
    seen.add(s.id);
  }
}

/** Every vocabulary with its terms, each term once: the feeds' own, then what services use besides. */
function vocabulariesOf(input: SnapshotInput, services: Service[]): Vocabulary[] {
  const out = new Map<string, Vocabulary>();
  const seen = new Set<string>();
  const add = (vocabularyId: string, name: string, term: TaxonomyTerm) => {
    if (seen.has(term.id)) return;
    seen.add(term.id);
    let v = out.get(vocabularyId);
    if (!v) out.set(vocabularyId, (v = { id: vocabularyId, name, terms: [] }));
    const { description: _d, ...kept } = term;
    v.terms.push(kept);
  };
  for (const v of input.vocabularies ?? []) for (const t of v.terms) add(v.id, v.name, t);
  const known = new Map([...out.values()].flatMap((v) => [[v.id, v] as const, [v.name, v] as const]));
  for (const s of services) {
    for (const t of s.terms) {
      const named = t.vocabulary ?? '';
      const v = known.get(named);
      add(v?.id ?? named, v?.name ?? (readableName(named) || 'Needs'), t);
    }
  }
  return [...out.values()];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** One shard, its content's hash in its name. */
function hashed(kind: string, name: string, json: unknown): SnapshotFile {
  const content = JSON.stringify(json);
  return { path: `${kind}/${name.replace(/[^A-Za-z0-9_-]/g, '_')}.${hashOf(content)}.json`, content };
}

/** A numbered set of shards, `${folder}/${i}.json`, in a folder named by the hash of them all. */
function numbered(kind: string, shards: unknown[]): { folder: string; files: SnapshotFile[] } {
  const contents = shards.map((s) => JSON.stringify(s));
  const folder = `${kind}/${hashOf(contents.join('\n'))}`;
  return { folder, files: contents.map((content, i) => ({ path: `${folder}/${i}.json`, content })) };
}

export function buildSnapshot(input: SnapshotInput, options: BuildOptions = {}): BuiltSnapshot {
  checkInput(input);
  const cardsPerFile = Math.max(1, options.cardsPerFile ?? 16);
  const perDetailFile = Math.max(1, options.servicesPerDetailFile ?? 8);

  const placeArea = placeAreas(input.services);
  const areaOf = (l: Place) => placeArea.get(l) ?? OTHER_AREA;
  // A service's home area: its first placed location's (asked for every area, so found once).
  const home = new Map(
    input.services.map((s) => {
      const first = s.locations.find((l) => l.position);
      return [s, first ? areaOf(first) : NO_AREA] as const;
    }),
  );
  const homeArea = (s: Service) => home.get(s)!;

  // Ordinals: by home area (postcode districts in order, then other places, then no place), then name.
  const rank = (code: string) => (code === NO_AREA ? 2 : code === OTHER_AREA ? 1 : 0);
  const placed = input.services.flatMap((s) => s.locations.filter((l) => l.position).map(areaOf));
  const codes = [...new Set([...input.services.map(homeArea), ...placed])].sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
  if (!codes.length) codes.push(NO_AREA);
  const areaIndex = new Map(codes.map((c, i) => [c, i]));
  const services = [...input.services].sort((a, b) => areaIndex.get(homeArea(a))! - areaIndex.get(homeArea(b))! || byName(a, b));
  const ordinal = new Map(services.map((s, o) => [s, o]));

  // Terms, numbered in order across vocabularies, each service with the terms above its own.
  const vocabularies = vocabulariesOf(input, services);
  const termNumber = new Map<string, number>();
  for (const v of vocabularies) for (const t of v.terms) termNumber.set(t.id, termNumber.size);
  const parentOf = termParents(vocabularies.flatMap((v) => v.terms), services);
  const termsOf = (s: Service) => {
    const out = new Set<number>();
    for (const t of s.terms) {
      for (const id of lineage(t.id, parentOf)) {
        const n = termNumber.get(id);
        if (n !== undefined) out.add(n);
      }
    }
    return [...out].sort((a, b) => a - b);
  };

  const files: SnapshotFile[] = [];
  let next = 0;
  const areas: SnapshotArea[] = codes.map((code) => {
    const rows: Array<{ o: number; s: Service; places: number[] }> = [];
    const cells = new Set<string>();
    for (const s of services) {
      const here = s.locations.filter((l) => l.position && areaOf(l) === code);
      if (code === NO_AREA ? homeArea(s) !== NO_AREA : !here.length) continue;
      const places = here.flatMap((l) => [Math.round(l.position!.lat * 1e6), Math.round(l.position!.lng * 1e6)]);
      for (const l of here) cells.add(cellOf(l.position!.lat, l.position!.lng).join(','));
      rows.push({ o: ordinal.get(s)!, s, places });
    }
    const shard: AreaShard = {
      area: code,
      ids: rows.map((r) => r.o),
      places: rows.map((r) => r.places),
      terms: rows.map((r) => termsOf(r.s)),
      minAge: rows.map((r) => r.s.ages.min ?? null),
      maxAge: rows.map((r) => r.s.ages.max ?? null),
      times: rows.map((r) => timesOf(r.s.schedules)),
      flags: rows.map((r) => flagsOf(r.s)),
    };
    const file = hashed('areas', code, shard);
    files.push(file);
    const count = services.filter((s) => homeArea(s) === code).length;
    next += count;
    return {
      code,
      first: next - count,
      count,
      cells: [...cells].sort().flatMap((c) => c.split(',').map(Number)),
      file: file.path,
    };
  });

  const order: OrderShard = { areas: [...services].sort(byName).map((s) => areaIndex.get(homeArea(s))!) };
  const orderFile = hashed('names', 'order', order);
  files.push(orderFile);

  // Cards: runs of ordinals that never cross an area, so a search near one place reads only that area's.
  const runs: CardShard[] = [];
  for (const area of areas) {
    for (let first = area.first; first < area.first + area.count; first += cardsPerFile) {
      runs.push({ first, services: services.slice(first, Math.min(first + cardsPerFile, area.first + area.count)).map(cardOf) });
    }
  }
  const cards = numbered('cards', runs);
  files.push(...cards.files);

  const buckets = Math.max(1, Math.ceil(services.length / perDetailFile));
  const details: DetailShard[] = Array.from({ length: buckets }, () => ({ services: [], aliases: {} }));
  for (const s of services) details[bucketOf(s.id, buckets)]!.services.push(storedOf(s));
  const ids = new Set(services.map((s) => s.id));
  const aliasCount = new Map<string, number>();
  // Each service's feed ids, each once (two feeds may know one service by the same id).
  const feedIds = services.map((s) => new Set((s.sources ?? []).map((src) => src.serviceId).filter((id) => !ids.has(id))));
  for (const own of feedIds) for (const id of own) aliasCount.set(id, (aliasCount.get(id) ?? 0) + 1);
  services.forEach((s, i) => {
    for (const id of feedIds[i]!) {
      // An id two feeds use for different services names neither.
      if (aliasCount.get(id) === 1) details[bucketOf(id, buckets)]!.aliases[id] = s.id;
    }
  });
  const detailFiles = numbered('details', details);
  files.push(...detailFiles.files);

  const index = textIndex(services.map((s, o) => searchDocument(s, o)));
  const lengthsFile = hashed('text', 'lengths', { fieldLength: index.fieldLength } satisfies LengthsShard);
  files.push(lengthsFile);
  const slices: TextShard[] = [];
  const target = options.textBytesPerFile ?? 16_000;
  let bytes = 0;
  for (const entry of index.entries) {
    const size = JSON.stringify(entry).length;
    if (!slices.length || bytes + size > target) {
      slices.push({ index: [] });
      bytes = 0;
    }
    slices.at(-1)!.index.push(entry);
    bytes += size;
  }
  if (!slices.length) slices.push({ index: [] });
  const text = numbered('text', slices);
  files.push(...text.files);

  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    harvestedAt: new Date(input.harvestedAt).toISOString(),
    feeds: input.feeds.map((f) => ({ endpoint: f.endpoint, ...(f.directory ? { directory: f.directory } : {}), dialect: f.dialect, records: f.records })),
    counts: {
      services: services.length,
      located: services.filter((s) => homeArea(s) !== NO_AREA).length,
      terms: termNumber.size,
      files: files.length + 1,
    },
    vocabularies,
    areas,
    order: orderFile.path,
    cards: { folder: cards.folder, perFile: cardsPerFile },
    details: { folder: detailFiles.folder, count: buckets },
    text: { head: index.head, lengths: lengthsFile.path, folder: text.folder, first: slices.map((s, i) => (i ? s.index[0]![0] : '')) },
  };
  return { manifest, files };
}
