/** Which of a service's sessions a calendar can take, and their words: shared by the detail's buttons, the .ics file and the static pages' links. */
import type { Schedule, Service } from '@signpost/core';
import { scheduleLines } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';

/** A regular session: days and a start time, and, when not every week or month, which ones (its first date). */
export function isRegular(s: Schedule): boolean {
  return s.days.length > 0 && Boolean(s.opensAt) && (s.freq !== 'monthly' || Boolean(s.monthlyDays?.length)) && (!s.interval || Boolean(s.firstDate));
}

/** Each regular schedule's index and its words ("Saturday: 10:00 to 14:00"). */
export function calendarSessions(service: Service, i18n: I18n): Array<{ index: number; label: string }> {
  return service.schedules.flatMap((s, index) => (isRegular(s) ? [{ index, label: scheduleLines([s], i18n)[0] ?? '' }] : []));
}
