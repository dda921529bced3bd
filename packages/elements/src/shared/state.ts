/**
 * The finder's state: what a person has asked for. The URL is a view of it (sync-url),
 * the search query is derived from it, and chips describe it.
 */
import {
  ACCESS_ROUTES,
  WEEKDAYS,
  milesToMetres,
  normalisePostcode,
  type AccessRoute,
  type AgeRange,
  type EndpointCapabilities,
  type SearchQuery,
  type Weekday,
} from '@signpost/core';
import { TIME_WINDOWS, toTimeOfDay, type TimeOfDay } from './time-of-day.js';

export type SortOrder = 'relevance' | 'distance';

/** How results are shown: a list, a map, or both side by side. */
export type FinderView = 'list' | 'map' | 'split';

export function toView(value: string | null | undefined): FinderView {
  return value === 'map' || value === 'split' ? value : 'list';
}

export interface FinderState {
  text: string;
  /** Normalised UK postcode or "". */
  postcode: string;
  radiusMiles: number;
  terms: string[];
  ages: AgeRange;
  day?: Weekday | undefined;
  /** Mornings, afternoons, evenings, after school or weekends. */
  time?: TimeOfDay | undefined;
  freeOnly: boolean;
  access?: AccessRoute | undefined;
  sort: SortOrder;
  page: number;
  /** The id of the service whose detail is open. */
  service?: string | undefined;
  /** The view this person chose (unset: the host's `view`). */
  view?: FinderView | undefined;
  /** "My list" (the services saved) is open in place of the results. */
  list?: boolean | undefined;
  /** The ids of a list someone shared (a link with them opens it), shown in place of "My list". */
  shared?: string[] | undefined;
  /** The guided start's question on show (guided): what would help, then how old. */
  start?: GuidedStep | undefined;
  /** The topic chosen at the guided start (its id), for the way back to the topics. */
  topic?: string | undefined;
}

export type GuidedStep = 'topics' | 'ages';

/** The age ranges offered as choices (filters, the guided start). */
export const AGE_PRESETS: ReadonlyArray<Required<AgeRange>> = [
  { min: 0, max: 4 },
  { min: 5, max: 10 },
  { min: 11, max: 15 },
  { min: 16, max: 25 },
];

export const RADIUS_CHOICES = [1, 3, 5, 10, 25] as const;

export function emptyState(): FinderState {
  return { text: '', postcode: '', radiusMiles: 3, terms: [], ages: {}, freeOnly: false, sort: 'relevance', page: 1 };
}

/** The needs and ages that apply: the host's fixed needs added to the person's, fixed ages in place of theirs. */
export function effectiveFilters(state: FinderState, fixed: Partial<FinderState>): { terms: string[]; ages: AgeRange } {
  const terms = [...new Set([...(fixed.terms ?? []), ...state.terms])];
  const ages = fixed.ages && (fixed.ages.min !== undefined || fixed.ages.max !== undefined) ? fixed.ages : state.ages;
  return { terms, ages };
}

/**
 * The search query for a state, with the host's fixed filters laid over it. Free only,
 * the access route and the time of day go to a source whose capabilities say it honours
 * them (free only and access: a snapshot; hours: most ORUK APIs); the rest is left to the
 * finder (see refine.ts). Without capabilities, hours are asked for and the others not.
 */
export function toQuery(state: FinderState, fixed: Partial<FinderState>, perPage: number, capabilities?: EndpointCapabilities): SearchQuery {
  const { terms, ages } = effectiveFilters(state, fixed);
  const query: SearchQuery = { page: state.page, perPage };
  const text = state.text.trim();
  if (text) query.text = text;
  if (terms.length) query.terms = terms;
  if (ages.min !== undefined || ages.max !== undefined) query.ages = ages;
  if (state.day) query.day = state.day;
  const window = state.time && state.time !== 'weekend' ? TIME_WINDOWS[state.time] : undefined;
  if (window && (capabilities?.time ?? true)) {
    query.startTime = window.start;
    query.endTime = window.end;
  }
  if (state.freeOnly && capabilities?.free) query.freeOnly = true;
  if (state.access && capabilities?.access) query.access = state.access;
  if (state.postcode) {
    query.postcode = state.postcode;
    query.proximity = milesToMetres(state.radiusMiles);
  }
  return query;
}

/** A stable key for a query (for comparing two): JSON with every object's keys sorted, nested ones too. */
export function queryKey(query: SearchQuery): string {
  return JSON.stringify(query, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function intOrUndefined(value: string | null): number | undefined {
  if (value === null || value === '' || !/^\d{1,3}$/.test(value)) return undefined;
  return Number(value);
}

/** A need list ("id1,id2") and an age range ("16-25") given as attributes, as filters: those the host fixed on a finder, or a map's own search. */
export function filtersOf(need: string, ages: string): Partial<Pick<FinderState, 'terms' | 'ages'>> {
  const filters: Partial<Pick<FinderState, 'terms' | 'ages'>> = {};
  const terms = need.split(',').map((s) => s.trim()).filter(Boolean);
  if (terms.length) filters.terms = terms;
  const range = parseAges(ages);
  if (range.min !== undefined || range.max !== undefined) filters.ages = range;
  return filters;
}

/** Parse "5-10", "16-", "-4" into an age range. */
export function parseAges(value: string | null | undefined): AgeRange {
  const m = /^\s*(\d{1,3})?\s*-\s*(\d{1,3})?\s*$/.exec(value ?? '');
  if (!m) {
    const single = intOrUndefined((value ?? '').trim());
    return single === undefined ? {} : { min: single, max: single };
  }
  const range: AgeRange = {};
  if (m[1] !== undefined) range.min = Number(m[1]);
  if (m[2] !== undefined) range.max = Number(m[2]);
  if (range.min !== undefined && range.max !== undefined && range.min > range.max) return {};
  return range;
}

export function formatAgesParam(ages: AgeRange): string {
  if (ages.min === undefined && ages.max === undefined) return '';
  return `${ages.min ?? ''}-${ages.max ?? ''}`;
}

/** Write the state into URL search params under a prefix (so two finders don't collide). */
export function stateToParams(state: FinderState, prefix: string, into = new URLSearchParams()): URLSearchParams {
  const set = (key: string, value: string | undefined) => {
    const name = `${prefix}${key}`;
    if (value) into.set(name, value);
    else into.delete(name);
  };
  const defaults = emptyState();
  set('q', state.text.trim());
  set('postcode', state.postcode);
  set('miles', state.postcode && state.radiusMiles !== defaults.radiusMiles ? String(state.radiusMiles) : '');
  set('need', state.terms.join(','));
  set('age', formatAgesParam(state.ages));
  set('day', state.day);
  set('time', state.time);
  set('free', state.freeOnly ? '1' : '');
  set('access', state.access);
  set('sort', state.sort === defaults.sort ? '' : state.sort);
  set('page', state.page > 1 ? String(state.page) : '');
  set('service', state.service);
  set('view', state.view);
  set('list', state.list && !state.shared ? '1' : '');
  set('start', state.start);
  set('topic', state.topic);
  set(SHARED_PARAM, state.shared?.length ? formatIds(state.shared) : '');
  return into;
}

/** The parameter a shared list's link carries its service ids in (under the finder's prefix). */
export const SHARED_PARAM = 'saved';

/** Ids for a URL: comma-separated, each escaped (an id may hold a comma). */
export function formatIds(ids: readonly string[]): string {
  return ids.map(encodeURIComponent).join(',');
}

/** Ids from a URL value; at most 100, each at most 200 characters; anything unreadable left out. */
export function parseIds(value: string | null): string[] {
  const ids = (value ?? '').split(',').flatMap((part) => {
    try {
      const id = decodeURIComponent(part).trim();
      return id && id.length <= 200 ? [id] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(ids)].slice(0, 100);
}

/** Read the state from URL search params; anything malformed falls back to the default. */
export function stateFromParams(params: URLSearchParams, prefix: string): FinderState {
  const get = (key: string) => params.get(`${prefix}${key}`);
  const state = emptyState();
  state.text = (get('q') ?? '').slice(0, 200);
  state.postcode = normalisePostcode(get('postcode')) ?? '';
  const miles = Number(get('miles'));
  if ((RADIUS_CHOICES as readonly number[]).includes(miles)) state.radiusMiles = miles;
  state.terms = (get('need') ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, 50);
  state.ages = parseAges(get('age'));
  const day = get('day')?.toUpperCase();
  if (day && (WEEKDAYS as readonly string[]).includes(day)) state.day = day as Weekday;
  const time = toTimeOfDay(get('time'));
  if (time) state.time = time;
  state.freeOnly = get('free') === '1';
  const access = get('access');
  if (access && (ACCESS_ROUTES as readonly string[]).includes(access)) state.access = access as AccessRoute;
  if (get('sort') === 'distance') state.sort = 'distance';
  state.page = Math.max(1, Math.min(10_000, intOrUndefined(get('page')) ?? 1));
  const service = get('service');
  if (service) state.service = service.slice(0, 200);
  const view = get('view');
  if (view) state.view = toView(view);
  const shared = parseIds(get(SHARED_PARAM));
  if (shared.length) state.shared = shared;
  if (shared.length || get('list') === '1') state.list = true;
  const start = get('start');
  if (start === 'topics' || start === 'ages') state.start = start;
  const topic = get('topic');
  if (topic) state.topic = topic.slice(0, 100);
  return state;
}
