/**
 * "Add to calendar": the .ics file read back with a real iCalendar parser (ical.js), its
 * repeat rule expanded and compared with the schedule, and the detail's buttons pressed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../src/all.js';
// the detail is a lazy part of the bundle: defined here at once
import '../src/service/define.js';
import type { Schedule, Service } from '@signpost/core';
import { riverside } from '../../../test/fixtures/services.js';
import { calendarFile, escapeText, fold } from '../src/calendar/ics.js';
import type { SignpostService } from '../src/service/service.js';

const NOW = new Date('2026-12-01T12:00:00Z'); // a Tuesday

function withSchedules(schedules: Schedule[], extra: Partial<Service> = {}): Service {
  return { ...riverside, schedules, ...extra };
}

/** The file's events, their zone registered as a calendar app would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** The first `n` sessions, as London dates and times "YYYY-MM-DD HH:MM". */
function sessions(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) {
    out.push(`${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')} ${String(next.hour).padStart(2, '0')}:${String(next.minute).padStart(2, '0')}`);
  }
  return out;
}

describe('add to calendar: the .ics file', () => {
  it('is RFC 5545 that a real parser reads: a weekly session at its place, in London time, with its page', () => {
    const service = withSchedules([{ days: ['TU', 'TH'], opensAt: '18:00', closesAt: '20:30' }]);
    const text = calendarFile(service, undefined, { pageUrl: 'https://www.example.gov.uk/local-offer/services/riverside-youth-club.html', now: NOW, footer: 'Check first.' });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const [event, ...more] = parse(text);
    expect(more).to.deep.equal([]);
    expect(event!.summary).to.equal('Riverside Youth Club');
    expect(event!.location).to.equal('Riverside Hall, 12 Water Lane, Sheffield, S1 2HE');
    expect(event!.uid).to.match(/@signpost$/);
    expect(event!.startDate.zone.tzid).to.equal('Europe/London');
    expect(event!.component.getFirstPropertyValue('url')).to.equal('https://www.example.gov.uk/local-offer/services/riverside-youth-club.html');
    expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-12-01T12:00:00Z');
    const rule = event!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).to.equal('WEEKLY');
    expect(rule.parts.BYDAY).to.deep.equal(['TU', 'TH']);
    expect(sessions(event!, 4)).to.deep.equal(['2026-12-01 18:00', '2026-12-03 18:00', '2026-12-08 18:00', '2026-12-10 18:00']);
    expect(event!.endDate.toString()).to.equal('2026-12-01T20:30:00');
    // in summer, still 18:00 in London: the zone's daylight rule is in the file
    const summer = event!.iterator();
    let next = summer.next();
    while (next && next.month !== 7) next = summer.next();
    expect(next!.hour).to.equal(18);
    expect(next!.convertToZone(ICAL.Timezone.utcTimezone).hour).to.equal(17);
    expect(event!.startDate.convertToZone(ICAL.Timezone.utcTimezone).hour).to.equal(18);
    expect(event!.description).to.contain('Check first.');
  });

  it('repeats monthly on ordinal days (the first Monday, the last Friday) until the schedule ends', () => {
    const service = withSchedules([
      { days: ['MO', 'FR'], freq: 'monthly', monthlyDays: [{ week: 1, day: 'MO' }, { week: -1, day: 'FR' }], opensAt: '10:00', closesAt: '12:00', validTo: '2027-03-31' },
    ]);
    const [event] = parse(calendarFile(service, undefined, { now: NOW }));
    const rule = event!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).to.equal('MONTHLY');
    expect(rule.parts.BYDAY).to.deep.equal(['1MO', '-1FR']);
    const all = sessions(event!, 50);
    expect(all).to.deep.equal([
      '2026-12-07 10:00',
      '2026-12-25 10:00',
      '2027-01-04 10:00',
      '2027-01-29 10:00',
      '2027-02-01 10:00',
      '2027-02-26 10:00',
      '2027-03-01 10:00',
      '2027-03-26 10:00',
    ]);
  });

  it('repeats every two weeks from the first session the feed names, and leaves out what it cannot place', () => {
    const service = withSchedules([
      { days: ['WE'], interval: 2, firstDate: '2026-11-04', opensAt: '18:00' },
      { days: ['TH'], interval: 2, opensAt: '09:00' }, // every other week, but which? not offered
      { days: [], description: 'By appointment' },
    ]);
    const events = parse(calendarFile(service, undefined, { now: NOW }));
    expect(events.length).to.equal(1);
    expect((events[0]!.component.getFirstPropertyValue('rrule') as ICAL.Recur).interval).to.equal(2);
    expect(sessions(events[0]!, 3)).to.deep.equal(['2026-11-04 18:00', '2026-11-18 18:00', '2026-12-02 18:00']);
  });

  it('escapes commas, semicolons, backslashes and new lines, and folds long lines without splitting a character', () => {
    expect(escapeText('a, b; c\\d\ne')).to.equal('a\\, b\\; c\\\\d\\ne');
    const long = `DESCRIPTION:${'Ŵyn a’r defaid 🐑, '.repeat(20)}`;
    const folded = fold(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    const name = 'Café; "Tea, cake" & talk\\ ' + 'x'.repeat(100);
    const [event] = parse(calendarFile(withSchedules([{ days: ['MO'], opensAt: '10:00' }], { name }), undefined, { now: NOW }));
    expect(event!.summary).to.equal(name);
  });
});

describe('add to calendar: in the detail', () => {
  async function show(service: Service, lang = 'en') {
    const el = await fixture<SignpostService>(html`<signpost-service .service=${service} lang=${lang}></signpost-service>`);
    await el.updateComplete;
    return el.shadowRoot!;
  }

  it('offers each regular session and all of them, and saves a file a calendar reads', async () => {
    const service = withSchedules([
      { days: ['TU'], opensAt: '18:00', closesAt: '20:30' },
      { days: ['SA'], opensAt: '10:00', closesAt: '12:00' },
    ]);
    const root = await show(service);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.calendar button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Add Tuesday: 18:00 to 20:30 to my calendar',
      'Add Saturday: 10:00 to 12:00 to my calendar',
      'Add all sessions to my calendar',
    ]);
    const saved: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return create.call(URL, new Blob([]));
    };
    try {
      buttons[1]!.focus();
      buttons[1]!.click();
      await waitUntil(() => saved.length === 1, 'no file for one session');
      buttons[2]!.click();
      await waitUntil(() => saved.length === 2, 'no file for all sessions');
    } finally {
      URL.createObjectURL = create;
    }
    expect(saved[0]!.type).to.equal('text/calendar;charset=utf-8');
    const one = parse(await saved[0]!.text());
    expect(one.map((e) => (e.component.getFirstPropertyValue('rrule') as ICAL.Recur).parts.BYDAY)).to.deep.equal([['SA']]);
    const all = parse(await saved[1]!.text());
    expect(all.map((e) => e.startDate.hour)).to.deep.equal([18, 10]);
    expect(all[0]!.component.getFirstPropertyValue('url')).to.equal(location.href);
  });

  it('says it in Welsh, offers nothing without regular sessions, and passes axe', async () => {
    const root = await show(withSchedules([{ days: ['TU', 'TH'], opensAt: '18:00', closesAt: '20:30' }]), 'cy');
    expect(root.querySelector('.calendar button')!.textContent).to.contain('at fy nghalendr');
    await expect(root.host).to.be.accessible();
    const none = await show(withSchedules([{ days: [], description: 'Ring to book' }]));
    expect(none.querySelector('.calendar')).to.equal(null);
  });
});
