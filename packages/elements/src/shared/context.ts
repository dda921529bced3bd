/** What signpost-finder provides to the elements inside it. */
import { createContext } from '@lit/context';
import type { ClientSearchResult, Directory, EndpointCapabilities, Service, SignpostError, Vocabulary } from '@signpost/core';
import type { I18n } from './i18n.js';
import type { FinderState } from './state.js';

export type SearchStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface FinderContext {
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
  /** Where services come from: a live endpoint's client or a snapshot. */
  client: Directory;
  i18n: I18n;
  staleAfterMonths: number;
  perPage: number;
  /** The service hovered or focused in the list or on the map. */
  highlighted?: string | undefined;
  /** The endpoint's base URL, as resolved. */
  endpoint: string;
  debug: boolean;
  /** The finder's map tiles (tile-url, tile-attribution), for maps inside it that set none. */
  tiles?: { url?: string | undefined; attribution?: string | undefined } | undefined;
  /** A link to the finder in another state (for real hrefs on pages and details). */
  hrefFor(patch: Partial<FinderState>): string;
  /** Where feedback reports go (the finder's feedback-* attributes); absent when none is set. */
  feedback?: FeedbackConfig | undefined;
}

/** Where signpost-feedback sends reports. */
export interface FeedbackConfig {
  /** A URL that accepts POSTed JSON reports. */
  endpoint?: string | undefined;
  /** An address for the email fallback (and the channel when there is no endpoint). */
  email?: string | undefined;
  /** Who receives reports, in words ("the Family Information Service"). */
  recipient?: string | undefined;
}

export const finderContext = createContext<FinderContext | undefined>(Symbol('signpost-finder'));
