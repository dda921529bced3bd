/**
 * Asking a directory's server for things politely: at most two requests in flight, starts
 * spaced to stay under a requests-per-second ceiling, and, when the server says "too many"
 * (429) or is in trouble (5xx), waiting as long as its `Retry-After` asks (seconds or an
 * HTTP date) or backing off exponentially, then trying again. A 429 holds back every
 * request to that server, not only the one refused.
 */
import { SignpostError } from '@signpost/core';

export interface PoliteOptions {
  /** Requests in flight at once: 1 or 2 (default 2). */
  maxInFlight?: number;
  /** Requests started per second, at most (default 2). */
  maxRps?: number;
  /** Tries after the first for a 429, a 5xx, a timeout or a dropped connection (default 5). */
  retries?: number;
  /** Time allowed for one answer (default 30 s). */
  timeoutMs?: number;
  /** The longest wait a `Retry-After` may ask for before we give up instead (default 15 minutes). */
  maxWaitMs?: number;
  /** Wait before the first retry when the server names no time; doubled for each further one (default 1 s). */
  backoffMs?: number;
  userAgent?: string;
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** Told before each wait for a retry. */
  onRetry?: (retry: { url: string; reason: string; waitMs: number; attempt: number }) => void;
}

export interface PoliteStats {
  /** Requests sent (every try counts). */
  requests: number;
  retries: number;
  /** Answers of 429 Too Many Requests. */
  rateLimited: number;
  /** Answers of 5xx. */
  serverErrors: number;
  /** Time spent waiting on servers' Retry-After and on back-off, in milliseconds. */
  waitedMs: number;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_IN_FLIGHT = 2;
const MAX_BACKOFF_MS = 60_000;

/** How long a `Retry-After` header asks us to wait, in milliseconds, or undefined when it says nothing usable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date starts with the day's name: "Sun, 06 Nov 1994 08:49:37 GMT" (or its older forms).
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(): SignpostError {
  return new SignpostError('aborted', '', 'The harvest was stopped.');
}

/**
 * Who may start a request, and when: no more than `maxInFlight` at once, starts at least
 * `1 / maxRps` seconds apart, none before a pause ends. Waiters go in the order they came.
 */
export class Gate {
  readonly #maxInFlight: number;
  readonly #spacingMs: number;
  #inFlight = 0;
  #nextStart = 0;
  #pausedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #waiting: Array<{ start: () => void }> = [];

  constructor(maxInFlight: number, maxRps: number) {
    this.#maxInFlight = Math.min(MAX_IN_FLIGHT, Math.max(1, Math.floor(maxInFlight)));
    this.#spacingMs = 1000 / maxRps;
  }

  /** Hold every start back until `until` (ms since the epoch). */
  pauseUntil(until: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
  }

  /** Run `task` when the gate lets it start; it counts as in flight until it settles. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const onAbort = () => {
        const i = this.#waiting.indexOf(waiter);
        if (i >= 0) this.#waiting.splice(i, 1);
        reject(abortError());
      };
      const waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
      this.#pump();
    });
    try {
      return await task();
    } finally {
      this.#inFlight -= 1;
      this.#pump();
    }
  }

  #pump(): void {
    while (this.#waiting.length && this.#inFlight < this.#maxInFlight) {
      const now = Date.now();
      const at = Math.max(this.#nextStart, this.#pausedUntil);
      if (now < at) {
        if (!this.#timer) {
          this.#timer = setTimeout(() => {
            this.#timer = undefined;
            this.#pump();
          }, at - now);
        }
        return;
      }
      const next = this.#waiting.shift()!;
      this.#inFlight += 1;
      this.#nextStart = now + this.#spacingMs;
      next.start();
    }
  }
}

/** One server's polite client: every request to it goes through here. */
export class Polite {
  readonly stats: PoliteStats = { requests: 0, retries: 0, rateLimited: 0, serverErrors: 0, waitedMs: 0 };
  readonly #gate: Gate;
  readonly #options: Required<Omit<PoliteOptions, 'onRetry' | 'maxInFlight' | 'maxRps'>> & Pick<PoliteOptions, 'onRetry'>;

  constructor(options: PoliteOptions = {}) {
    this.#gate = new Gate(options.maxInFlight ?? MAX_IN_FLIGHT, options.maxRps ?? 2);
    this.#options = {
      retries: options.retries ?? 5,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxWaitMs: options.maxWaitMs ?? 15 * 60_000,
      backoffMs: options.backoffMs ?? 1000,
      userAgent: options.userAgent ?? 'signpost-harvest (Open Referral UK feed harvester)',
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      onRetry: options.onRetry,
    };
  }

  /**
   * GET a URL, retrying what is worth retrying. Answers the last response (a success, or a
   * status not worth retrying such as 404); throws a SignpostError when the server could
   * not be reached, or kept failing, or asked for a longer wait than we allow. The signal
   * stops waiting (for a turn or a retry) but never cuts off a request already sent.
   */
  async get(url: string, signal?: AbortSignal): Promise<Response> {
    const o = this.#options;
    for (let attempt = 0; ; attempt += 1) {
      const outcome = await this.#gate.run(() => this.#once(url), signal);
      const last = attempt >= o.retries;
      if (outcome instanceof Response && !RETRY_STATUSES.has(outcome.status)) return outcome;
      let waitMs: number;
      let reason: string;
      if (outcome instanceof Response) {
        const status = outcome.status;
        const asked = retryAfterMs(outcome.headers.get('retry-after'));
        await outcome.body?.cancel().catch(() => undefined);
        if (status === 429) this.stats.rateLimited += 1;
        if (status >= 500) this.stats.serverErrors += 1;
        if (last) throw new SignpostError('http', url, `The server kept answering HTTP ${status} to ${url} (tried ${attempt + 1} times).`, { status });
        if (asked !== undefined && asked > o.maxWaitMs) {
          throw new SignpostError(
            'http',
            url,
            `The server asked us to wait ${Math.ceil(asked / 60_000)} minutes before trying again (HTTP ${status}), longer than the ${Math.round(o.maxWaitMs / 60_000)} minutes allowed.`,
            { status },
          );
        }
        waitMs = asked ?? this.#backoff(attempt);
        reason = `HTTP ${status}${asked !== undefined ? `, Retry-After ${Math.round(asked / 1000)} s` : ''}`;
        // Too many requests: everyone waits, not only this one.
        if (status === 429) this.#gate.pauseUntil(Date.now() + waitMs);
      } else {
        if (last) throw outcome;
        waitMs = this.#backoff(attempt);
        reason = outcome.message;
      }
      this.stats.retries += 1;
      this.stats.waitedMs += waitMs;
      o.onRetry?.({ url, reason, waitMs, attempt: attempt + 1 });
      await sleep(waitMs, signal);
    }
  }

  #backoff(attempt: number): number {
    return Math.min(MAX_BACKOFF_MS, this.#options.backoffMs * 2 ** attempt);
  }

  /** One try: the response, or the error that stood in for one (a timeout, a dropped connection). */
  async #once(url: string): Promise<Response | SignpostError> {
    const o = this.#options;
    this.stats.requests += 1;
    try {
      return await o.fetch(url, {
        headers: { Accept: 'application/json', 'User-Agent': o.userAgent },
        signal: AbortSignal.timeout(o.timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        return new SignpostError('timeout', url, `No answer within ${Math.round(o.timeoutMs / 1000)} seconds.`, { cause: error });
      }
      return new SignpostError('network', url, unreachable(url, error), { cause: error });
    }
  }
}

/** Why a server could not be reached, in words. */
function unreachable(url: string, error: unknown): string {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  const host = new URL(url).host;
  switch (code) {
    case 'ECONNREFUSED':
      return `Nothing is answering at ${host} (connection refused).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `There is no server called ${new URL(url).hostname} (the name was not found).`;
    case 'ECONNRESET':
      return `The connection to ${host} was dropped.`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `The secure connection to ${host} failed (${code}).`;
    default:
      return `Could not reach ${host}${code ? ` (${code})` : ''}.`;
  }
}
