/**
 * Loading an element's heavy part (a map library) only when it is needed: when the
 * element's frame comes near the viewport, or when asked. A hidden frame never
 * intersects, so never loads. A failed load can be tried again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface VisibleLoaderOptions {
  /** The element whose visibility counts (found after each render). */
  target(): Element | null;
  /** Does the loading; throws when it fails (the status says "failed" then, and a later load tries again). */
  load(): Promise<void>;
}

export class VisibleLoader implements ReactiveController {
  status: LoadStatus = 'idle';
  readonly #host: ReactiveControllerHost;
  readonly #options: VisibleLoaderOptions;
  #loading: Promise<void> | undefined;
  #observer: IntersectionObserver | undefined;
  #observed: Element | null = null;
  #ready!: () => void;
  /** Settles once loaded. */
  readonly ready = new Promise<void>((resolve) => (this.#ready = resolve));

  constructor(host: ReactiveControllerHost, options: VisibleLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Load now, seen or not (once; again after a failure). Never rejects: see `status`. */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async #load(): Promise<void> {
    this.#set('loading');
    try {
      await this.#options.load();
      this.#stopWatching();
      this.#set('ready');
      this.#ready();
    } catch {
      this.#loading = undefined;
      this.#set('failed');
    }
  }

  #set(status: LoadStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.status === 'ready' || this.#loading || typeof IntersectionObserver === 'undefined') return;
    const target = this.#options.target();
    if (target === this.#observed) return;
    this.#stopWatching();
    this.#observed = target;
    if (!target) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#stopWatching();
          void this.load();
        }
      },
      // a little ahead of scrolling into view
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(target);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#stopWatching();
  }

  #stopWatching(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = null;
  }
}
