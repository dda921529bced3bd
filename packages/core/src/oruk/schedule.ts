/**
 * Opening times. v1 `regular_schedules[]` name a day as `weekday` (a full or short day
 * name, or a number: 1 = Monday .. 7 = Sunday, 0 also Sunday) and/or `byday`; v3
 * `schedules[]` use RFC 5545 `byday` ("TH,FR", "1MO" for the first Monday). Times come
 * as "10:00", "10:00:00", "9.30", "0930", "5pm" or an ISO date-time; all become "HH:MM".
 */
import { isoDate } from '../freshness.js';
import { WEEKDAYS, type Diagnostic, type MonthlyDay, type Schedule, type Weekday } from '../model.js';
import { plain } from './fields.js';
import { at, drop, isAbsent, num, str, type JsonObject } from './read.js';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday from "MO", "1MO", "Monday", "mon", "Weds", 1..7 (ISO) or 0 (Sunday). */
export function weekday(value: unknown): Weekday | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d\s*$/.test(value))) {
    const n = Number(value);
    if (n === 0) return 'SU';
    return Number.isInteger(n) && n >= 1 && n <= 7 ? WEEKDAYS[n - 1] : undefined;
  }
  if (typeof value !== 'string' || value.length > 32) return undefined;
  const token = value
    .trim()
    .toLowerCase()
    .replace(/^[+-]?\d{1,2}(?=[a-z])/, '') // "1MO", "-1FR": the ordinal does not change the day
    .replace(/\.$/, '');
  if (token.length < 2) return undefined;
  if (token === 'weds') return 'WE';
  const i = DAY_NAMES.findIndex((name) => name.startsWith(token));
  return i >= 0 ? WEEKDAYS[i] : undefined;
}

/** Days from a comma (or space) separated list; unknown parts are dropped with a diagnostic. */
function days(text: string, path: string, diags: Diagnostic[]): Weekday[] {
  const out: Weekday[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const day = weekday(part);
    if (day) out.push(day);
    else drop(diags, path, 'not a day of the week', part);
  }
  return out;
}

/** The ordinal days of a BYDAY list ("1MO,-1FR"): which occurrence in a month (1 to 5, or -1 to -5 from the end). */
export function monthlyDays(text: string): MonthlyDay[] {
  const out: MonthlyDay[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const m = /^([+-]?[1-5])([a-z]{2})$/i.exec(part.trim());
    const day = m ? weekday(m[2]) : undefined;
    if (m && day && !out.some((o) => o.week === Number(m[1]) && o.day === day)) out.push({ week: Number(m[1]), day });
  }
  return out;
}

/**
 * RFC 5545 `freq` and `interval`, as far as a repeating session can use them: monthly on
 * ordinal days ("1MO"), or weekly (the default, left unsaid), every 1 to 52.
 */
function repeat(o: JsonObject, path: string, diags: Diagnostic[], ordinals: MonthlyDay[]): Pick<Schedule, 'freq' | 'interval' | 'monthlyDays'> {
  const freqText = str(o, 'freq', path, diags)?.toUpperCase();
  if (freqText && !/^(WEEK|MONTH)/.test(freqText)) drop(diags, at(path, 'freq'), 'not a weekly or monthly repeat', freqText);
  const n = num(o, 'interval', path, diags);
  const interval = n !== undefined && Number.isInteger(n) && n >= 2 && n <= 52 ? n : undefined;
  const monthly = freqText ? freqText.startsWith('MONTH') : ordinals.length > 0;
  return {
    ...(monthly ? { freq: 'monthly' as const } : {}),
    ...(interval ? { interval } : {}),
    ...(monthly && ordinals.length ? { monthlyDays: ordinals } : {}),
  };
}

/** "HH:MM" (24-hour) from the many ways feeds write a time of day, or undefined. */
export function normaliseTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  const iso = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(text);
  const m =
    iso ??
    /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2}(?:\.\d{1,9})?)?\s*(?:([ap])\.?m\.?\s*)?(?:z|[+-]\d{2}:?\d{2})?$/i.exec(text) ??
    /^(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const meridiem = iso ? undefined : m[3]?.toLowerCase();
  if (meridiem === undefined && m[2] === undefined && !iso && !/^\d{4}$/.test(text)) return undefined; // a bare "9"
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function time(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  const text = str(o, key, path, diags);
  if (text === undefined) return undefined;
  const hhmm = normaliseTime(text);
  if (!hhmm) drop(diags, at(path, key), 'not a time of day', text);
  return hhmm;
}

/**
 * One schedule entry. Days come from `byday` and from `weekday` (v1) together; an
 * entry with no days, times or description says nothing and is left out.
 */
export function schedule(o: JsonObject, path: string, diags: Diagnostic[], locationId?: string): Schedule | undefined {
  const found: Weekday[] = [];
  const byday = str(o, 'byday', path, diags);
  if (byday !== undefined) found.push(...days(byday, at(path, 'byday'), diags));
  const wd = o['weekday'];
  if (!isAbsent(wd)) {
    const day = weekday(wd);
    if (day) found.push(day);
    else drop(diags, at(path, 'weekday'), 'not a day of the week', wd);
  }
  const opensAt = time(o, 'opens_at', path, diags);
  const closesAt = time(o, 'closes_at', path, diags);
  const description = plain(o, 'description', path, diags);
  if (!found.length && !opensAt && !closesAt && !description) return undefined;
  const firstDate = isoDate(o['dtstart']);
  const validFrom = isoDate(o['valid_from']);
  const validTo = isoDate(o['valid_to']);
  return {
    days: WEEKDAYS.filter((d) => found.includes(d)),
    ...repeat(o, path, diags, byday === undefined ? [] : monthlyDays(byday)),
    ...(firstDate ? { firstDate } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...(validTo ? { validTo } : {}),
    ...(opensAt ? { opensAt } : {}),
    ...(closesAt ? { closesAt } : {}),
    ...(description ? { description } : {}),
    ...(locationId ? { locationId } : {}),
  };
}
