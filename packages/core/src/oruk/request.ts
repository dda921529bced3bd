/**
 * Building requests: a query's values cleaned once (blank text, bad times, negative
 * ages and the like are left out), then named per dialect. Parameters are sorted by
 * name so equal searches give equal URLs, which is what the client caches by.
 */
import { normalisePostcode } from '../geo.js';
import { ALL_CAPABILITIES, WEEKDAYS, type EndpointCapabilities, type SearchQuery, type Weekday } from '../model.js';
import { wholeAtLeastOne } from './page-request.js';

/** The path of one record: `/services/{id}` with the id escaped. */
export function itemPath(collection: string, itemId: string): string {
  return `/${collection}/${encodeURIComponent(itemId)}`;
}

/** The filters of a query that the capabilities allow, cleaned, under neutral names. */
export interface SearchValues {
  text?: string;
  terms?: string;
  vocabulary?: string;
  minAge?: number;
  maxAge?: number;
  day?: Weekday;
  startTime?: string;
  endTime?: string;
  postcode?: string;
  proximity?: number;
  page?: number;
  perPage?: number;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function ageValue(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
}

function time(t: string | undefined): string | undefined {
  const trimmed = t?.trim();
  return trimmed && HH_MM.test(trimmed) ? trimmed : undefined;
}

export function searchValues(query: SearchQuery, capabilities: EndpointCapabilities = ALL_CAPABILITIES): SearchValues {
  const v: SearchValues = {};
  const text = query.text?.trim();
  if (capabilities.text && text) v.text = text;
  if (capabilities.taxonomy) {
    const terms = [...new Set((query.terms ?? []).map((t) => (typeof t === 'string' ? t.trim() : '')).filter(Boolean))];
    if (terms.length) v.terms = terms.join(',');
    const vocabulary = query.vocabulary?.trim();
    if (vocabulary) v.vocabulary = vocabulary;
  }
  if (capabilities.age) {
    const min = ageValue(query.ages?.min);
    const max = ageValue(query.ages?.max);
    if (min !== undefined) v.minAge = min;
    if (max !== undefined) v.maxAge = max;
  }
  if (capabilities.day && query.day && WEEKDAYS.includes(query.day)) v.day = query.day;
  if (capabilities.time) {
    const start = time(query.startTime);
    const end = time(query.endTime);
    if (start) v.startTime = start;
    if (end) v.endTime = end;
  }
  const postcode = query.postcode?.trim();
  if (capabilities.proximity && postcode) {
    v.postcode = normalisePostcode(postcode) ?? postcode;
    const proximity = query.proximity;
    if (proximity !== undefined && Number.isFinite(proximity) && proximity > 0) v.proximity = Math.max(1, Math.round(proximity));
  }
  const page = wholeAtLeastOne(query.page);
  const perPage = wholeAtLeastOne(query.perPage);
  if (page !== undefined) v.page = page;
  if (perPage !== undefined) v.perPage = perPage;
  return v;
}
