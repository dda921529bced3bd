/**
 * Merging feeds: the same service listed by two feeds becomes one record. Two listings
 * from different feeds are the same service when their names match (ignoring case,
 * accents and punctuation) and so does one of: a postcode, the website, a phone number
 * or an email address. Matches chain (A is B, B is C), but never join two listings of
 * one feed. The merged record keeps every listing as a source; where copies disagree the
 * most recently checked wins, and what it lacks is filled from the others, newest first.
 * Its id is the listing's from the feed named first, so it stays put across harvests.
 */
import { normalisePostcode, type Service } from '@signpost/core';
import type { Listing } from './listings.js';

export type MatchKind = 'postcode' | 'website' | 'phone' | 'email';
const KINDS: readonly MatchKind[] = ['postcode', 'website', 'phone', 'email'];

export interface MergeGroup {
  /** The merged record's snapshot id. */
  id: string;
  name: string;
  /** The listings merged, in feed order. */
  listings: Array<{ feed: number; serviceId: string; name: string; lastChecked?: string }>;
  /** What matched besides the name. */
  matchedOn: MatchKind[];
  /** The feed whose copy won (the most recently checked). */
  winner: number;
  /** Fields where the copies disagreed and the winner's value was kept. */
  conflicts: string[];
}

export interface MergeResult {
  services: Service[];
  /** Merged records only (listings found in more than one feed). */
  groups: MergeGroup[];
}

/** A name as compared: lower case, no accents, "&" as "and", punctuation as spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A web address as compared: no scheme, no "www.", no query, no trailing slash. */
function website(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A phone number as compared: its digits, a UK +44 written as 0. */
function phoneDigits(href: string): string {
  return href.replace(/^tel:/, '').replace(/^\+44/, '0').replace(/\D/g, '');
}

function matchKeys(service: Service): Array<[MatchKind, string]> {
  const name = normaliseName(service.name);
  const keys: Array<[MatchKind, string | undefined]> = [
    ...service.locations.flatMap((l) => l.addresses.map((a): [MatchKind, string | undefined] => ['postcode', normalisePostcode(a.postcode)])),
    ['website', website(service.url)],
    ...service.phones.map((p): [MatchKind, string] => ['phone', phoneDigits(p.href)]),
    ...[service.email, ...service.contacts.map((c) => c.email)].map((e): [MatchKind, string | undefined] => ['email', e?.toLowerCase()]),
  ];
  const out = new Map<string, [MatchKind, string]>();
  for (const [kind, value] of keys) if (value) out.set(`${kind}:${value}`, [kind, `${name}|${kind}:${value}`]);
  return [...out.values()];
}

/** Newest first; a listing without a date is oldest; ties go to the feed named first. */
function byRecency(a: Listing, b: Listing): number {
  const da = a.service.lastChecked ?? '';
  const db = b.service.lastChecked ?? '';
  return da === db ? a.feed - b.feed : da < db ? 1 : -1;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/** Fields that describe the merge itself rather than the service. */
const NOT_COMPARED = new Set(['id', 'sources', 'distanceMetres', 'lastChecked', 'lastCheckedSource', 'summary', 'terms']);

function mergeGroup(members: Listing[]): { service: Service; winner: Listing; conflicts: string[] } {
  const ordered = [...members].sort(byRecency);
  const winner = ordered[0]!;
  const merged: Record<string, unknown> = { ...winner.service };
  const conflicts = new Set<string>();
  for (const other of ordered.slice(1)) {
    for (const [key, value] of Object.entries(other.service)) {
      if (isEmpty(value)) continue;
      if (isEmpty(merged[key])) merged[key] = value;
      else if (!NOT_COMPARED.has(key) && JSON.stringify(merged[key]) !== JSON.stringify(value)) conflicts.add(key);
    }
  }
  // Terms classify: every copy's count, each name once.
  const terms = [...winner.service.terms];
  const names = new Set(terms.map((t) => normaliseName(t.name)));
  for (const other of ordered.slice(1)) {
    for (const term of other.service.terms) {
      if (names.has(normaliseName(term.name))) continue;
      names.add(normaliseName(term.name));
      terms.push(term);
    }
  }
  return { service: { ...(merged as unknown as Service), terms }, winner, conflicts: [...conflicts].sort() };
}

export function mergeListings(listings: Listing[]): MergeResult {
  // Union-find over listings, joining only groups that share no feed.
  const parent = listings.map((_, i) => i);
  const feeds = listings.map((l) => new Set([l.feed]));
  const matched = listings.map(() => new Set<MatchKind>());
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const join = (a: number, b: number, kind: MatchKind) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) {
      matched[ra]!.add(kind);
      return;
    }
    if ([...feeds[rb]!].some((f) => feeds[ra]!.has(f))) return;
    parent[rb] = ra;
    for (const f of feeds[rb]!) feeds[ra]!.add(f);
    for (const k of matched[rb]!) matched[ra]!.add(k);
    matched[ra]!.add(kind);
  };
  const firstWithKey = new Map<string, number[]>();
  listings.forEach((listing, i) => {
    for (const [kind, key] of matchKeys(listing.service)) {
      const earlier = firstWithKey.get(key) ?? [];
      for (const j of earlier) if (listings[j]!.feed !== listing.feed) join(j, i, kind);
      firstWithKey.set(key, [...earlier, i]);
    }
  });

  const members = new Map<number, Listing[]>();
  listings.forEach((listing, i) => {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), listing]);
  });

  const services: Service[] = [];
  const groups: MergeGroup[] = [];
  for (const [root, group] of members) {
    const inFeedOrder = [...group].sort((a, b) => a.feed - b.feed);
    const primary = inFeedOrder[0]!;
    const { service, winner, conflicts } = group.length > 1 ? mergeGroup(group) : { service: primary.service, winner: primary, conflicts: [] };
    services.push({ ...service, id: primary.snapshotId, sources: inFeedOrder.map((l) => l.source) });
    if (group.length > 1) {
      groups.push({
        id: primary.snapshotId,
        name: service.name,
        listings: inFeedOrder.map((l) => ({
          feed: l.feed,
          serviceId: l.service.id,
          name: l.service.name,
          ...(l.service.lastChecked ? { lastChecked: l.service.lastChecked } : {}),
        })),
        matchedOn: KINDS.filter((k) => matched[root]!.has(k)),
        winner: winner.feed,
        conflicts,
      });
    }
  }
  return { services, groups };
}
