/**
 * What a snapshot filters on, one row per service: need terms, ages, opening times, free
 * and how to access. Written by the harvester into the area shards; read and matched in
 * the browser. The rules are the sample API's (and so the live API's):
 * - needs: any of the chosen terms, or a term below one of them;
 * - ages: the ranges overlap, a missing bound being open;
 * - day and time: one schedule is on that day and open at some point in the window
 *   (opens before its end, closes after its start); no schedules, no match;
 * - free: the data says free; access: the data names that route.
 */
import { ACCESS_ROUTES, type AccessRoute, type Schedule, type Service, type Weekday } from '../model.js';
import { dayBit, minutes } from './format.js';

export interface FacetRow {
  terms: number[];
  minAge: number | null;
  maxAge: number | null;
  /** Triples [days, opens, closes]. */
  times: number[];
  flags: number;
}

export function timesOf(schedules: Schedule[]): number[] {
  return schedules.flatMap((s) => [s.days.reduce((mask, d) => mask | dayBit(d), 0), minutes(s.opensAt), minutes(s.closesAt)]);
}

export function flagsOf(service: Pick<Service, 'free' | 'access'>): number {
  const route = service.access ? ACCESS_ROUTES.indexOf(service.access) + 1 : 0;
  return (service.free === true ? 1 : 0) | (route << 1);
}

/** The filters of a query, cleaned (see SnapshotDirectory.search). */
export interface FacetFilter {
  /** Term numbers; a row matches one of them. */
  terms?: Set<number>;
  /** Term numbers of a vocabulary; a row matches one of them. */
  vocabulary?: Set<number>;
  minAge?: number;
  maxAge?: number;
  day?: Weekday;
  /** Minutes since midnight. */
  start?: number;
  end?: number;
  freeOnly?: boolean;
  access?: AccessRoute;
}

export function hasFacetFilter(f: FacetFilter): boolean {
  return Boolean(
    f.terms || f.vocabulary || f.minAge !== undefined || f.maxAge !== undefined || f.day || f.start !== undefined || f.end !== undefined || f.freeOnly || f.access,
  );
}

export function matchesFacets(row: FacetRow, f: FacetFilter): boolean {
  if (f.terms && !row.terms.some((t) => f.terms!.has(t))) return false;
  if (f.vocabulary && !row.terms.some((t) => f.vocabulary!.has(t))) return false;
  if (f.maxAge !== undefined && row.minAge !== null && row.minAge > f.maxAge) return false;
  if (f.minAge !== undefined && row.maxAge !== null && row.maxAge < f.minAge) return false;
  if ((f.day || f.start !== undefined || f.end !== undefined) && !openDuring(row.times, f)) return false;
  if (f.freeOnly && (row.flags & 1) !== 1) return false;
  if (f.access && row.flags >> 1 !== ACCESS_ROUTES.indexOf(f.access) + 1) return false;
  return true;
}

function openDuring(times: number[], f: FacetFilter): boolean {
  const day = f.day ? dayBit(f.day) : 0;
  for (let i = 0; i + 2 < times.length; i += 3) {
    const [days, opens, closes] = [times[i]!, times[i + 1]!, times[i + 2]!];
    if (day && !(days & day)) continue;
    if (f.start !== undefined && (closes < 0 || closes <= f.start)) continue;
    if (f.end !== undefined && (opens < 0 || opens >= f.end)) continue;
    return true;
  }
  return false;
}
