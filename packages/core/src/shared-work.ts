/**
 * Work several callers share (a dialect detection, a request in flight, an endpoint's
 * probe): it starts once, each caller may give up with its own signal, and the work is
 * aborted only when every caller waiting for it has given up. A caller without a signal
 * keeps it going to the end.
 */
export class SharedWork<T> {
  readonly #controller = new AbortController();
  readonly #promise: Promise<T>;
  readonly #abandoned: () => void;
  #waiting = 0;
  #pinned = false;
  #settled = false;

  /**
   * `start` gets the work's own signal; `abandoned` is called once if every caller gives up
   * before it settles (to forget it, so that the next caller starts afresh).
   */
  constructor(start: (signal: AbortSignal) => Promise<T>, abandoned: () => void = () => undefined) {
    this.#abandoned = abandoned;
    this.#promise = start(this.#controller.signal);
    const settle = () => {
      this.#settled = true;
    };
    this.#promise.then(settle, settle);
  }

  /** The work's outcome, to watch it without joining it (watching does not keep it going). */
  get outcome(): Promise<T> {
    return this.#promise;
  }

  /** A caller's share of the work: `aborted` makes the error a caller gets when its own signal aborts. */
  join(signal: AbortSignal | undefined, aborted: () => Error): Promise<T> {
    if (this.#settled) return this.#promise;
    if (!signal) {
      this.#pinned = true;
      return this.#promise;
    }
    if (signal.aborted) return Promise.reject(aborted());
    this.#waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        signal.removeEventListener('abort', onAbort);
        this.#waiting -= 1;
      };
      const onAbort = () => {
        leave();
        if (!this.#waiting && !this.#pinned && !this.#settled) {
          this.#abandoned();
          this.#controller.abort();
        }
        reject(aborted());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }
}
