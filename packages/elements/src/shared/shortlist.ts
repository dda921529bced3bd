/**
 * "My list": the services a person saved, kept in this browser (localStorage) per
 * directory, so it lasts across reloads and is the same in every tab and every finder
 * on the site that reads that directory. Only ids and names are kept: the services are
 * fetched again when the list is shown. When storage is full or blocked the list still
 * works for this page, and says it will not be kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SavedService {
  id: string;
  name: string;
}

/** At most this many services on a list. */
export const SHORTLIST_MAX = 100;
const KEY_PREFIX = 'signpost-shortlist:';

export class Shortlist {
  readonly endpoint: string;
  #items: SavedService[];
  /** Whether the list is kept (false: storage is full or blocked, so it lasts only while the page is open). */
  kept = true;
  readonly #listeners = new Set<() => void>();

  constructor(endpoint: string) {
    this.endpoint = endpoint;
    this.#items = this.#read();
  }

  get items(): readonly SavedService[] {
    return this.#items;
  }

  has(id: string): boolean {
    return this.#items.some((s) => s.id === id);
  }

  /** Save services (those already on the list stay where they are). */
  save(...services: SavedService[]): void {
    const added = services.filter((s, i) => !this.has(s.id) && services.findIndex((t) => t.id === s.id) === i).map(({ id, name }) => ({ id, name }));
    if (added.length) this.#write([...this.#items, ...added].slice(-SHORTLIST_MAX));
  }

  remove(id: string): void {
    if (this.has(id)) this.#write(this.#items.filter((s) => s.id !== id));
  }

  clear(): void {
    this.#write([]);
  }

  /** Call `listener` whenever the list changes (here, or in another tab). Returns how to stop. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The list was changed in another tab. */
  reload(): void {
    this.#items = this.#read();
    this.#notify();
  }

  get #key(): string {
    return `${KEY_PREFIX}${this.endpoint}`;
  }

  #read(): SavedService[] {
    try {
      const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(this.#key) ?? '[]');
      if (!Array.isArray(raw)) return [];
      return raw
        .filter((s): s is SavedService => typeof s?.id === 'string' && s.id !== '' && typeof s?.name === 'string')
        .slice(0, SHORTLIST_MAX)
        .map(({ id, name }) => ({ id: id.slice(0, 200), name: name.slice(0, 300) }));
    } catch {
      return []; // blocked, or not ours: start afresh
    }
  }

  #write(items: SavedService[]): void {
    this.#items = items;
    try {
      if (items.length) globalThis.localStorage.setItem(this.#key, JSON.stringify(items));
      else globalThis.localStorage.removeItem(this.#key);
      this.kept = true;
    } catch {
      this.kept = false; // full or blocked: kept for this page only
    }
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

const lists = new Map<string, Shortlist>();

/** The one list for a directory on this page (every element that saves to it shares it). */
export function shortlistFor(endpoint: string): Shortlist {
  let list = lists.get(endpoint);
  if (!list) {
    list = new Shortlist(endpoint);
    lists.set(endpoint, list);
    if (lists.size === 1 && typeof window !== 'undefined') {
      window.addEventListener('storage', (e) => {
        if (e.key === null || e.key.startsWith(KEY_PREFIX)) for (const l of lists.values()) if (e.key === null || e.key === `${KEY_PREFIX}${l.endpoint}`) l.reload();
      });
    }
  }
  return list;
}

/** An element's view of the list for its directory: re-renders it when the list changes. */
export class ShortlistController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #endpoint: () => string | undefined;
  #list: Shortlist | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, endpoint: () => string | undefined) {
    this.#host = host;
    this.#endpoint = endpoint;
    host.addController(this);
  }

  /** The list, when the element knows its directory. */
  get list(): Shortlist | undefined {
    const endpoint = this.#endpoint();
    if (!endpoint) return undefined;
    if (this.#list?.endpoint !== endpoint) {
      this.#unsubscribe?.();
      this.#list = shortlistFor(endpoint);
      this.#unsubscribe = this.#list.subscribe(() => this.#host.requestUpdate());
    }
    return this.#list;
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#list = undefined;
  }
}
