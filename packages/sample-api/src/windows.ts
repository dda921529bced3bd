/** Reading day / start_time / end_time into time windows (shared by both dialects). */
import type { TimeWindow } from './filter.js';
import { badRequest } from './http.js';
import { list, timeOfDay, weekday } from './params.js';

/**
 * `day`, `start_time` and `end_time` may each be lists (repeated or comma-separated). Lists
 * longer than one are paired by position, as the v1 OpenAPI describes; a single value
 * applies to every window. Undefined when none is given.
 */
export function timeWindows(query: URLSearchParams): TimeWindow[] | undefined {
  const days = list(query, 'day').map(weekday);
  const starts = list(query, 'start_time').map((t) => timeOfDay('start_time', t));
  const ends = list(query, 'end_time').map((t) => timeOfDay('end_time', t));
  const n = Math.max(days.length, starts.length, ends.length);
  if (n === 0) return undefined;
  for (const [name, values] of [['day', days], ['start_time', starts], ['end_time', ends]] as const) {
    if (values.length > 1 && values.length !== n) {
      throw badRequest(`day, start_time and end_time lists must have the same number of values (${name} has ${values.length}, expected ${n}).`);
    }
  }
  const at = <T>(values: T[], i: number): T | undefined => (values.length === 1 ? values[0] : values[i]);
  const windows: TimeWindow[] = [];
  for (let i = 0; i < n; i++) {
    const day = at(days, i);
    const start = at(starts, i);
    const end = at(ends, i);
    if (start !== undefined && end !== undefined && start >= end) {
      throw badRequest('start_time must be earlier than end_time.');
    }
    windows.push({ ...(day ? { day } : {}), ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) });
  }
  return windows;
}
