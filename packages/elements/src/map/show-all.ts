/** "Show all on the map": every page of the finder's search, with progress and a way to stop. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type Directory, type SearchQuery, type Service } from '@signpost/core';
import { loadAllPages, showAllTarget, SHOW_ALL_PER_PAGE } from '../shared/all-pages.js';
import type { FinderSearch } from '../shared/context.js';
import { memo } from '../shared/memo.js';
import { refine } from '../shared/refine.js';
import { queryKey, toQuery } from '../shared/state.js';

export interface AllResults {
  /** The search these belong to (without the page). */
  key: string;
  status: 'loading' | 'done' | 'stopped' | 'failed';
  loaded: number;
  total: number;
  services: Service[];
}

/** The query show-all reads a search with: from page 1, a full page at a time. */
function allQuery({ state, fixed, capabilities }: FinderSearch): SearchQuery {
  return toQuery({ ...state, page: 1 }, fixed, SHOW_ALL_PER_PAGE, capabilities);
}

/** A search's identity for show-all: its query at page 1. */
function searchKey(search: FinderSearch): string {
  return queryKey(allQuery(search));
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
    const query = allQuery(search);
    const key = queryKey(query);
    this.#set({ key, status: 'loading', loaded: 0, total: showAllTarget(search.result.total, maxServices), services: [] });
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
  services(search: FinderSearch): readonly Service[] | undefined {
    const all = this.all;
    if (!all || all.status === 'loading' || !all.services.length) return undefined;
    return this.#refine(all.services, search.refinement);
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
