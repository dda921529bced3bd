/** English strings for "Add to calendar": loaded with the detail (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const calendarEn = {
  calendarSession: 'Add {session} to my calendar',
  calendarAllSessions: 'Add all sessions to my calendar',
  calendarHint: 'Saves a calendar file (.ics) that calendar apps open.',
  calendarEventFooter: 'Check with the service before you go: times can change.',
} as const;

addStrings('en', calendarEn);
