/**
 * A stand-in for signpost-finder that provides fixed contexts, so an element can be
 * rendered in any state (loading, results, empty, error, Welsh) without a server.
 * Tests and stories give it one flat TestContext; it provides the finder's three
 * contexts from it, each changing only when its own fields change, as the finder's do.
 * Used by element tests and stories.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { ALL_CAPABILITIES, OrukClient, SignpostError, type Service } from '@signpost/core';
import {
  configContext,
  highlightContext,
  searchContext,
  type FinderConfig,
  type FinderSearch,
} from '../../packages/elements/src/shared/context.js';
import { reuse } from '../../packages/elements/src/shared/memo.js';
import { I18n, loadLang, type Lang } from '../../packages/elements/src/shared/i18n.js';
import { emptyState, type FinderState } from '../../packages/elements/src/shared/state.js';
import { fixtureServices, fixtureVocabularies } from '../fixtures/services.js';

// Contexts made here may be Welsh: have its strings (which pages fetch when first needed) at hand.
await loadLang('cy');

export interface ContextOptions {
  lang?: Lang;
  services?: Service[];
  status?: FinderSearch['status'];
  state?: Partial<FinderState>;
  total?: number;
  page?: number;
  totalPages?: number;
  error?: SignpostError;
  debug?: boolean;
  /** Where feedback reports go (the finder's feedback-* attributes). */
  feedback?: FinderConfig['feedback'];
}

/** Everything the finder provides, in one object. */
export type TestContext = FinderConfig & FinderSearch & { highlighted?: string | undefined };

export function makeContext(options: ContextOptions = {}): TestContext {
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
    hrefFor: (patch: Partial<FinderState>) => `?${new URLSearchParams(Object.entries(patch).map(([k, v]) => [k, String(v)])).toString()}`,
    feedback: options.feedback,
  };
}

export class TestContextHost extends LitElement {
  #context = makeContext();
  #config = new ContextProvider(this, { context: configContext, initialValue: configOf(this.#context) });
  #search = new ContextProvider(this, { context: searchContext, initialValue: searchOf(this.#context) });
  #highlight = new ContextProvider(this, { context: highlightContext, initialValue: this.#context.highlighted });

  set context(value: TestContext) {
    this.#context = value;
    this.#config.setValue(reuse(this.#config.value, configOf(value)));
    this.#search.setValue(reuse(this.#search.value, searchOf(value)));
    this.#highlight.setValue(value.highlighted);
  }

  get context(): TestContext {
    return this.#context;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function configOf(c: TestContext): FinderConfig {
  const { client, endpoint, i18n, staleAfterMonths, perPage, debug, tileUrl, tileAttribution, feedback, hrefFor } = c;
  return { client, endpoint, i18n, staleAfterMonths, perPage, debug, tileUrl, tileAttribution, feedback, hrefFor };
}

function searchOf(c: TestContext): FinderSearch {
  const { state, fixed, status, result, services, error, capabilities, vocabularies } = c;
  return { state, fixed, status, result, services, error, capabilities, vocabularies };
}

if (!customElements.get('signpost-test-context')) customElements.define('signpost-test-context', TestContextHost);

declare global {
  interface HTMLElementTagNameMap {
    'signpost-test-context': TestContextHost;
  }
}
