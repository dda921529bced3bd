/** What signpost-finder provides to the elements inside it. */
import { createContext } from '@lit/context';
import type { ClientSearchResult, EndpointCapabilities, OrukClient, Service, SignpostError, Vocabulary } from '@signpost/core';
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
  client: OrukClient;
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
}

export const finderContext = createContext<FinderContext | undefined>(Symbol('signpost-finder'));
