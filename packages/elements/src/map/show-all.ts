/**
 * "Show all on the map": every page of a search, one after another, bounded, abortable.
 * The client caches by request, so pages already fetched cost nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type Directory, type SearchQuery, type Service } from '@signpost/core';
import type { FinderSearch } from '../shared/context.js';
import { memo } from '../shared/memo.js';
import { queryKey, refine, toQuery } from '../shared/state.js';

export const SHOW_ALL_PER_PAGE = 100;
export const SHOW_ALL_MAX_PAGES = 20;
export const SHOW_ALL_MAX_SERVICES = 2000;

export interface ShowAllOptions {
  signal: AbortSignal;
  /** At most this many services (default 2000). */
  maxServices?: number;
  /** Services per request (at most 100). */
  perPage?: number;
  /** After each page: how many are loaded, how many will be, and the services so far. */
  onProgress?: (loaded: number, total: number, services: Service[]) => void;
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
    if (byId.size >= maxServices) break;
  }
  const services = [...byId.values()].slice(0, maxServices);
  return { services, total: Math.max(total, services.length), complete: complete || services.length >= total };
}

export interface AllResults {
  /** The search these belong to (without the page). */
  key: string;
  status: 'loading' | 'done' | 'stopped' | 'failed';
  loaded: number;
  total: number;
  services: Service[];
}

/** A search's identity for show-all: its query at page 1. */
function searchKey({ state, fixed, capabilities }: FinderSearch): string {
  return queryKey(toQuery({ ...state, page: 1, service: undefined }, fixed, SHOW_ALL_PER_PAGE, capabilities));
}

/**
 * Show-all as a reactive controller: loads every page of the finder's search on request,
 * with progress, a way to stop, and a way back to the page; forgets it when the search
 * changes or the host leaves the page.
 */
export class ShowAllController implements ReactiveController {
  /** What has been loaded, or undefined for the current page only. */
  all: AllResults | undefined;
  readonly #host: ReactiveControllerHost;
  #controller: AbortController | undefined;
  #refine = memo(refine);

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Load every page of `search` (at most `maxServices` services). */
  async start(client: Pick<Directory, 'search'>, search: FinderSearch, maxServices: number): Promise<void> {
    if (!search.result) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const key = searchKey(search);
    this.#set({ key, status: 'loading', loaded: 0, total: showAllTarget(search.result.total, maxServices), services: [] });
    const query = toQuery({ ...search.state, page: 1 }, search.fixed, SHOW_ALL_PER_PAGE, search.capabilities);
    const current = () => (this.all?.key === key && this.#controller === controller ? this.all : undefined);
    try {
      const result = await loadAllPages(client, query, {
        signal: controller.signal,
        maxServices,
        onProgress: (loaded, target, services) => {
          const all = current();
          if (all) this.#set({ ...all, loaded, total: target, services });
        },
      });
      const all = current();
      if (all) this.#set({ ...all, status: 'done', loaded: result.services.length, services: result.services });
    } catch (error) {
      const all = current();
      if (all) this.#set({ ...all, status: isAbortError(error) || controller.signal.aborted ? 'stopped' : 'failed' });
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  /** Stop loading, keeping what has arrived. */
  stop(): void {
    if (this.all?.status !== 'loading') return;
    this.#abort();
    this.#set({ ...this.all, status: 'stopped' });
  }

  /** Back to the current page's results. */
  reset(): void {
    this.#abort();
    if (this.all) this.#set(undefined);
  }

  /** Whatever was loaded belongs to one search: a different search (or none) forgets it. */
  follow(search: FinderSearch | undefined): void {
    if (this.all && (!search || searchKey(search) !== this.all.key)) this.reset();
  }

  /** Every loaded service that passes the finder's refinements, once loading has stopped; else undefined. */
  services(search: FinderSearch): Service[] | undefined {
    const all = this.all;
    if (!all || all.status === 'loading' || !all.services.length) return undefined;
    return this.#refine(all.services, search.state.freeOnly, search.state.access);
  }

  hostDisconnected(): void {
    this.#abort();
    if (this.all?.status === 'loading') this.all = undefined;
  }

  #abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  #set(all: AllResults | undefined): void {
    this.all = all;
    this.#host.requestUpdate();
  }
}
