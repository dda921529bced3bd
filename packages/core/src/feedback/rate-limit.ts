/**
 * A small sliding-window limit on reports from one page, so a flood (a stuck key, a
 * script) stops at the widget without bothering people who report one or two things.
 */
export class RateLimiter {
  readonly max: number;
  readonly windowMs: number;
  readonly #now: () => number;
  #times: number[] = [];

  constructor(max = 5, windowMs = 10 * 60_000, now: () => number = Date.now) {
    this.max = max;
    this.windowMs = windowMs;
    this.#now = now;
  }

  /** Whether another report may go now. */
  allowed(): boolean {
    this.#prune();
    return this.#times.length < this.max;
  }

  /** Count one report; false (and not counted) when over the limit. */
  take(): boolean {
    if (!this.allowed()) return false;
    this.#times.push(this.#now());
    return true;
  }

  /** Milliseconds until another report may go (0 when one may go now). */
  waitMs(): number {
    this.#prune();
    if (this.#times.length < this.max) return 0;
    return Math.max(0, this.#times[0]! + this.windowMs - this.#now());
  }

  reset(): void {
    this.#times = [];
  }

  #prune(): void {
    const since = this.#now() - this.windowMs;
    this.#times = this.#times.filter((t) => t > since);
  }
}
