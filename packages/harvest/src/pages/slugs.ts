/**
 * Page names for services: readable, from the name ("riverside-youth-club"), the same in
 * every harvest, and distinct when names repeat.
 *
 * - A slug is the name folded to lower-case ASCII letters and digits joined by hyphens, at
 *   most 60 characters, cut at a word; "service" when nothing is left.
 * - A service keeps the slug it had in the previous harvest (read from `slugs.json`) for as
 *   long as its name gives the same slug: a new service of the same name never takes it.
 * - Otherwise it gets the plain slug when that is free, else the slug and a short hash of
 *   its id ("youth-club-3f9a1c"), which stays the same from harvest to harvest. So a hash
 *   appears only when two services share a name, and services are taken in id order, so
 *   the same services always get the same slugs.
 */
import { createHash } from 'node:crypto';
import type { Service } from '@signpost/core';

const MAX_SLUG_LENGTH = 60;
/** Names a service page may not have: the index page's. */
const RESERVED = new Set(['index']);

export function slugify(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug || 'service';
}

const idHash = (id: string, length: number) => createHash('sha256').update(id).digest('hex').slice(0, length);

/** Each service's slug (by id), given the slugs of the previous harvest (by id). Needs (terms) are named the same way. */
export function assignSlugs(services: ReadonlyArray<Pick<Service, 'id' | 'name'>>, previous: Readonly<Record<string, string>> = {}): Map<string, string> {
  const taken = new Set<string>(RESERVED);
  const slugs = new Map<string, string>();
  const sorted = [...services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // First, every service that keeps its slug: its name still gives it.
  for (const s of sorted) {
    const before = previous[s.id];
    const base = slugify(s.name);
    if (before && !taken.has(before) && (before === base || new RegExp(`^${base}-[0-9a-f]{6,16}$`).test(before))) {
      slugs.set(s.id, before);
      taken.add(before);
    }
  }
  for (const s of sorted) {
    if (slugs.has(s.id)) continue;
    const base = slugify(s.name);
    let slug = base;
    for (const length of [6, 10, 16]) {
      if (!taken.has(slug)) break;
      slug = `${base}-${idHash(s.id, length)}`;
    }
    if (taken.has(slug)) throw new Error(`Two services would have the page "${slug}" (ids ${s.id} and another with the same hash).`);
    slugs.set(s.id, slug);
    taken.add(slug);
  }
  return slugs;
}
