/**
 * A whole harvest: read each feed in turn (politely, resumably), give every listing a
 * snapshot id, merge the feeds, and write the snapshot and the feed health report into
 * the output folder. The snapshot is written only when every feed was read (or
 * `allowPartial` says a partial one will do), so a feed that is down tonight never
 * empties a published snapshot; the report is written whatever happened. Until the
 * snapshot is written, what was read stays in the journal for the next run to continue.
 */
import { join } from 'node:path';
import type { Service, Vocabulary } from '@signpost/core';
import { MANIFEST_FILE } from '@signpost/core/snapshot';
import { harvestFeed, tidyEndpoint, type DetailMode, type FeedResult, type FeedSpec } from './feed.js';
import { Journal } from './journal.js';
import { feedListings, type Listing, type RepeatedIds } from './listings.js';
import { mergeListings } from './merge.js';
import { writeReport } from './output.js';
import type { PoliteOptions } from './polite.js';
import { silentProgress, type Progress } from './progress.js';
import { STALE_AFTER_MONTHS, feedHealth, mergeSummary, type HarvestReport } from './report.js';
import { writePages, type PagesOptions, type PagesSummary } from './pages/write.js';
import { writeSnapshot, type SnapshotInput, type SnapshotSummary } from './snapshot/write.js';
import { lineage, termParents } from './terms.js';

export interface HarvestOptions {
  feeds: FeedSpec[];
  outDir: string;
  /** Requests started per second, at most, per feed (default 2). */
  maxRps?: number;
  /** Services asked for per page (default 100). */
  perPage?: number;
  details?: DetailMode;
  /** Ignore an unfinished harvest in the folder and start again. */
  fresh?: boolean;
  /** Write the snapshot even when some feeds could not be read. */
  allowPartial?: boolean;
  /** Pages read per feed at most (default 10,000). */
  maxPages?: number;
  polite?: Omit<PoliteOptions, 'maxRps' | 'onRetry'>;
  signal?: AbortSignal;
  progress?: Progress;
  /** The time the harvest starts (default now): what "stale" is measured from. */
  now?: Date;
  /** Static pages (a page per service, their index, the sitemap) written with the snapshot, when set (pages/write.ts). */
  pages?: Omit<PagesOptions, 'services' | 'harvestedAt'>;
}

/**
 * - complete: every feed read, snapshot and report written
 * - partial: some feeds read; report written; snapshot written only with allowPartial
 * - failed: nothing usable read; report written, no snapshot
 * - interrupted: stopped by the signal; what was read is kept for the next run
 */
export type HarvestStatus = 'complete' | 'partial' | 'failed' | 'interrupted';

export interface HarvestOutcome {
  status: HarvestStatus;
  services: Service[];
  feeds: FeedResult[];
  report: HarvestReport;
  /** Files written: the snapshot's manifest (its shards beside it) and the report. */
  written: string[];
  /** What was written of the snapshot, when it was. */
  snapshot?: SnapshotSummary;
  /** The static pages written with it, when asked for. */
  pages?: PagesSummary;
  /** Whether an unfinished harvest was continued. */
  resumed: boolean;
  seconds: number;
}

/**
 * The feeds' vocabularies cut to the terms the merged services use and the terms above
 * them (so a need filter can match a broad need), each vocabulary with at least one.
 */
function usedVocabularies(vocabularies: Vocabulary[], services: Service[]): Vocabulary[] {
  const parent = termParents(vocabularies.flatMap((v) => v.terms), services);
  const used = new Set<string>();
  for (const s of services) {
    for (const t of s.terms) {
      for (const id of lineage(t.id, parent)) {
        if (used.has(id)) break; // it and those above it are counted already
        used.add(id);
      }
    }
  }
  return vocabularies.map((v) => ({ ...v, terms: v.terms.filter((t) => used.has(t.id)) })).filter((v) => v.terms.length > 0);
}

function label(feed: FeedSpec, index: number, count: number): string {
  return `${count > 1 ? `[${index + 1}/${count}] ` : ''}${feed.directory ?? tidyEndpoint(feed.endpoint)}`;
}

function summaryLine(feed: FeedResult, name: string): string {
  if (feed.error) return `${name}: ${feed.interrupted ? 'stopped' : 'failed'}. ${feed.error}`;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return (
    `${name}: ${count(feed.services.length, 'record')} (ORUK ${feed.dialect}), ${count(feed.pages, 'page')}, ${count(feed.details, 'detail')}, ` +
    `${count(feed.stats.requests, 'request')} in ${feed.seconds.toFixed(1)} s`
  );
}

export async function harvest(options: HarvestOptions): Promise<HarvestOutcome> {
  const started = performance.now();
  const progress = options.progress ?? silentProgress;
  const journal = Journal.open(options.outDir, {
    fresh: options.fresh ?? false,
    ...(options.now ? { now: options.now } : {}),
    note: (text) => progress.note(text),
  });
  if (journal.resumed) progress.note(`Continuing the harvest started ${journal.startedAt} (use --fresh to start again).`);

  const feeds: FeedResult[] = [];
  for (const [index, spec] of options.feeds.entries()) {
    if (options.signal?.aborted) break;
    const name = label(spec, index, options.feeds.length);
    progress.feedStarted(name);
    const feed = await harvestFeed(spec, journal, {
      perPage: options.perPage ?? 100,
      details: options.details ?? 'auto',
      maxPages: options.maxPages ?? 10_000,
      polite: {
        ...options.polite,
        maxRps: options.maxRps ?? 2,
        onRetry: (r) => progress.note(`${name}: waiting ${(r.waitMs / 1000).toFixed(1)} s before trying again (${r.reason})`),
      },
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (info) => progress.feedProgress(info),
    });
    feeds.push(feed);
    progress.feedDone(summaryLine(feed, name));
  }
  progress.stop();

  const harvestedAt = journal.startedAt;
  const interrupted = options.signal?.aborted === true || feeds.some((f) => f.interrupted);
  const read = feeds.filter((f) => !f.error);
  const listings: Listing[] = [];
  const repeats: RepeatedIds[] = [];
  feeds.forEach((feed, i) => {
    const own = feedListings(feed, i);
    listings.push(...own.listings);
    repeats.push(own.repeats);
  });
  const merged = mergeListings(listings);
  const elsewhere = feeds.map(() => 0);
  for (const group of merged.groups) for (const l of group.listings) elsewhere[l.feed]! += 1;
  const report: HarvestReport = {
    harvestedAt,
    staleAfterMonths: STALE_AFTER_MONTHS,
    feeds: feeds.map((feed, i) => feedHealth(feed, repeats[i]!, elsewhere[i]!, new Date(harvestedAt))),
    merge: mergeSummary(listings.length, merged.services.length, merged.groups),
  };

  const usable = read.length > 0 && merged.services.length > 0;
  const status: HarvestStatus = interrupted
    ? 'interrupted'
    : !usable
      ? 'failed'
      : read.length < options.feeds.length
        ? 'partial'
        : 'complete';
  const written: string[] = [];
  let summary: SnapshotSummary | undefined;
  let pages: PagesSummary | undefined;
  if (status !== 'interrupted') {
    const snapshot = status === 'complete' || (status === 'partial' && options.allowPartial === true);
    if (snapshot) {
      const input: SnapshotInput = {
        services: merged.services,
        vocabularies: usedVocabularies(read.flatMap((f) => f.vocabularies), merged.services),
        harvestedAt,
        feeds: read.map((f) => ({
          endpoint: f.endpoint,
          ...(f.directory ? { directory: f.directory } : {}),
          dialect: f.dialect!,
          records: f.services.length,
        })),
      };
      summary = await writeSnapshot(options.outDir, input);
      written.push(join(options.outDir, MANIFEST_FILE));
      if (options.pages) {
        pages = await writePages(options.outDir, { ...options.pages, services: merged.services, harvestedAt });
        written.push(join(options.outDir, 'services', 'index.html'), join(options.outDir, 'sitemap.xml'));
      }
    }
    written.push(...(await writeReport(options.outDir, report)));
    // A feed that failed part-way can be finished by running again; a written snapshot is the end.
    if (snapshot || !feeds.some((f) => f.pages > 0)) journal.finish();
  }
  return {
    status,
    services: merged.services,
    feeds,
    report,
    written,
    ...(summary ? { snapshot: summary } : {}),
    ...(pages ? { pages } : {}),
    resumed: journal.resumed,
    seconds: (performance.now() - started) / 1000,
  };
}
