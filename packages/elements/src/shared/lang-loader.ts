/**
 * An element's language table, fetched when first needed (Welsh): until it is here the
 * element renders nothing (no flash of English), and `settled()` lets its updateComplete
 * wait for it.
 */
import type { ReactiveControllerHost } from 'lit';
import { langReady, loadLang, type Lang } from './i18n.js';

export class LangLoader {
  readonly #host: ReactiveControllerHost;
  #pending: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether `lang` can be rendered now; if not, it is fetched and the host updates when it is here. */
  ready(lang: Lang): boolean {
    if (langReady(lang)) return true;
    this.#pending ??= loadLang(lang).then(
      () => {
        this.#pending = undefined;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#pending = undefined;
        console.error(`[signpost] the ${lang} strings could not be loaded`, error);
      },
    );
    return false;
  }

  /** Waits for a table being fetched; true if there was one. */
  async settled(): Promise<boolean> {
    if (!this.#pending) return false;
    await this.#pending;
    return true;
  }
}
