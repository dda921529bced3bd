import type { ScheduleSpec } from '../template.js';

/** A schedule entry: days as "MO,WE", times as "HH:MM". */
export function at(days: string, opens: string, closes: string, description?: string): ScheduleSpec {
  return { days, opens, closes, ...(description ? { description } : {}) };
}

export const WEEKDAYS_9_TO_5 = at('MO,TU,WE,TH,FR', '09:00', '17:00', 'Open Monday to Friday, 9am to 5pm.');
