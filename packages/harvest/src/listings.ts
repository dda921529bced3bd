/**
 * One feed's services as listings with snapshot ids. A snapshot id is the feed's short key
 * (from its endpoint) and the feed's own id, so ids from different feeds never clash and
 * stay the same from one harvest to the next. An id a feed uses twice does not lose a
 * listing: a repeat that is the very same record is one listing, a different record keeps
 * its place with "~2" (then "~3" ...) after its id.
 */
import { createHash } from 'node:crypto';
import type { Service, ServiceSource } from '@signpost/core';
import type { FeedResult } from './feed.js';

export interface Listing {
  /** Where the feed comes in the harvest's list of feeds. */
  feed: number;
  /** Unique in the snapshot, stable across harvests. */
  snapshotId: string;
  service: Service;
  source: ServiceSource;
}

export interface RepeatedIds {
  /** Ids used by more than one listing. */
  ids: string[];
  /** Repeats that were the same record, counted once. */
  sameRecord: number;
  /** Repeats that were different records, each kept. */
  keptBoth: number;
}

/** A short key for a feed, the same for the same endpoint. */
export function feedKey(endpoint: string): string {
  return createHash('sha256').update(endpoint).digest('hex').slice(0, 6);
}

export function feedListings(feed: FeedResult, index: number): { listings: Listing[]; repeats: RepeatedIds } {
  const key = feedKey(feed.endpoint);
  const seen = new Map<string, string[]>();
  const listings: Listing[] = [];
  const repeatedIds = new Set<string>();
  const repeats: RepeatedIds = { ids: [], sameRecord: 0, keptBoth: 0 };
  for (const service of feed.services) {
    const json = JSON.stringify(service);
    const earlier = seen.get(service.id) ?? [];
    if (earlier.length) repeatedIds.add(service.id);
    if (earlier.includes(json)) {
      repeats.sameRecord += 1;
      continue;
    }
    if (earlier.length) repeats.keptBoth += 1;
    seen.set(service.id, [...earlier, json]);
    const snapshotId = `${key}-${service.id}${earlier.length ? `~${earlier.length + 1}` : ''}`;
    listings.push({
      feed: index,
      snapshotId,
      service,
      source: {
        endpoint: feed.endpoint,
        ...(feed.directory ? { directory: feed.directory } : {}),
        serviceId: service.id,
        ...(service.lastChecked ? { lastChecked: service.lastChecked } : {}),
      },
    });
  }
  repeats.ids = [...repeatedIds];
  return { listings, repeats };
}
