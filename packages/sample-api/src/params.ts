/**
 * Reading query parameters strictly: a value that is present but malformed is a 400
 * (never silently ignored), an absent or empty one is "not given".
 */
import { badRequest } from './http.js';
import { WEEKDAYS, type Weekday } from './types.js';

/** The value of a single-valued parameter (the first, if repeated), trimmed; undefined when absent or empty. */
export function single(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name)?.trim();
  return value ? value : undefined;
}

/** All values of a list parameter: repeated (`a=1&a=2`) and/or comma-separated (`a=1,2`). */
export function list(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** A whole number within bounds. */
export function integer(query: URLSearchParams, name: string, min: number): number | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  if (!/^[+]?\d+$/.test(raw)) throw badRequest(`${name} must be a whole number, not "${raw}".`);
  const value = Number(raw);
  if (value < min) throw badRequest(`${name} must be ${min} or more.`);
  return value;
}

/** A decimal number within bounds. */
export function decimal(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw)) throw badRequest(`${name} must be a number, not "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) throw badRequest(`${name} must be between ${min} and ${max}.`);
  return value;
}

/** An age range from minimum_age and maximum_age (0 to 150), which must not be reversed. */
export function ageRange(query: URLSearchParams): { min?: number; max?: number } | undefined {
  const min = decimal(query, 'minimum_age', 0, 150);
  const max = decimal(query, 'maximum_age', 0, 150);
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined && min > max) {
    throw badRequest('minimum_age must not be more than maximum_age.');
  }
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

const DAY_NAMES: Record<string, Weekday> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/** "MO", "mo", "Mon", "monday" -> "MO". */
export function weekday(raw: string): Weekday {
  const value = raw.trim().toLowerCase();
  const upper = value.toUpperCase() as Weekday;
  if (WEEKDAYS.includes(upper)) return upper;
  const full = DAY_NAMES[value];
  if (full) return full;
  const short = Object.entries(DAY_NAMES).find(([name]) => value.length === 3 && name.startsWith(value));
  if (short) return short[1];
  throw badRequest(`day must be a day of the week (MO to SU, or a name such as Monday), not "${raw}".`);
}

/** "9:30", "09:30" or "09:30:00" -> minutes since midnight. */
export function timeOfDay(name: string, raw: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(raw.trim());
  const hours = Number(m?.[1]);
  const minutes = Number(m?.[2]);
  const seconds = Number(m?.[3] ?? 0);
  if (!m || hours > 24 || minutes > 59 || seconds > 59 || (hours === 24 && minutes + seconds > 0)) {
    throw badRequest(`${name} must be a time of day such as 09:30 or 17:00:00, not "${raw}".`);
  }
  return hours * 60 + minutes + seconds / 60;
}

/** Minutes since midnight of an "HH:MM" or "HH:MM:SS" string from the dataset. */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}
