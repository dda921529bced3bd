/**
 * The feed health figures: per feed, how many records it has and what they lack (a place,
 * a way to get in touch, a description, a checked date), how many are stale, which values
 * core had to drop (invalid web addresses, emails, phone numbers), repeated ids, the
 * quirks met reading it, and how many of its records other feeds list too. These figures
 * are report.json; report-html.ts draws the same figures as report.html.
 */
import { isStale, type Diagnostic, type Service } from '@signpost/core';
import type { FeedResult } from './feed.js';
import type { RepeatedIds } from './listings.js';
import type { MatchKind, MergeGroup } from './merge.js';

/** Listings older than this many months count as stale. */
export const STALE_AFTER_MONTHS = 12;
/** The quirks shown per feed, most frequent first. */
const MAX_QUIRKS = 20;
/** The merged records listed by name in the report. */
const MAX_GROUPS_LISTED = 200;

export interface Share {
  count: number;
  /** count / records, 0 to 1 (0 when there are no records). */
  share: number;
}

export interface Quirk {
  /** Where in a record, e.g. "service_at_locations[].location.latitude". */
  where: string;
  /** What was wrong, as core said it the first time. */
  message: string;
  count: number;
}

export interface FeedHealth {
  endpoint: string;
  directory?: string;
  dialect?: string;
  status: 'read' | 'failed' | 'interrupted';
  error?: string;
  records: number;
  pages: number;
  details: number;
  requests: number;
  retries: number;
  rateLimited: number;
  serverErrors: number;
  waitedSeconds: number;
  seconds: number;
  resumed: { pages: number; details: number };
  missing: { location: Share; contact: Share; description: Share; checkedDate: Share };
  /** Checked more than STALE_AFTER_MONTHS months before the harvest. */
  stale: Share;
  invalid: { urls: number; emails: number; phones: number };
  duplicateIds: RepeatedIds;
  quirks: Quirk[];
  notes: string[];
  /** Records that another feed lists too. */
  alsoElsewhere: Share;
}

export interface HarvestReport {
  harvestedAt: string;
  staleAfterMonths: number;
  feeds: FeedHealth[];
  merge: {
    /** Listings read from all feeds (repeats of the same record counted once). */
    listings: number;
    /** Services in the snapshot. */
    services: number;
    /** Services listed by more than one feed. */
    merged: number;
    /** Merged services by what matched besides the name (a service can count under several). */
    matchedOn: Record<MatchKind, number>;
    /** Fields where copies disagreed, with how many merged services they disagreed in. */
    conflicts: Record<string, number>;
    /** The merged services (the first MAX_GROUPS_LISTED). */
    groups: MergeGroup[];
  };
}

const share = (count: number, records: number): Share => ({ count, share: records ? Math.round((count / records) * 1000) / 1000 : 0 });

const hasContact = (s: Service) => s.phones.length > 0 || s.email !== undefined || s.contacts.some((c) => c.email || c.phones.length);

/** A diagnostic's place with positions and the list's own position taken out, so alike ones group. */
function where(path: string): string {
  return (
    path
      .replace(/^\w+\[\d+\]\.?/, '')
      .replace(/^services\/[^.]*/, '')
      .replace(/\[\d+\]/g, '[]') || '(the record)'
  );
}

function quirks(diagnostics: Diagnostic[]): Quirk[] {
  const groups = new Map<string, Quirk>();
  for (const d of diagnostics) {
    const at = where(d.path);
    const key = `${at}\u0000${d.message.replace(/\s*\(got .*\)$/, '').replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N')}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { where: at, message: d.message, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.where.localeCompare(b.where)).slice(0, MAX_QUIRKS);
}

const said = (diagnostics: Diagnostic[], start: string) => diagnostics.filter((d) => d.message.startsWith(start)).length;

export function feedHealth(feed: FeedResult, repeats: RepeatedIds, alsoElsewhere: number, harvestedAt: Date): FeedHealth {
  const s = feed.services;
  const n = s.length;
  return {
    endpoint: feed.endpoint,
    ...(feed.directory ? { directory: feed.directory } : {}),
    ...(feed.dialect ? { dialect: feed.dialect } : {}),
    status: feed.interrupted ? 'interrupted' : feed.error ? 'failed' : 'read',
    ...(feed.error ? { error: feed.error } : {}),
    records: n,
    pages: feed.pages,
    details: feed.details,
    requests: feed.stats.requests,
    retries: feed.stats.retries,
    rateLimited: feed.stats.rateLimited,
    serverErrors: feed.stats.serverErrors,
    waitedSeconds: Math.round(feed.stats.waitedMs / 100) / 10,
    seconds: Math.round(feed.seconds * 10) / 10,
    resumed: feed.resumed,
    missing: {
      location: share(s.filter((x) => x.locations.length === 0).length, n),
      contact: share(s.filter((x) => !hasContact(x)).length, n),
      description: share(s.filter((x) => !x.summary).length, n),
      checkedDate: share(s.filter((x) => !x.lastChecked).length, n),
    },
    stale: share(s.filter((x) => x.lastChecked && isStale(x.lastChecked, STALE_AFTER_MONTHS, harvestedAt)).length, n),
    invalid: {
      urls: said(feed.diagnostics, 'not a safe web address'),
      emails: said(feed.diagnostics, 'not an email address'),
      phones: said(feed.diagnostics, 'not a phone number'),
    },
    duplicateIds: repeats,
    quirks: quirks(feed.diagnostics),
    notes: feed.notes,
    alsoElsewhere: share(alsoElsewhere, n),
  };
}

export function mergeSummary(listings: number, services: number, groups: MergeGroup[]): HarvestReport['merge'] {
  const matchedOn: Record<MatchKind, number> = { postcode: 0, website: 0, phone: 0, email: 0 };
  const conflicts: Record<string, number> = {};
  for (const g of groups) {
    for (const kind of g.matchedOn) matchedOn[kind] += 1;
    for (const field of g.conflicts) conflicts[field] = (conflicts[field] ?? 0) + 1;
  }
  return { listings, services, merged: groups.length, matchedOn, conflicts, groups: groups.slice(0, MAX_GROUPS_LISTED) };
}
