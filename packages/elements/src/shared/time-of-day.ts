/**
 * Times of day a person can ask for. Each but "weekend" is a window of hours, sent to an
 * endpoint that honours ORUK's start_time and end_time and matched against the schedules
 * otherwise; "weekend" is Saturday or Sunday, matched against the schedules.
 */
import type { OpeningWindow } from '@signpost/core';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'after-school', 'weekend'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** The hours of each time of day ("HH:MM"): opening at some point inside counts. */
export const TIME_WINDOWS: Record<Exclude<TimeOfDay, 'weekend'>, { start: string; end: string }> = {
  morning: { start: '06:00', end: '12:00' },
  afternoon: { start: '12:00', end: '17:00' },
  evening: { start: '17:00', end: '23:00' },
  'after-school': { start: '15:00', end: '18:00' },
};

export function toTimeOfDay(value: string | null | undefined): TimeOfDay | undefined {
  return (TIMES_OF_DAY as readonly string[]).includes(value ?? '') ? (value as TimeOfDay) : undefined;
}

/** The opening window a time of day asks about. */
export function windowOf(time: TimeOfDay): OpeningWindow {
  return time === 'weekend' ? { days: ['SA', 'SU'] } : TIME_WINDOWS[time];
}
