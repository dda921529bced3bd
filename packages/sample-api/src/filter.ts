/**
 * Filtering semantics shared by both dialects. Different parameters combine with AND;
 * the values of one list parameter combine with OR.
 *
 * - text: every word must appear somewhere in the name, description, organisation name or
 *   term names (case- and accent-insensitive; "banks" also matches "bank"); results are
 *   ranked by relevance (words in the name count most).
 * - terms: a service matches a group when it has one of the group's terms or a term below
 *   one of them in the hierarchy.
 * - ages: ranges overlap; a missing bound on either side is open.
 * - time windows: some schedule is on the day (if given) and open at some point inside
 *   [start_time, end_time] (opens before the end, closes after the start). Services
 *   without schedules do not match a time or day filter.
 * - coverage: the service's area is the whole city or includes the postcode's district.
 */
import type { Directory } from './directory.js';
import { distanceMetres } from './geo.js';
import { minutesOf } from './params.js';
import type { Service, Weekday } from './types.js';

export interface TimeWindow {
  day?: Weekday;
  /** Minutes since midnight. */
  start?: number;
  end?: number;
}

export interface ServiceFilter {
  words?: string[];
  /** Each group: the service needs one of these term ids (or a descendant). */
  termGroups?: string[][];
  /** The service needs a term in one of these vocabularies. */
  vocabularies?: string[];
  ages?: { min?: number; max?: number };
  /** Any one window will do. */
  windows?: TimeWindow[];
  /** A postcode district ("S6") the service must cover. */
  coverage?: string;
}

/** Split free text into search words (see foldText). */
export function searchWords(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The services that pass a filter, in the directory's order (by name). */
export function filterServices(directory: Directory, filter: ServiceFilter): Service[] {
  const groups = filter.termGroups?.map((group) => new Set(group.flatMap((id) => directory.withDescendants(id))));
  const vocabularies = filter.vocabularies ? new Set(filter.vocabularies) : undefined;
  return directory.services.filter((service) => {
    if (filter.words?.length && textScore(directory, service, filter.words) === 0) return false;
    if (groups && !groups.every((group) => service.termIds.some((id) => group.has(id)))) return false;
    if (vocabularies && !service.termIds.some((id) => vocabularies.has(directory.terms.get(id)?.vocabulary ?? ''))) {
      return false;
    }
    if (filter.ages && !agesOverlap(service, filter.ages)) return false;
    if (filter.windows?.length && !filter.windows.some((w) => openDuring(service, w))) return false;
    if (filter.coverage && !covers(directory, service, filter.coverage)) return false;
    return true;
  });
}

/** 0 when some word is missing; otherwise higher for better matches. */
export function textScore(directory: Directory, service: Service, words: string[]): number {
  const text = directory.searchText.get(service);
  if (!text) return 0;
  let score = 0;
  for (const word of words) {
    const forms = word.length > 3 && word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
    if (forms.some((f) => text.name.includes(` ${f}`))) score += 3;
    else if (forms.some((f) => text.all.includes(` ${f}`))) score += 1;
    else if (forms.some((f) => text.all.includes(f))) score += 0.5;
    else return 0;
  }
  return score;
}

/** Stable sort by relevance (highest first), keeping name order among equals. */
export function rankByText(directory: Directory, services: Service[], words: string[]): Service[] {
  const scored = services.map((service, i) => ({ service, i, score: textScore(directory, service, words) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => s.service);
}

export function agesOverlap(service: Service, range: { min?: number; max?: number }): boolean {
  const serviceMin = service.minimumAge ?? -Infinity;
  const serviceMax = service.maximumAge ?? Infinity;
  return serviceMin <= (range.max ?? Infinity) && (range.min ?? -Infinity) <= serviceMax;
}

export function openDuring(service: Service, window: TimeWindow): boolean {
  return service.schedules.some((schedule) => {
    if (window.day && !schedule.byday.includes(window.day)) return false;
    const opens = minutesOf(schedule.opensAt);
    const closes = minutesOf(schedule.closesAt);
    if (window.start !== undefined && closes <= window.start) return false;
    if (window.end !== undefined && opens >= window.end) return false;
    return true;
  });
}

function covers(directory: Directory, service: Service, outcode: string): boolean {
  return service.serviceAreas.some((area) => area === directory.dataset.area || area.toUpperCase() === outcode);
}

/** Metres from a point to the nearest of a service's located places; undefined when it has none. */
export function nearestDistance(directory: Directory, service: Service, lat: number, lng: number): number | undefined {
  let best: number | undefined;
  for (const { location } of directory.locationsOf(service)) {
    if (location.latitude === undefined || location.longitude === undefined) continue;
    const d = distanceMetres(lat, lng, location.latitude, location.longitude);
    if (best === undefined || d < best) best = d;
  }
  return best;
}
