/** Turning model values into short, comparable words for cards and detail. */
import { WEEKDAYS, isStale, metresToMiles, scheduleOpenDuring, type AccessRoute, type OpeningWindow, type AgeRange, type Location, type Schedule, type Service, type Weekday } from '@signpost/core';
import type { I18n, StringKey } from './i18n.js';

export function ageLabel(ages: AgeRange, i18n: I18n): string | undefined {
  const { min, max } = ages;
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined) return i18n.t('ageRange', { min, max });
  if (min !== undefined) return min === 0 ? i18n.t('anyAge') : i18n.t('ageFromOnly', { min });
  return i18n.t('ageToOnly', { max: max ?? '' });
}

export function distanceLabel(metres: number | undefined, i18n: I18n): string | undefined {
  if (metres === undefined) return undefined;
  const miles = metresToMiles(metres);
  if (miles < 0.1) return i18n.t('distanceUnderTenth');
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return i18n.t('distanceAway', { count: i18n.number(rounded, 1) });
}

/** Where: the nearest (or first) location's name and postcode, or "online". */
/** A place's full postal address as lines: street lines, town, postcode. */
export function addressLines(location: Location): string[] {
  const address = location.addresses[0];
  return [...(address?.lines ?? []), address?.city, address?.postcode].filter((line): line is string => Boolean(line));
}

export function whereLabel(service: Service, i18n: I18n): string {
  const loc = service.locations[0];
  if (!loc) return i18n.t('online');
  const address = loc.addresses[0];
  const parts = [loc.name, address?.lines[0], address?.postcode].filter(Boolean);
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.slice(0, 2).join(', ') || i18n.t('online');
}

export function costLabel(service: Service, i18n: I18n): string | undefined {
  if (service.free === true) return i18n.t('costFree');
  const amounts = service.costOptions.map((c) => c.amount).filter((a): a is number => typeof a === 'number' && a > 0);
  if (amounts.length) return i18n.t('costFrom', { amount: i18n.money(Math.min(...amounts)) });
  if (service.free === false) return i18n.t('costPaid');
  return undefined;
}

export function dayName(day: Weekday, i18n: I18n): string {
  return i18n.t(`weekday_${day}`);
}

/** "Monday, Wednesday" or "Monday to Friday" for a run of consecutive days. */
export function daysLabel(days: Weekday[], i18n: I18n): string {
  const sorted = WEEKDAYS.filter((d) => days.includes(d));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const consecutive = sorted.length >= 3 && WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === sorted.length - 1;
  if (consecutive) return `${dayName(first, i18n)} – ${dayName(last, i18n)}`;
  return sorted.map((d) => dayName(d, i18n)).join(', ');
}

export function timesLabel(schedule: Schedule, i18n: I18n): string | undefined {
  if (schedule.opensAt && schedule.closesAt) return i18n.t('timeRange', { opens: schedule.opensAt, closes: schedule.closesAt });
  return schedule.opensAt ?? undefined;
}

/** "Items and last" (or the one item). */
function listAnd(items: string[], i18n: I18n): string {
  if (items.length < 2) return items[0] ?? '';
  return i18n.t('listAnd', { items: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** "The first Monday and third Monday of the month", "Wednesday, every 2 weeks", "Monday – Friday". */
function repeatLabel(schedule: Schedule, i18n: I18n): string {
  const ordinals = schedule.freq === 'monthly' ? (schedule.monthlyDays ?? []).filter((d) => d.week > 0 || d.week === -1) : [];
  const days = ordinals.length
    ? i18n.t('monthlyDays', {
        days: listAnd(
          // "first" .. "fifth", then "last" (for -1)
          ordinals.map((d) => i18n.t('monthlyDay', { ordinal: i18n.t('ordinals').split(',')[d.week > 0 ? d.week - 1 : 5] ?? '', day: dayName(d.day, i18n) })),
          i18n,
        ),
      })
    : daysLabel(schedule.days, i18n);
  const every = schedule.interval ? i18n.t(schedule.freq === 'monthly' ? 'everyMonths' : 'everyWeeks', { count: schedule.interval }) : '';
  return [days, every].filter(Boolean).join(', ');
}

/** One line per schedule: "Monday – Friday: 09:00 to 17:00", or its description. */
export function scheduleLines(schedules: Schedule[], i18n: I18n): string[] {
  return schedules
    .map((s) => {
      const days = repeatLabel(s, i18n);
      const times = timesLabel(s, i18n);
      if (days && times) return i18n.t('schedulePerDay', { days, times });
      return days || times || s.description || '';
    })
    .filter(Boolean);
}

/**
 * The short "when" for a card: the first schedule line (and a count of more), a schedule
 * open at the time asked about (a Saturday search shows Saturday's times) first.
 */
export function whenLabel(service: Service, i18n: I18n, asked?: OpeningWindow): string | undefined {
  const matching = asked ? service.schedules.filter((s) => scheduleOpenDuring(s, asked)) : [];
  const ordered = matching.length ? [...matching, ...service.schedules.filter((s) => !matching.includes(s))] : service.schedules;
  const lines = scheduleLines(ordered, i18n);
  if (!lines.length) return undefined;
  return lines.length > 1 ? `${lines[0]} (+${lines.length - 1})` : lines[0];
}

export interface Freshness {
  label: string;
  stale: boolean;
}

export function freshness(service: Service, staleAfterMonths: number, i18n: I18n, now = new Date()): Freshness {
  const date = service.lastChecked;
  return {
    label: date ? i18n.t('lastChecked', { date: i18n.monthYear(date) }) : i18n.t('lastCheckedUnknown'),
    stale: isStale(date, staleAfterMonths, now),
  };
}

export function accessLabel(route: AccessRoute, i18n: I18n): string {
  return i18n.t(`access_${route.replace('-', '_')}` as StringKey);
}

/** "Listed by A and B." for a service that more than one directory lists; undefined otherwise. */
/** "By {organisation}", when the organisation has a name other than the service's own. */
export function byOrganisation(service: Service, i18n: I18n): string | undefined {
  const name = service.organisation?.name;
  return name && name !== service.name ? i18n.t('by', { organisation: name }) : undefined;
}

export function listedBy(service: Service, i18n: I18n): string | undefined {
  const names = [...new Set((service.sources ?? []).map((s) => s.directory ?? hostOf(s.endpoint)))];
  if (names.length < 2) return undefined;
  const last = names.pop()!;
  return i18n.t('listedBy', { directories: i18n.t('listAnd', { items: names.join(', '), last }) });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** "From a copy of the directory made on 30 November 2026." for a source that is a snapshot. */
export function snapshotTaken(harvestedAt: string | undefined, i18n: I18n): string | undefined {
  return harvestedAt ? i18n.t('snapshotTaken', { date: i18n.dayMonthYear(harvestedAt) }) : undefined;
}
