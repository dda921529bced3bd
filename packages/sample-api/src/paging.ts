/**
 * Paging: `page` starts at 1, `per_page` defaults to 50 and is capped at 500. A page past
 * the end is not an error: it is empty, with the right totals.
 */
import { integer } from './params.js';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

export interface Paging {
  page: number;
  perPage: number;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
}

export function parsePaging(query: URLSearchParams): Paging {
  const page = integer(query, 'page', 1) ?? 1;
  const perPage = Math.min(integer(query, 'per_page', 1) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  return { page, perPage };
}

export function paginate<T>(all: readonly T[], paging: Paging): PageOf<T> {
  const start = (paging.page - 1) * paging.perPage;
  return {
    items: all.slice(start, start + paging.perPage),
    page: paging.page,
    perPage: paging.perPage,
    total: all.length,
    totalPages: Math.ceil(all.length / paging.perPage),
  };
}

/** ORUK v3 envelope: `size` is the number of items on this page, as the v3 OpenAPI says. */
export function v3Envelope<T, U>(page: PageOf<T>, contents: U[]) {
  return {
    total_items: page.total,
    total_pages: page.totalPages,
    page_number: page.page,
    size: contents.length,
    first_page: page.page === 1,
    last_page: page.page >= page.totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** ORUK v1 envelope (Spring Data style): `size` is the page size asked for, `numberOfElements` the count on this page. */
export function v1Envelope<T, U>(page: PageOf<T>, content: U[]) {
  return {
    content,
    totalElements: page.total,
    totalPages: page.totalPages,
    number: page.page,
    size: page.perPage,
    numberOfElements: content.length,
    first: page.page === 1,
    last: page.page >= page.totalPages,
    empty: content.length === 0,
  };
}
