/**
 * Whether a service is open at a time a person asked about ("Saturday", "mornings",
 * "after school", "weekends"), from its schedules. The rule is the live APIs' and the
 * snapshot's: one schedule is on one of the days (when days are asked about) and open at
 * some point inside the window (it opens before the window ends and closes after it
 * starts). A schedule that does not say its days or its times cannot match a question
 * about them.
 */
import type { Schedule, Weekday } from './model.js';

export interface OpeningWindow {
  /** Any of these days (none: any day). */
  days?: readonly Weekday[];
  /** "HH:MM", 24-hour. */
  start?: string;
  end?: string;
}

export function scheduleOpenDuring(schedule: Schedule, window: OpeningWindow): boolean {
  if (window.days?.length && !schedule.days.some((d) => window.days!.includes(d))) return false;
  if (window.start !== undefined && !(schedule.closesAt && schedule.closesAt > window.start)) return false;
  if (window.end !== undefined && !(schedule.opensAt && schedule.opensAt < window.end)) return false;
  return true;
}

/** Whether any of the schedules is open during the window. */
export function openDuring(schedules: readonly Schedule[], window: OpeningWindow): boolean {
  return schedules.some((s) => scheduleOpenDuring(s, window));
}
