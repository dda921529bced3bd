/**
 * Which filters an endpoint really honours. A filter the dialect defines may still be
 * ignored by a particular server; a filter that does not narrow the results is not
 * honoured. The probe takes a sample of the endpoint's own services, asks one search per
 * filter with a value some sampled service does not match (one of its words, one of its
 * terms, an age or a day it is not for, a postcode beside it), and compares each total
 * with the unfiltered one. Judging is pure (probeQueries, judge); probeEndpoint does the
 * asking, once per endpoint and page, and keeps the answer for a day in localStorage.
 */
import type { CallOptions, Directory } from './client.js';
import { abortedError, isAbortError } from './errors.js';
import { isStale } from './freshness.js';
import { WEEKDAYS, type SearchQuery, type Service } from './model.js';
import { SharedWork } from './shared-work.js';
import { readStored, writeStored } from './storage.js';

/** The filters a probe can try (free-only and access routes are never ORUK parameters). */
export type ProbedFilter = 'text' | 'taxonomy' | 'age' | 'day' | 'time' | 'proximity';
export const PROBED_FILTERS: readonly ProbedFilter[] = ['text', 'taxonomy', 'age', 'day', 'time', 'proximity'];

/** honoured: it narrowed the results; ignored: it did not; unknown: it could not be tried (or the dialect lacks it). */
export type FilterVerdict = 'honoured' | 'ignored' | 'unknown';

export interface ProbeReport {
  /** The endpoint as resolved. */
  endpoint: string;
  /** v1 or v3 for a live endpoint; absent for other sources. */
  dialect?: string;
  /** How many services an unfiltered search finds. */
  total: number;
  /** How many services were sampled (the first page), and how many of those may be out of date. */
  sampled: number;
  stale: number;
  filters: Record<ProbedFilter, FilterVerdict>;
  /** The filters the dialect defines that this endpoint does not honour. */
  ignored: ProbedFilter[];
  /** When the probe was made (ISO date-time). */
  probedAt: string;
}

const WORD = /[\p{L}\p{N}]{4,}/gu;

/**
 * For each filter, a query that a sampled service does not match, when the sample allows
 * one (else the filter is left out and judged unknown).
 */
export function probeQueries(sample: readonly Service[]): Partial<Record<ProbedFilter, SearchQuery>> {
  const queries: Partial<Record<ProbedFilter, SearchQuery>> = {};
  const words = new Map<string, number>();
  for (const s of sample) for (const w of new Set(s.name.toLowerCase().match(WORD) ?? [])) words.set(w, (words.get(w) ?? 0) + 1);
  // The rarest word of the sample's names: present in the feed, absent from most of it.
  const rarest = [...words].sort((a, b) => a[1] - b[1] || b[0].length - a[0].length)[0];
  if (rarest && rarest[1] < sample.length) queries.text = { text: rarest[0] };
  const term = sample.flatMap((s) => s.terms)[0];
  if (term && sample.some((s) => !s.terms.some((t) => t.id === term.id))) queries.taxonomy = { terms: [term.id] };
  const limited = sample.find((s) => s.ages.max !== undefined && s.ages.max < 120);
  if (limited) queries.age = { ages: { min: limited.ages.max! + 1, max: limited.ages.max! + 1 } };
  for (const s of sample) {
    const days = new Set(s.schedules.flatMap((schedule) => schedule.days));
    const missing = days.size ? WEEKDAYS.find((d) => !days.has(d)) : undefined;
    if (missing) {
      queries.day = { day: missing };
      break;
    }
  }
  const opening = sample.flatMap((s) => s.schedules).find((schedule) => schedule.opensAt && schedule.opensAt > '01:00');
  if (opening?.opensAt) queries.time = { startTime: '00:00', endTime: opening.opensAt > '00:30' ? '00:30' : opening.opensAt };
  const postcode = sample.flatMap((s) => s.locations.flatMap((l) => l.addresses.map((a) => a.postcode))).find(Boolean);
  if (postcode && sample.length > 1) queries.proximity = { postcode, proximity: 200 };
  return queries;
}

/** A filter's verdict from the unfiltered total and the total with the filter (undefined when that search failed). */
export function judge(total: number, filtered: number | undefined): FilterVerdict {
  if (filtered === undefined || total === 0) return 'unknown';
  return filtered < total ? 'honoured' : 'ignored';
}

/** Asks the searches and judges them (no caching: see probeEndpoint). */
export async function probe(directory: Directory, options: CallOptions & { sample?: number; staleAfterMonths?: number } = {}): Promise<ProbeReport> {
  const capabilities = await directory.capabilities(options);
  const first = await directory.search({ perPage: options.sample ?? 10 }, options);
  const queries = probeQueries(first.items);
  const filters = Object.fromEntries(PROBED_FILTERS.map((f) => [f, 'unknown'])) as Record<ProbedFilter, FilterVerdict>;
  await Promise.all(
    PROBED_FILTERS.filter((f) => capabilities[f] && queries[f]).map(async (filter) => {
      const total = await directory.search({ ...queries[filter], perPage: 1 }, { ...options, distances: false }).then(
        (result) => result.total,
        (error: unknown) => {
          if (isAbortError(error)) throw error; // a cancelled probe judges nothing
          return undefined;
        },
      );
      filters[filter] = judge(first.total, total);
    }),
  );
  const adapter =
    'adapter' in directory && typeof directory.adapter === 'function'
      ? await (directory.adapter as (signal?: AbortSignal) => Promise<{ dialect: string }>).call(directory, options.signal)
      : undefined;
  return {
    endpoint: directory.endpoint,
    ...(adapter ? { dialect: adapter.dialect } : {}),
    total: first.total,
    sampled: first.items.length,
    stale: first.items.filter((s) => isStale(s.lastChecked, options.staleAfterMonths ?? 12)).length,
    filters,
    ignored: PROBED_FILTERS.filter((f) => filters[f] === 'ignored'),
    probedAt: new Date().toISOString(),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const probes = new Map<string, SharedWork<ProbeReport>>();

/**
 * The probe of an endpoint, made once per page and kept for a day in localStorage (so a
 * visitor's browser asks at most once a day). Finders on one page share it; it is
 * cancelled when every one waiting for it has given up. A failed or cancelled probe is
 * forgotten, to be tried again.
 */
export function probeEndpoint(directory: Directory, options: CallOptions & { sample?: number; staleAfterMonths?: number } = {}): Promise<ProbeReport> {
  const key = `signpost:probe:${directory.endpoint}`;
  let probing = probes.get(key);
  if (!probing) {
    const forget = () => {
      if (probes.get(key) === work) probes.delete(key);
    };
    const stored = storedReport(key);
    const work: SharedWork<ProbeReport> = new SharedWork(
      (signal) =>
        stored
          ? Promise.resolve(stored)
          : probe(directory, { ...options, signal }).then((report) => {
              writeStored('localStorage', key, report);
              return report;
            }),
      forget,
    );
    work.outcome.catch(forget);
    probes.set(key, (probing = work));
  }
  return probing.join(options.signal, () => abortedError(directory.endpoint));
}

/** The report kept by an earlier page, if it is less than a day old. */
function storedReport(key: string): ProbeReport | undefined {
  const report = readStored<ProbeReport>('localStorage', key);
  return report && Date.now() - Date.parse(report.probedAt) < DAY_MS ? report : undefined;
}
