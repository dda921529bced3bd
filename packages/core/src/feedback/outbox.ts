/**
 * The feedback outbox: reports are written to localStorage before they are sent and
 * removed only once a receiver has answered 2xx, so a report survives a dropped
 * connection, a receiver that is down and a closed tab. Sending again is safe because
 * every report carries a unique id that receivers use to ignore repeats.
 *
 * - 2xx: delivered (a receiver's `{duplicate: true}` is delivered too).
 * - 408, 429, 5xx, no connection, timeout: kept and retried with exponential backoff
 *   (with jitter, capped), at once when the browser comes back online, and on the next
 *   visit (an element calls flush() when it connects).
 * - Any other 4xx: the receiver refused this report; retrying cannot help. It is removed
 *   and reported as failed with the receiver's message.
 *
 * Every storage access is guarded: with storage blocked or full the outbox still works
 * for the life of the page, in memory. Entries older than 30 days are given up.
 */
import type { FetchLike } from '../fetch-json.js';
import type { FeedbackReport } from './report.js';
import { OUTBOX_KEY } from './outbox-key.js';

export { OUTBOX_KEY };

export type DeliveryResult =
  | { outcome: 'sent'; id: string; status: number; duplicate: boolean }
  | {
      outcome: 'queued';
      id: string;
      /** offline: the browser says it has no connection; unavailable: the receiver did not answer well. */
      reason: 'offline' | 'unavailable';
      status?: number;
      message?: string;
      /** When the next try is due (ms since the epoch). */
      nextAttemptAt: number;
    }
  | { outcome: 'failed'; id: string; status: number; message: string };

export interface OutboxEntry {
  id: string;
  endpoint: string;
  report: FeedbackReport;
  attempts: number;
  queuedAt: number;
  nextAttemptAt: number;
  lastError?: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

interface EventSourceLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface FeedbackOutboxOptions {
  /** Where entries are kept (default: localStorage when it can be used; null: memory only). */
  storage?: StorageLike | null | undefined;
  /** The storage key (default "signpost-feedback-outbox"). */
  key?: string | undefined;
  fetch?: FetchLike | undefined;
  /** How long one POST may take (default 15 s). */
  timeoutMs?: number | undefined;
  /** The first retry delay (default 2 s), doubled each time up to maxDelayMs (default 5 min). */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  /** Entries older than this are given up (default 30 days). */
  maxAgeMs?: number | undefined;
  /** At most this many entries are kept; the oldest go first (default 50). */
  maxEntries?: number | undefined;
  random?: (() => number) | undefined;
  now?: (() => number) | undefined;
  /** Whether the browser thinks it is online (default navigator.onLine). */
  isOnline?: (() => boolean) | undefined;
  /** What fires "online" (default: the window). */
  events?: EventSourceLike | null | undefined;
}

const DAY = 24 * 60 * 60 * 1000;

export class FeedbackOutbox {
  readonly key: string;
  readonly #storage: StorageLike | null;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #isOnline: () => boolean;
  readonly #events: EventSourceLike | null;
  /** The entries when storage cannot be used. */
  #memory: OutboxEntry[] = [];
  /** Set once storage has thrown: from then on this page keeps entries in memory. */
  #storageFailed = false;
  readonly #inFlight = new Map<string, Promise<DeliveryResult>>();
  readonly #listeners = new Set<(result: DeliveryResult) => void>();
  #flushing: Promise<DeliveryResult[]> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  constructor(options: FeedbackOutboxOptions = {}) {
    this.key = options.key ?? OUTBOX_KEY;
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#baseDelayMs = options.baseDelayMs ?? 2_000;
    this.#maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
    this.#maxAgeMs = options.maxAgeMs ?? 30 * DAY;
    this.#maxEntries = options.maxEntries ?? 50;
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
    this.#isOnline = options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
    this.#events = options.events === undefined ? defaultEvents() : options.events;
  }

  /** Keep the report, then try to deliver it. Resolves with what happened; never rejects. */
  async send(endpoint: string, report: FeedbackReport): Promise<DeliveryResult> {
    const now = this.#now();
    const existing = this.#read().find((e) => e.id === report.id);
    const entry: OutboxEntry = existing ?? { id: report.id, endpoint, report, attempts: 0, queuedAt: now, nextAttemptAt: now };
    if (!existing) {
      const entries = [...this.#read(), entry];
      this.#write(entries.slice(Math.max(0, entries.length - this.#maxEntries)));
    }
    if (!this.#isOnline()) {
      const result = this.#retryLater(entry, undefined, 'offline', 'offline');
      this.#notify(result);
      return result;
    }
    return this.#attempt(entry);
  }

  /**
   * Try every entry that is due (or every entry, with force: when the connection comes
   * back or the page has just loaded). Concurrent calls share one run.
   */
  flush(options: { force?: boolean } = {}): Promise<DeliveryResult[]> {
    if (this.#flushing) return this.#flushing;
    const run = async () => {
      const results: DeliveryResult[] = [];
      this.#dropExpired();
      if (!this.#isOnline()) return results;
      for (const entry of this.#read()) {
        if (!options.force && entry.nextAttemptAt > this.#now()) continue;
        // Another tab may have delivered it meanwhile.
        if (!this.#read().some((e) => e.id === entry.id)) continue;
        results.push(await this.#attempt(entry));
      }
      return results;
    };
    const flushing = run().finally(() => {
      if (this.#flushing === flushing) this.#flushing = undefined;
      this.#schedule();
    });
    this.#flushing = flushing;
    return flushing;
  }

  /** What is waiting to be delivered, oldest first. */
  entries(): OutboxEntry[] {
    return this.#read();
  }

  has(id: string): boolean {
    return this.#read().some((e) => e.id === id);
  }

  /** Be told of every delivery attempt's result (including retries in the background). */
  subscribe(listener: (result: DeliveryResult) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Retry in the background: when the browser comes online and when a retry is due. Idempotent. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#events?.addEventListener('online', this.#onOnline);
    this.#schedule();
  }

  stop(): void {
    this.#started = false;
    this.#events?.removeEventListener('online', this.#onOnline);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The delay before retry number `attempts` (1, 2, ...): doubling, capped, with jitter (half to all of it). */
  retryDelay(attempts: number): number {
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(ceiling / 2 + (this.#random() * ceiling) / 2);
  }

  #onOnline = (): void => {
    void this.flush({ force: true });
  };

  #attempt(entry: OutboxEntry): Promise<DeliveryResult> {
    const running = this.#inFlight.get(entry.id);
    if (running) return running;
    const promise = this.#post(entry)
      .then((result) => {
        this.#notify(result);
        return result;
      })
      .finally(() => {
        this.#inFlight.delete(entry.id);
        this.#schedule();
      });
    this.#inFlight.set(entry.id, promise);
    return promise;
  }

  async #post(entry: OutboxEntry): Promise<DeliveryResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
    let response: Response;
    let text = '';
    try {
      response = await this.#fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(entry.report),
        credentials: 'omit',
        signal: controller.signal,
      });
      text = await response.text().catch(() => '');
    } catch (error) {
      const reason = this.#isOnline() ? 'unavailable' : 'offline';
      const message = controller.signal.aborted ? 'timeout' : String((error as Error)?.message ?? error);
      return this.#retryLater(entry, undefined, reason, message);
    } finally {
      clearTimeout(timer);
    }
    const status = response.status;
    if (status >= 200 && status < 300) {
      this.#remove(entry.id);
      return { outcome: 'sent', id: entry.id, status, duplicate: parseJson(text)?.duplicate === true };
    }
    const message = serverMessage(text, status);
    if (status === 408 || status === 429 || status >= 500) return this.#retryLater(entry, status, 'unavailable', message);
    this.#remove(entry.id);
    return { outcome: 'failed', id: entry.id, status, message };
  }

  #retryLater(entry: OutboxEntry, status: number | undefined, reason: 'offline' | 'unavailable', message: string): DeliveryResult {
    const attempts = entry.attempts + 1;
    const nextAttemptAt = this.#now() + this.retryDelay(attempts);
    const entries = this.#read();
    const stored = entries.find((e) => e.id === entry.id);
    if (stored) {
      stored.attempts = attempts;
      stored.nextAttemptAt = nextAttemptAt;
      stored.lastError = status ? `${status} ${message}` : message;
      this.#write(entries);
    }
    entry.attempts = attempts;
    entry.nextAttemptAt = nextAttemptAt;
    const result: DeliveryResult = { outcome: 'queued', id: entry.id, reason, nextAttemptAt };
    if (status !== undefined) {
      result.status = status;
      result.message = message;
    }
    return result;
  }

  #dropExpired(): void {
    const now = this.#now();
    const entries = this.#read();
    const expired = entries.filter((e) => now - e.queuedAt > this.#maxAgeMs);
    if (!expired.length) return;
    this.#write(entries.filter((e) => !expired.includes(e)));
    for (const e of expired) this.#notify({ outcome: 'failed', id: e.id, status: 0, message: 'expired' });
  }

  #schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#started) return;
    const entries = this.#read().filter((e) => !this.#inFlight.has(e.id));
    if (!entries.length) return;
    const due = Math.min(...entries.map((e) => e.nextAttemptAt));
    const wait = Math.min(this.#maxDelayMs, Math.max(0, due - this.#now()));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, wait);
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #notify(result: DeliveryResult): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(result);
      } catch {
        // A listener's failure is not the outbox's.
      }
    }
  }

  #remove(id: string): void {
    this.#write(this.#read().filter((e) => e.id !== id));
  }

  #read(): OutboxEntry[] {
    if (!this.#storage || this.#storageFailed) return this.#memory.map(copy);
    let raw: string | null;
    try {
      raw = this.#storage.getItem(this.key);
    } catch {
      this.#storageFailed = true;
      return this.#memory.map(copy);
    }
    if (raw === null) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  #write(entries: OutboxEntry[]): void {
    this.#memory = entries.map(copy);
    if (!this.#storage || this.#storageFailed) return;
    try {
      this.#storage.setItem(this.key, JSON.stringify(entries));
    } catch {
      // Full or blocked: the in-memory copy carries on for this page.
      this.#storageFailed = true;
    }
  }
}

function defaultStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

function defaultEvents(): EventSourceLike | null {
  return typeof globalThis.addEventListener === 'function' ? (globalThis as unknown as EventSourceLike) : null;
}

function copy(entry: OutboxEntry): OutboxEntry {
  return { ...entry };
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<OutboxEntry>;
  return (
    typeof e.id === 'string' &&
    typeof e.endpoint === 'string' &&
    typeof e.report === 'object' &&
    e.report !== null &&
    e.report.id === e.id &&
    typeof e.attempts === 'number' &&
    typeof e.queuedAt === 'number' &&
    typeof e.nextAttemptAt === 'number'
  );
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The receiver's own words: `{message}` or `{error}` in JSON, or a short plain-text body. */
function serverMessage(text: string, status: number): string {
  const json = parseJson(text);
  const said = json?.message ?? json?.error;
  if (typeof said === 'string' && said.trim()) return said.trim().slice(0, 300);
  const plain = text.trim();
  if (plain && plain.length <= 300 && !plain.startsWith('<')) return plain;
  return `HTTP ${status}`;
}
