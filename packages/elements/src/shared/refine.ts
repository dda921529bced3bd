/**
 * What the finder does that a source may not: narrowing to free services, to an access
 * route, or to a time of day when the source cannot filter by them (ORUK APIs have no
 * free or access parameter; "weekend" is two days, which no single day parameter says),
 * and putting services that only touch the ages asked for after those that fit.
 */
import { openDuring, type AccessRoute, type AgeRange, type EndpointCapabilities, type OpeningWindow, type Service } from '@signpost/core';
import type { FinderState } from './state.js';
import { windowOf } from './time-of-day.js';

/** The day and time of day a person asked about, as one opening window (undefined: neither). */
export function openingAsked({ day, time }: Pick<FinderState, 'day' | 'time'>): OpeningWindow | undefined {
  if (!day && !time) return undefined;
  const window: OpeningWindow = time ? { ...windowOf(time) } : {};
  if (day) window.days = [day];
  return window;
}

/** The narrowing the finder must do itself for a search; undefined when the source does it all. */
export interface Refinement {
  freeOnly?: true;
  access?: AccessRoute;
  /** Open at this time (or on these days). */
  opening?: OpeningWindow;
}

export function refinementOf(state: Pick<FinderState, 'freeOnly' | 'access' | 'time'>, capabilities: EndpointCapabilities): Refinement | undefined {
  const refinement: Refinement = {};
  if (state.freeOnly && !capabilities.free) refinement.freeOnly = true;
  if (state.access && !capabilities.access) refinement.access = state.access;
  if (state.time && (state.time === 'weekend' || !capabilities.time)) refinement.opening = windowOf(state.time);
  return Object.keys(refinement).length ? refinement : undefined;
}

/** The services that pass the refinement (all of them when there is none). */
export function refine(items: readonly Service[], refinement: Refinement | undefined): readonly Service[] {
  if (!refinement) return items;
  const { freeOnly, access, opening } = refinement;
  return items.filter((s) => (!freeOnly || s.free === true) && (!access || s.access === access) && (!opening || openDuring(s.schedules, opening)));
}

/**
 * Services whose ages only touch the range asked for (a "19 and over" service on a page
 * for ages 0 to 19) after the others, each group in the order given.
 */
export function byAgeFit(items: readonly Service[], wanted: AgeRange): readonly Service[] {
  if (wanted.min === undefined && wanted.max === undefined) return items;
  const edge = (s: Service) => {
    const low = Math.max(s.ages.min ?? -Infinity, wanted.min ?? -Infinity);
    const high = Math.min(s.ages.max ?? Infinity, wanted.max ?? Infinity);
    const span = (wanted.max ?? Infinity) - (wanted.min ?? -Infinity);
    return span > 0 && high - low <= 0;
  };
  const touching = items.filter(edge);
  return touching.length ? [...items.filter((s) => !edge(s)), ...touching] : items;
}
