/**
 * List envelopes: v1 `{content, totalElements, totalPages, number, size, first, last}`,
 * v3 `{contents, total_items, total_pages, page_number, size, first_page, last_page, empty}`.
 * The `first`/`last` flags are trusted over the page number, which some servers count
 * from 0 and others from 1. An answer without the envelope's list is not ORUK at all.
 *
 * A page is read no further than what was asked for (`per_page`, else MAX_PAGE_ITEMS): a
 * server that sends 9,850 items when asked for 10 gives 10, with a diagnostic. Counts
 * above MAX_COUNT are nonsense and dropped; the total is the larger of the one claimed and
 * the one the items prove.
 */
import { SignpostError, errorMessages } from '../errors.js';
import type { Diagnostic, Page } from '../model.js';
import { at, bool, isObject, num, type JsonObject } from './read.js';

export interface EnvelopeKeys {
  list: string;
  total: string;
  totalPages: string;
  number: string;
  size: string;
  first: string;
  last: string;
}

export const V1_ENVELOPE: EnvelopeKeys = {
  list: 'content',
  total: 'totalElements',
  totalPages: 'totalPages',
  number: 'number',
  size: 'size',
  first: 'first',
  last: 'last',
};

export const V3_ENVELOPE: EnvelopeKeys = {
  list: 'contents',
  total: 'total_items',
  totalPages: 'total_pages',
  number: 'page_number',
  size: 'size',
  first: 'first_page',
  last: 'last_page',
};

/** What the caller asked for, used when the envelope leaves something out. */
export interface Requested {
  page?: number | undefined;
  perPage?: number | undefined;
}

export interface Envelope {
  /** The raw list items. */
  list: unknown[];
  /** Path of the list, for diagnostics: "content" or "contents". */
  listPath: string;
  /** Turns the parsed items into a Page using the envelope's counts and flags. */
  pageOf<T>(items: T[]): Page<T>;
}

/** Throw the one error a parser may throw: this is not an ORUK response. */
export function notOruk(why: string, url = ''): never {
  throw new SignpostError('not-oruk', url, errorMessages.notOruk(why));
}

/** The response as an object, or a not-ORUK error. */
export function requireObject(json: unknown, what: string, url = ''): JsonObject {
  if (!isObject(json)) notOruk(`expected ${what} but got ${Array.isArray(json) ? 'a list' : typeof json === 'object' ? 'nothing' : typeof json}`, url);
  return json;
}

/** The most items of one page that are read when the caller asked for no page size. */
export const MAX_PAGE_ITEMS = 1000;
/** The largest count (of items, pages or a page's number) believed. */
export const MAX_COUNT = 1_000_000_000;

function count(o: JsonObject, key: string, diags: Diagnostic[]): number | undefined {
  const n = num(o, key, '', diags);
  if (n === undefined) return undefined;
  if (n < 0 || !Number.isInteger(n) || n > MAX_COUNT) {
    diags.push({ path: at('', key), message: `expected a whole number from 0 to ${MAX_COUNT} (got ${n})` });
    return undefined;
  }
  return n;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function readEnvelope(json: unknown, keys: EnvelopeKeys, diags: Diagnostic[], requested: Requested = {}, url = ''): Envelope {
  const o = requireObject(json, 'a page of results', url);
  const sent = o[keys.list];
  if (!Array.isArray(sent)) notOruk(`it has no "${keys.list}" list`, url);
  const asked = positive(requested.perPage);
  const most = Math.min(asked ?? MAX_PAGE_ITEMS, MAX_PAGE_ITEMS);
  const list = sent.length > most ? sent.slice(0, most) : sent;
  if (list !== sent) {
    const why = asked ? `${asked} were asked for` : `${most} is the most read from one page`;
    diags.push({ path: keys.list, message: `the page held ${sent.length} items and ${why}: only the first ${most} are shown` });
  }

  const total = count(o, keys.total, diags);
  const totalPages = count(o, keys.totalPages, diags);
  const number = count(o, keys.number, diags);
  const size = positive(count(o, keys.size, diags));
  const first = bool(o, keys.first, '', diags);
  const last = bool(o, keys.last, '', diags);
  const wanted = positive(requested.page);

  return {
    list,
    listPath: keys.list,
    pageOf<T>(items: T[]): Page<T> {
      const isFirst = first ?? (wanted ?? number ?? 1) <= 1;
      // The number is only a hint: what we asked for is surer, and "first" settles it.
      const page = isFirst ? 1 : Math.max(2, wanted ?? number ?? 2);
      const perPage = list !== sent ? most : (size ?? asked ?? list.length);
      const isLast =
        last ?? (totalPages !== undefined ? page >= totalPages : perPage > 0 ? list.length < perPage : true);
      // What the items prove: the pages before this one were full, and this one holds what was sent.
      const proven = Math.min((page - 1) * perPage + sent.length, MAX_COUNT);
      const knownTotal = Math.max(total ?? 0, proven);
      const pages = totalPages ?? (perPage > 0 ? Math.ceil(knownTotal / perPage) : 1);
      return {
        items,
        total: knownTotal,
        page,
        totalPages: isLast ? page : Math.max(pages, page + 1),
        perPage,
        isFirst,
        isLast,
      };
    },
  };
}

/** A page holding a whole unpaged list (v1 `/vocabularies` answers a bare array). */
export function wholeList<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, totalPages: 1, perPage: items.length, isFirst: true, isLast: true };
}
