/**
 * A stand-in for signpost-finder that provides a fixed FinderContext, so an element can be
 * rendered in any state (loading, results, empty, error, Welsh) without a server.
 * Used by element tests and stories.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { ALL_CAPABILITIES, OrukClient, SignpostError, type Service } from '@signpost/core';
import { finderContext, type FinderContext } from '../../packages/elements/src/shared/context.js';
import { I18n, type Lang } from '../../packages/elements/src/shared/i18n.js';
import { emptyState, type FinderState } from '../../packages/elements/src/shared/state.js';
import { fixtureServices, fixtureVocabularies } from '../fixtures/services.js';

export interface ContextOptions {
  lang?: Lang;
  services?: Service[];
  status?: FinderContext['status'];
  state?: Partial<FinderState>;
  total?: number;
  page?: number;
  totalPages?: number;
  error?: SignpostError;
  debug?: boolean;
  /** Where feedback reports go (the finder's feedback-* attributes). */
  feedback?: FinderContext['feedback'];
}

export function makeContext(options: ContextOptions = {}): FinderContext {
  const services = options.services ?? fixtureServices;
  const status = options.status ?? 'complete';
  const state = { ...emptyState(), ...options.state };
  const result =
    status === 'complete'
      ? {
          items: services,
          total: options.total ?? services.length,
          page: options.page ?? 1,
          totalPages: options.totalPages ?? 1,
          perPage: 10,
          isFirst: (options.page ?? 1) === 1,
          isLast: (options.page ?? 1) === (options.totalPages ?? 1),
          diagnostics: [],
        }
      : undefined;
  return {
    state,
    fixed: {},
    status,
    result,
    services: result ? services.filter((s) => (!state.freeOnly || s.free === true) && (!state.access || s.access === state.access)) : [],
    error: status === 'error' ? (options.error ?? new SignpostError('http', 'https://example.invalid', 'The directory answered with an error (HTTP 500).', { status: 500 })) : undefined,
    capabilities: ALL_CAPABILITIES,
    vocabularies: fixtureVocabularies,
    client: new OrukClient({ endpoint: 'https://example.invalid/api' }),
    i18n: new I18n(options.lang ?? 'en'),
    staleAfterMonths: 12,
    perPage: 10,
    highlighted: undefined,
    endpoint: 'https://example.invalid/api',
    debug: options.debug ?? false,
    hrefFor: (patch) => `?${new URLSearchParams(Object.entries(patch).map(([k, v]) => [k, String(v)])).toString()}`,
    feedback: options.feedback,
  };
}

export class TestContextHost extends LitElement {
  #provider = new ContextProvider(this, { context: finderContext, initialValue: makeContext() });

  set context(value: FinderContext) {
    this.#provider.setValue(value);
  }

  get context(): FinderContext {
    return this.#provider.value as FinderContext;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('signpost-test-context')) customElements.define('signpost-test-context', TestContextHost);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-test-context': TestContextHost;
  }
}
