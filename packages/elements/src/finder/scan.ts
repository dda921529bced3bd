/**
 * When the finder narrows a search itself (free only, an access route or a time of day
 * that the source cannot filter by), one page of the source rarely holds a page of
 * matches. The scan reads on, page after page (bounded, with progress, a way to stop and
 * a way to go on), until it has enough matches for the page shown, so the count can be
 * honest: "At least 14 services found (Free); searched 300 of 339".
 *
 * The first page is the finder's own search (one request per settled search); the scan
 * reads the source in larger pages from the start (the client's cache answers what it
 * has read before) and is aborted when the search changes.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isAbortError, type ClientSearchResult, type Directory, type SearchQuery, type Service } from '@signpost/core';
import { loadAllPages, SHOW_ALL_MAX_SERVICES, SHOW_ALL_PER_PAGE } from '../shared/all-pages.js';
import type { Scan } from '../shared/context.js';
import { refine, type Refinement } from '../shared/refine.js';
import './strings.en.js';

/** How many services one go reads at most; "Keep searching" reads this many more. */
export const SCAN_STEP = 300;

export interface ScanInputs {
  client: Directory;
  /** The search at page 1 (its page size is the scan's to choose). */
  query: SearchQuery;
  /** Identifies the search and its refinement. */
  key: string;
  refinement: Refinement;
  /** The finder's first page of the search (not the whole of it: the finder refines that itself). */
  first: ClientSearchResult;
  /** How many matches the page shown needs. */
  need: number;
}

export class RefineScan {
  readonly #host: ReactiveControllerHost;
  readonly #inputs: () => ScanInputs | undefined;
  #limit = SCAN_STEP;
  #limitKey = '';
  #stopping = false;
  #progress: (Scan & { key: string }) | undefined;

  readonly #task: Task<readonly [Directory | undefined, string, number, number], void>;

  constructor(host: ReactiveControllerHost, inputs: () => ScanInputs | undefined) {
    this.#host = host;
    this.#inputs = inputs;
    this.#task = new Task(host, {
      task: ([client, key, need, limit], { signal }) => this.#read(client, key, need, limit, signal),
      args: () => {
        const inputs = this.#inputs();
        if (!inputs) return [undefined, '', 0, 0] as const;
        if (inputs.key !== this.#limitKey) {
          this.#limitKey = inputs.key;
          this.#limit = SCAN_STEP;
        }
        return [inputs.client, inputs.key, inputs.need, this.#limit] as const;
      },
    });
  }

  /** The reading itself (the finder cancels it when it leaves the page). */
  get task(): Task<readonly [Directory | undefined, string, number, number], void> {
    return this.#task;
  }

  /** Where the scan of the current search stands; undefined when there is none. */
  value(key: string): Scan | undefined {
    return this.#progress?.key === key ? this.#progress : undefined;
  }

  /** Settles when the scan (if any) has stopped reading. */
  settled = (): Promise<unknown> => this.#task.taskComplete.catch(() => undefined);

  /** Stop reading, keeping what was found. */
  stop(): void {
    if (this.#progress?.status !== 'reading') return;
    this.#stopping = true;
    this.#task.abort();
  }

  /** Read another step's worth of services. */
  more(): void {
    this.#limit = Math.min(SHOW_ALL_MAX_SERVICES, this.#limit + SCAN_STEP);
    this.#host.requestUpdate();
  }

  async #read(client: Directory | undefined, key: string, need: number, limit: number, signal: AbortSignal): Promise<void> {
    // The task starts inside the finder's update, where a request for another update is lost: say where it stands after it.
    await Promise.resolve();
    const inputs = this.#inputs();
    if (!client || !inputs || inputs.key !== key) return;
    const { first, refinement, query } = inputs;
    const matchesOf = (services: readonly Service[]) => refine(services, refinement);
    const previous = this.#progress?.key === key ? this.#progress : undefined;
    this.#stopping = false;
    this.#set({
      key,
      status: 'reading',
      searched: previous?.searched ?? first.items.length,
      total: first.total,
      matches: previous?.matches ?? matchesOf(first.items),
    });
    try {
      const read = await loadAllPages(client, { ...query, page: 1 }, {
        signal,
        perPage: SHOW_ALL_PER_PAGE,
        maxServices: limit,
        onProgress: (loaded, _target, services) => this.#set({ key, status: 'reading', searched: loaded, total: first.total, matches: matchesOf(services) }),
        enough: (services) => matchesOf(services).length >= need,
      });
      const matches = matchesOf(read.services);
      const status = read.complete ? 'done' : matches.length >= need ? 'enough' : 'limit';
      this.#set({ key, status, searched: read.services.length, total: read.complete ? read.services.length : read.total, matches });
    } catch (error) {
      const progress = this.#progress?.key === key ? this.#progress : undefined;
      if (!progress) return;
      if (isAbortError(error) || signal.aborted) {
        // a newer search took over, or the person stopped it
        if (this.#stopping) this.#set({ ...progress, status: 'stopped' });
      } else {
        this.#set({ ...progress, status: 'failed' });
      }
    } finally {
      this.#stopping = false;
    }
  }

  #set(progress: Scan & { key: string }): void {
    this.#progress = { ...progress, more: progress.searched < Math.min(progress.total, SHOW_ALL_MAX_SERVICES) };
    this.#host.requestUpdate();
  }
}
