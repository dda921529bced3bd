/** Checking a snapshot's manifest before anything is read through it. */
import type { TaxonomyTerm, Vocabulary } from '../model.js';
import { isObject } from '../oruk/json.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotManifest } from './format.js';

/** Why a manifest cannot be used: damaged (with the reason) or of a newer version. */
export class ManifestProblem extends Error {
  constructor(
    readonly problem: 'damaged' | 'version',
    why: string,
    readonly version?: unknown,
  ) {
    super(why);
  }
}

/** Shard paths are plain relative names: a manifest cannot send the reader elsewhere. */
export const SHARD_PATH = /^[a-z]+\/[A-Za-z0-9_-]+\.[0-9a-f]{16}\.json$/;
/** A numbered set of shards lives in a folder named by the hash of them all. */
export const SHARD_FOLDER = /^[a-z]+\/[0-9a-f]{16}$/;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPath = (v: unknown): v is string => typeof v === 'string' && SHARD_PATH.test(v);
const isFolder = (v: unknown): v is string => typeof v === 'string' && SHARD_FOLDER.test(v);
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

function damaged(why: string): never {
  throw new ManifestProblem('damaged', why);
}

function term(t: unknown): TaxonomyTerm | undefined {
  if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['name'] !== 'string') return undefined;
  return {
    id: t['id'],
    name: t['name'],
    ...(typeof t['vocabulary'] === 'string' ? { vocabulary: t['vocabulary'] } : {}),
    ...(typeof t['parentId'] === 'string' ? { parentId: t['parentId'] } : {}),
  };
}

function vocabulary(v: unknown): Vocabulary {
  if (!isObject(v) || typeof v['id'] !== 'string' || typeof v['name'] !== 'string' || !Array.isArray(v['terms'])) damaged('a vocabulary is not readable');
  const terms = v['terms'].map(term);
  if (terms.some((t) => !t)) damaged(`a term of ${v['name']} is not readable`);
  return { id: v['id'], name: v['name'], terms: terms as TaxonomyTerm[] };
}

/** The manifest, checked; a ManifestProblem when it cannot be used. */
export function readManifest(json: unknown): SnapshotManifest {
  if (!isObject(json) || json['format'] !== SNAPSHOT_FORMAT) damaged('its manifest is not a Signpost snapshot manifest');
  if (json['version'] !== SNAPSHOT_VERSION) {
    if (typeof json['version'] === 'number' && json['version'] > SNAPSHOT_VERSION) throw new ManifestProblem('version', 'newer', json['version']);
    damaged(`its manifest has an unknown version (${String(json['version'])})`);
  }
  const m = json as unknown as SnapshotManifest;
  if (typeof m.harvestedAt !== 'string' || Number.isNaN(Date.parse(m.harvestedAt))) damaged('its manifest has no harvest date');
  if (!isObject(m.counts) || !isCount(m.counts.services)) damaged('its manifest does not count its services');
  if (!Array.isArray(m.feeds)) damaged('its manifest lists no feeds');
  if (!Array.isArray(m.vocabularies)) damaged('its manifest has no vocabularies');
  const vocabularies = m.vocabularies.map(vocabulary);
  const n = m.counts.services;
  if (!Array.isArray(m.areas) || !m.areas.length) damaged('its manifest lists no areas');
  let next = 0;
  for (const a of m.areas) {
    if (!isObject(a) || typeof a.code !== 'string' || a.first !== next || !isCount(a.count) || !isNumbers(a.cells) || !isPath(a.file)) {
      damaged('an area in its manifest is not readable');
    }
    next += a.count;
  }
  if (next !== n) damaged('its areas do not hold every service');
  if (!isPath(m.order)) damaged('its manifest has no name order');
  const { cards, details, text } = m;
  if (!isObject(cards) || !isFolder(cards.folder) || !isCount(cards.perFile) || cards.perFile < 1) damaged('its manifest lists no cards');
  if (!isObject(details) || !isFolder(details.folder) || !isCount(details.count) || details.count < 1) damaged('its manifest lists no details');
  if (!isObject(text) || !isObject(text.head) || !isPath(text.lengths) || !isFolder(text.folder) || !Array.isArray(text.first) || !text.first.every((t) => typeof t === 'string')) {
    damaged('its manifest has no search index');
  }
  return { ...m, vocabularies };
}
