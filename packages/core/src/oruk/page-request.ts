/**
 * The smallest part of building requests, which the client needs before the adapters'
 * code has arrived: a request with its parameters in a stable order, and the request for
 * a page of everything (a search with no filter), which both dialects ask for alike.
 */
import type { SearchQuery } from '../model.js';
import type { OrukRequest } from './dialect.js';

type ParamValues = Record<string, string | number | undefined>;

/** A request for `path` with the given parameters, blanks dropped and names sorted. */
export function request(path: string, params: ParamValues = {}): OrukRequest {
  const entries = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]): [string, string] => [k, String(v)]);
  return { path, params: new URLSearchParams(entries) };
}

/** `page` and `per_page`, each left out unless a whole number of at least 1. */
export function pageParams(page: number | undefined, perPage: number | undefined): ParamValues {
  return { page: wholeAtLeastOne(page), per_page: wholeAtLeastOne(perPage) };
}

export function wholeAtLeastOne(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined;
}

/**
 * The request for a query that asks for nothing but a page (`page`, `perPage`): v1 and v3
 * both ask `/services?page=&per_page=` for it. Undefined for a query with any other field,
 * even an empty one.
 */
export function pageOfAll(query: SearchQuery): OrukRequest | undefined {
  return Object.keys(query).every((key) => key === 'page' || key === 'perPage') ? request('/services', pageParams(query.page, query.perPage)) : undefined;
}
