/**
 * Feedback reports: "this listing is wrong" and "I couldn't find what I needed". The
 * JSON shape here is what a widget POSTs to a `feedback-endpoint` (documented in the
 * README under "Feedback reports"); the builder keeps personal data to what a person
 * chose to give: never a full postcode, never the page's query string.
 */
import { postcodeDistrict } from '../geo.js';
import { isEmailAddress } from '../url.js';
import type { AccessRoute, AgeRange, Weekday } from '../model.js';

/** The version of Signpost that sends reports (`widgetVersion`). */
export const WIDGET_VERSION = '0.1.0';

export type FeedbackKind = 'listing' | 'unmet-need';

/** What is wrong with a listing. */
export type ListingReason = 'contact' | 'address' | 'times' | 'cost' | 'eligibility' | 'closed' | 'other';
export const LISTING_REASONS: readonly ListingReason[] = ['contact', 'address', 'times', 'cost', 'eligibility', 'closed', 'other'];

/** Where a "can't find" report was made: an empty result, or the foot of a list of results. */
export type UnmetNeedReason = 'no-results' | 'not-listed';
export const UNMET_NEED_REASONS: readonly UnmetNeedReason[] = ['no-results', 'not-listed'];

export type FeedbackReason = ListingReason | UnmetNeedReason;

/** Limits the reference receiver enforces; the builder trims to them. */
export const FEEDBACK_MESSAGE_LIMIT = 5000;
const URL_LIMIT = 2048;

/** The filters in use when a "can't find" report was made. No full postcode, ever. */
export interface FeedbackFilters {
  /** Need (taxonomy term) filters: ids, with names when known. */
  needs?: Array<{ id: string; name?: string }>;
  ages?: AgeRange;
  /** The postcode district only ("S1" from "S1 2HE"). */
  area?: string;
  radiusMiles?: number;
  day?: Weekday;
  freeOnly?: boolean;
  access?: AccessRoute;
}

/** The JSON document POSTed to a feedback endpoint. */
export interface FeedbackReport {
  /** A unique id (a UUID): receivers use it to ignore a report sent twice. */
  id: string;
  kind: FeedbackKind;
  reason?: FeedbackReason;
  /** What the person wrote (plain text, at most 5000 characters). */
  message?: string;
  /** Only with consent: the address the person is happy to be contacted at. */
  contact?: { email?: string; consent: boolean };
  /** The listing reported (kind "listing"). */
  service?: { id: string; name?: string };
  /** The ORUK API base URL the widget reads. */
  endpoint?: string;
  /** The page the widget is on: origin and path, no query string or fragment. */
  page?: string;
  /** What was searched for (kind "unmet-need"). */
  query?: { text?: string };
  filters?: FeedbackFilters;
  /** When the report was made: ISO 8601, UTC. */
  createdAt: string;
  widgetVersion?: string;
}

/** What a person was searching for, as the finder holds it. */
export interface FeedbackSearch {
  text?: string;
  /** A full postcode is accepted here; only its district is kept. */
  postcode?: string;
  radiusMiles?: number;
  needs?: Array<{ id: string; name?: string }>;
  ages?: AgeRange;
  day?: Weekday;
  freeOnly?: boolean;
  access?: AccessRoute;
}

export interface ReportInput {
  kind: FeedbackKind;
  reason?: FeedbackReason | undefined;
  message?: string | undefined;
  /** Kept only when `consent` is true. */
  email?: string | undefined;
  consent?: boolean | undefined;
  service?: { id: string; name?: string | undefined } | undefined;
  endpoint?: string | undefined;
  /** The page's URL (location.href is fine: the query string and fragment are dropped). */
  pageUrl?: string | undefined;
  /** Included for "unmet-need" reports only. */
  search?: FeedbackSearch | undefined;
  id?: string | undefined;
  now?: Date | undefined;
  widgetVersion?: string | undefined;
}

/** A new report id: a random UUID (with a fallback for very old browsers). */
export function newReportId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The origin and path of a page URL: no query string (it can hold a postcode), no fragment, no credentials. */
export function pageForReport(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return `${url.origin}${url.pathname}`.slice(0, URL_LIMIT);
  } catch {
    return undefined;
  }
}

/** Build a report from what the person gave and where they were. */
export function buildReport(input: ReportInput): FeedbackReport {
  const report: FeedbackReport = {
    id: input.id ?? newReportId(),
    kind: input.kind,
    createdAt: (input.now ?? new Date()).toISOString(),
  };
  if (input.reason) report.reason = input.reason;
  const message = clean(input.message, FEEDBACK_MESSAGE_LIMIT);
  if (message) report.message = message;
  if (input.consent !== undefined || input.email) {
    const email = input.email?.trim();
    report.contact = input.consent && isEmailAddress(email) ? { email, consent: true } : { consent: false };
  }
  if (input.service?.id) {
    report.service = { id: input.service.id };
    const name = clean(input.service.name, 500);
    if (name) report.service.name = name;
  }
  const endpoint = clean(input.endpoint, URL_LIMIT);
  if (endpoint) report.endpoint = endpoint;
  const page = pageForReport(input.pageUrl);
  if (page) report.page = page;
  if (input.kind === 'unmet-need' && input.search) {
    const { query, filters } = searchForReport(input.search);
    if (query) report.query = query;
    if (filters) report.filters = filters;
  }
  report.widgetVersion = input.widgetVersion ?? WIDGET_VERSION;
  return report;
}

/** The words and filters of a search as a report carries them: the postcode cut to its district. */
export function searchForReport(search: FeedbackSearch): { query?: { text: string }; filters?: FeedbackFilters } {
  const out: { query?: { text: string }; filters?: FeedbackFilters } = {};
  const text = clean(search.text, 200);
  if (text) out.query = { text };
  const filters: FeedbackFilters = {};
  const needs = (search.needs ?? []).filter((n) => n.id).slice(0, 50);
  if (needs.length) filters.needs = needs.map((n) => (n.name ? { id: n.id, name: n.name } : { id: n.id }));
  const ages = search.ages;
  if (ages && (ages.min !== undefined || ages.max !== undefined)) {
    filters.ages = {};
    if (ages.min !== undefined) filters.ages.min = ages.min;
    if (ages.max !== undefined) filters.ages.max = ages.max;
  }
  const area = postcodeDistrict(search.postcode);
  if (area) {
    filters.area = area;
    if (search.radiusMiles !== undefined) filters.radiusMiles = search.radiusMiles;
  }
  if (search.day) filters.day = search.day;
  if (search.freeOnly) filters.freeOnly = true;
  if (search.access) filters.access = search.access;
  if (Object.keys(filters).length) out.filters = filters;
  return out;
}

/** Labels for the plain-text version of a report (from the widget's string table). */
export interface ReportTextLabels {
  title: string;
  service: string;
  reason: string;
  /** The person's words for a reason code. */
  reasonName: (reason: FeedbackReason) => string;
  message: string;
  contact: string;
  noContact: string;
  words: string;
  needs: string;
  ages: string;
  /** How an age range reads, e.g. "5 to 10". */
  agesName: (ages: AgeRange) => string;
  area: string;
  page: string;
  endpoint: string;
  reference: string;
  sentAt: string;
}

/** The report as readable text: the body of an email, and what "Copy report" copies. */
export function reportText(report: FeedbackReport, labels: ReportTextLabels): string {
  const lines: string[] = [labels.title, ''];
  const add = (label: string, value: string | undefined) => {
    if (value) lines.push(`${label}: ${value}`);
  };
  if (report.service) add(labels.service, report.service.name ? `${report.service.name} (${report.service.id})` : report.service.id);
  if (report.reason) add(labels.reason, labels.reasonName(report.reason));
  add(labels.words, report.query?.text);
  add(labels.needs, report.filters?.needs?.map((n) => n.name ?? n.id).join(', '));
  add(labels.ages, report.filters?.ages ? labels.agesName(report.filters.ages) : undefined);
  add(labels.area, report.filters?.area);
  if (report.message) {
    lines.push('', `${labels.message}:`, report.message, '');
  }
  if (report.kind === 'listing') add(labels.contact, report.contact?.consent && report.contact.email ? report.contact.email : labels.noContact);
  add(labels.page, report.page);
  add(labels.endpoint, report.endpoint);
  add(labels.sentAt, report.createdAt);
  add(labels.reference, report.id);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

function clean(value: string | undefined, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Control characters other than line breaks and tabs are dropped.
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  return text ? text.slice(0, max) : undefined;
}
