/**
 * A service's regular sessions as an iCalendar file (RFC 5545), for "Add to calendar": one
 * VEVENT per session, repeating as the feed says (weekly on its days, monthly on ordinal
 * days such as the first Monday, every few weeks or months from its first date, until its
 * last), in Europe/London time with the zone defined in the file, at the session's place,
 * with the service's page and contacts. Pure: the browser makes a download of it, the
 * harvester a link in its static pages.
 */
import { WEEKDAYS, type Location, type Schedule, type Service, type Weekday } from '@signpost/core';
import { addressLines } from '../shared/format.js';
import { isRegular } from './sessions.js';

/** Europe/London since 1996 (the EU rule): BST from the last Sunday of March, GMT from the last Sunday of October. */
const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface CalendarOptions {
  /** The service's page (the finder's link to it, or its static page), for URL. */
  pageUrl?: string | undefined;
  /** A line at the end of each event's description ("Check with the service before you go"). */
  footer?: string | undefined;
  /** Now, for DTSTAMP and the first session (default: now). */
  now?: Date;
}


/** TEXT as RFC 5545 writes it: backslash, semicolon, comma and newline escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded at 75 octets (continuations start with a space), never inside a character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Today's date in London, as [year, month (1-12), day]. */
function londonToday(now: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day')];
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const weekdayOf = (d: Date): Weekday => WEEKDAYS[(d.getUTCDay() + 6) % 7]!;

/** Whether the date is one of the schedule's days (for a monthly one, one of its ordinal days). */
function matches(schedule: Schedule, d: Date): boolean {
  const day = weekdayOf(d);
  if (schedule.freq !== 'monthly') return schedule.days.includes(day);
  const date = d.getUTCDate();
  const length = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return (schedule.monthlyDays ?? []).some((o) => o.day === day && (o.week > 0 ? Math.ceil(date / 7) === o.week : Math.ceil((length - date + 1) / 7) === -o.week));
}

/** The first session: on or after its first date (else its first valid date, else today). */
function firstSession(schedule: Schedule, now: Date): string | undefined {
  const [y, m, d] = londonToday(now);
  const today = new Date(Date.UTC(y, m - 1, d));
  const from = schedule.firstDate ? utcDate(schedule.firstDate) : schedule.validFrom && utcDate(schedule.validFrom) > today ? utcDate(schedule.validFrom) : today;
  for (let i = 0; i < 400; i += 1) {
    const day = new Date(from.getTime() + i * 86_400_000);
    if (matches(schedule, day)) return isoOf(day);
  }
  return undefined;
}

const local = (iso: string, hhmm: string) => `${iso.replace(/-/g, '')}T${hhmm.replace(':', '')}00`;
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function rule(schedule: Schedule): string {
  const parts =
    schedule.freq === 'monthly'
      ? ['FREQ=MONTHLY', `BYDAY=${(schedule.monthlyDays ?? []).map((o) => `${o.week}${o.day}`).join(',')}`]
      : ['FREQ=WEEKLY', `BYDAY=${WEEKDAYS.filter((d) => schedule.days.includes(d)).join(',')}`];
  if (schedule.interval) parts.push(`INTERVAL=${schedule.interval}`);
  // With a zoned start, UNTIL is in UTC: the end of the last day.
  if (schedule.validTo) parts.push(`UNTIL=${schedule.validTo.replace(/-/g, '')}T235959Z`);
  return `RRULE:${parts.join(';')}`;
}

function placeOf(service: Service, schedule: Schedule): Location | undefined {
  if (schedule.locationId) return service.locations.find((l) => l.id === schedule.locationId);
  return service.locations.length === 1 ? service.locations[0] : undefined;
}

/** A stable UID for a session of a service: the same event each time it is added, so a calendar updates it rather than doubling it. */
function uid(service: Service, index: number): string {
  let hash = 0x811c9dc5;
  for (const char of service.id) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `${service.id.replace(/[^A-Za-z0-9.-]/g, '').slice(0, 40)}-${hash.toString(16)}-${index}@signpost`;
}

/** The .ics text for a service's sessions (`indexes` into service.schedules; default every regular one). */
export function calendarFile(service: Service, indexes?: number[], options: CalendarOptions = {}): string {
  const now = options.now ?? new Date();
  const chosen = (indexes ?? service.schedules.map((_, i) => i)).filter((i) => service.schedules[i] && isRegular(service.schedules[i]!));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Signpost//Service finder//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...LONDON];
  for (const i of chosen) {
    const s = service.schedules[i]!;
    const first = firstSession(s, now);
    if (!first) continue;
    const place = placeOf(service, s);
    const where = place ? [...new Set([place.name, ...addressLines(place)].filter(Boolean))].join(', ') : '';
    const description = [
      service.summary,
      s.description,
      service.phones[0]?.number,
      service.email,
      service.url,
      options.footer,
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(service, i)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;TZID=Europe/London:${local(first, s.opensAt!)}`,
      ...(s.closesAt && s.closesAt > s.opensAt! ? [`DTEND;TZID=Europe/London:${local(first, s.closesAt)}`] : []),
      rule(s),
      `SUMMARY:${escapeText(service.name)}`,
      ...(where ? [`LOCATION:${escapeText(where)}`] : []),
      ...(place?.position ? [`GEO:${place.position.lat.toFixed(6)};${place.position.lng.toFixed(6)}`] : []),
      ...(options.pageUrl || service.url ? [`URL:${options.pageUrl ?? service.url}`] : []),
      ...(description.length ? [`DESCRIPTION:${escapeText(description.join('\n'))}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A file name for a service's calendar: its name, plain. */
export function calendarFileName(service: Service): string {
  const base = service.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${base || 'service'}.ics`;
}
