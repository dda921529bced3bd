/**
 * What a dialect adapter does: build requests from a SearchQuery and parse responses
 * into the model. Parsers never throw on bad fields (they drop them and add a
 * Diagnostic); they throw a SignpostError of kind 'not-oruk' only when the response is
 * not an ORUK response at all (wrong envelope, not an object). Each parser takes the
 * URL the response came from, optionally, only to put it on that error.
 */
import type {
  Dialect,
  EndpointCapabilities,
  Page,
  Parsed,
  SearchQuery,
  SearchResult,
  Service,
  Taxonomy,
  TaxonomyTerm,
} from '../model.js';

/** A GET request relative to the endpoint's base URL. */
export interface OrukRequest {
  /** Path below the base, starting with "/", e.g. "/services" or "/services/abc". */
  path: string;
  /** Only parameters the dialect's OpenAPI file defines, in a stable (sorted) order. */
  params: URLSearchParams;
}

export interface ParseOptions {
  /**
   * Keep a service whose id repeats one already listed on the page (a harvester keeps every
   * listing and reports the repeat); by default the repeat is dropped with a diagnostic.
   */
  keepRepeats?: boolean;
}

export interface DialectAdapter {
  readonly dialect: Dialect;
  /** What the dialect can filter on at all (a particular endpoint may support less). */
  readonly capabilities: EndpointCapabilities;
  /** The request for a search. Filters the capabilities say are unsupported are left out. */
  searchRequest(query: SearchQuery, capabilities?: EndpointCapabilities): OrukRequest;
  /** Parse a search response (for v3 with a postcode: a service_at_locations page, grouped into services). */
  parseSearch(json: unknown, query: SearchQuery, url?: string, options?: ParseOptions): SearchResult;
  serviceRequest(id: string): OrukRequest;
  parseService(json: unknown, url?: string): Parsed<Service>;
  /** The request for one page of vocabularies/taxonomies (v1 `/vocabularies` is unpaged: one whole page). */
  taxonomiesRequest(page: number, perPage: number): OrukRequest;
  parseTaxonomies(json: unknown, url?: string): Parsed<Page<Taxonomy>>;
  /** The request for one page of terms, optionally of one vocabulary (v1 can filter; v3 cannot). */
  termsRequest(page: number, perPage: number, vocabulary?: string): OrukRequest;
  parseTerms(json: unknown, url?: string): Parsed<Page<TaxonomyTerm>>;
}
