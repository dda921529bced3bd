/**
 * Reading every page of a search, one after another, bounded and abortable: for "Show all
 * on the map", and for the finder's refinements that a source cannot make (it reads on
 * until it has enough matches). The client caches by request, so pages already fetched
 * cost nothing.
 */
import type { Directory, SearchQuery, Service } from '@signpost/core';

export const SHOW_ALL_PER_PAGE = 100;
const SHOW_ALL_MAX_PAGES = 20;
export const SHOW_ALL_MAX_SERVICES = 2000;

export interface ShowAllOptions {
  signal: AbortSignal;
  /** At most this many services (default 2000). */
  maxServices?: number;
  /** Services per request (at most 100). */
  perPage?: number;
  /** After each page: how many are loaded, how many will be, and the services so far. */
  onProgress?: (loaded: number, total: number, services: Service[]) => void;
  /** Stop early once the services read so far are enough. */
  enough?: (services: Service[]) => boolean;
}

export interface ShowAllResult {
  services: Service[];
  /** How many match the search (may be more than were loaded). */
  total: number;
  /** Whether every matching service (up to the bound) was loaded. */
  complete: boolean;
}

/** How many services show-all would load for a search with `total` matches. */
export function showAllTarget(total: number, maxServices = SHOW_ALL_MAX_SERVICES): number {
  return Math.max(0, Math.min(total, maxServices, SHOW_ALL_MAX_PAGES * SHOW_ALL_PER_PAGE));
}

export async function loadAllPages(
  client: Pick<Directory, 'search'>,
  query: SearchQuery,
  options: ShowAllOptions,
): Promise<ShowAllResult> {
  const perPage = Math.max(1, Math.min(SHOW_ALL_PER_PAGE, options.perPage ?? SHOW_ALL_PER_PAGE));
  const maxServices = Math.max(1, Math.min(options.maxServices ?? SHOW_ALL_MAX_SERVICES, SHOW_ALL_MAX_PAGES * perPage));
  const maxPages = Math.min(SHOW_ALL_MAX_PAGES, Math.ceil(maxServices / perPage));
  const byId = new Map<string, Service>();
  let total = 0;
  let complete = false;
  for (let page = 1; page <= maxPages; page += 1) {
    options.signal.throwIfAborted();
    const result = await client.search({ ...query, page, perPage }, { signal: options.signal });
    options.signal.throwIfAborted();
    total = result.total;
    // Pages can overlap when the feed changes between requests: keep each service once.
    for (const s of result.items) if (!byId.has(s.id)) byId.set(s.id, s);
    const target = Math.min(total, maxServices);
    options.onProgress?.(Math.min(byId.size, target), target, [...byId.values()].slice(0, target));
    if (result.isLast || result.items.length === 0 || page >= result.totalPages) {
      complete = true;
      break;
    }
    if (byId.size >= maxServices || options.enough?.([...byId.values()])) break;
  }
  const services = [...byId.values()].slice(0, maxServices);
  return { services, total: Math.max(total, services.length), complete: complete || services.length >= total };
}
