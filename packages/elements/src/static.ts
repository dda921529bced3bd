/**
 * `@signpost/elements/static`: what a static page of a service needs from the elements, in
 * Node as in a browser (no DOM, no rendering): the strings and I18n, the words for model
 * values, what a detail says (facts.ts), and the detail's styles for its static markup.
 * The harvester's static service pages are written with these, so they say what the
 * element says, in English or Welsh, and look as it does.
 */
import './service/strings.en.js';
import './map/strings.en.js';
import './calendar/strings.en.js';
import './service/static-strings.en.js';

export { I18n, loadLang, type Lang, type StringKey, type StringTable } from './shared/i18n.js';
export { addressLines, ageLabel, costLabel, daysLabel, freshness, listedBy, scheduleLines, snapshotTaken } from './shared/format.js';
export { accessibilityNotes, contactFacts, contactName, costFacts, statusNotice, whenFacts, whoFacts, type ContactFacts } from './service/facts.js';
export { staticDetailCss } from './service/static-styles.js';
export { calendarSessions } from './calendar/sessions.js';
export { calendarFile, calendarFileName } from './calendar/ics.js';
