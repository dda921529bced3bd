/**
 * What signpost-finder provides to the elements inside it, in three contexts so that each
 * element re-renders only for what it shows:
 * - configContext: the finder's settings (source of services, language, tiles, where
 *   reports go); changes only when an attribute does.
 * - searchContext: what was asked and what came back; changes with each search.
 * - highlightContext: the service hovered or focused in the list or on the map; changes
 *   often, and only the list and the map listen.
 * Each value is a new object only when something in it changed (see memo.ts). The keys are
 * strings, not symbols, so that elements from two copies of the bundle on one page (or a
 * chunk loaded beside another copy) still find each other.
 */
import { ContextEvent, createContext, type Context } from '@lit/context';
import type { ClientSearchResult, Directory, EndpointCapabilities, FeedbackConfig, ProbeReport, Service, SignpostError, Vocabulary } from '@signpost/core';
import type { I18n } from './i18n.js';
import type { FinderState } from './state.js';

export type { FeedbackConfig };

export type SearchStatus = 'initial' | 'pending' | 'complete' | 'error';

/** The finder's settings. */
export interface FinderConfig {
  /** Where services come from: a live endpoint's client or a snapshot. */
  client: Directory;
  /** The endpoint's base URL, as resolved. */
  endpoint: string;
  i18n: I18n;
  staleAfterMonths: number;
  perPage: number;
  debug: boolean;
  /** The finder's map tiles (tile-url, tile-attribution), for maps inside it that set none. */
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
  /** Where feedback reports go (the finder's feedback-* attributes); absent when none is set. */
  feedback?: FeedbackConfig | undefined;
  /** A link to the finder in another state (for real hrefs on pages and details). */
  hrefFor(patch: Partial<FinderState>): string;
}

/** The search: what a person asked for and what came back. */
export interface FinderSearch {
  state: FinderState;
  /** Filters the host fixed (not shown as removable). */
  fixed: Partial<FinderState>;
  status: SearchStatus;
  result?: ClientSearchResult | undefined;
  /** The page's services after refinements the feed cannot do itself (free only, access route). */
  services: Service[];
  error?: SignpostError | undefined;
  capabilities: EndpointCapabilities;
  vocabularies: Vocabulary[];
  /** What probing the endpoint found (its dialect, the filters it ignores), when it was probed. */
  probe?: ProbeReport | undefined;
}

export const configContext = createContext<FinderConfig | undefined>('signpost-config');
export const searchContext = createContext<FinderSearch | undefined>('signpost-search');
/** The id of the service hovered or focused in the list or on the map, if any. */
export const highlightContext = createContext<string | undefined>('signpost-highlight');

/** A context's value now, without subscribing (and so without re-rendering when it changes). */
export function readContext<T>(el: HTMLElement, context: Context<unknown, T>): T | undefined {
  let value: T | undefined;
  el.dispatchEvent(new ContextEvent(context, el, (v: T) => (value = v), false));
  return value;
}
