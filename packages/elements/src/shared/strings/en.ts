/**
 * English strings. A value is a string with {placeholders}, or plural forms chosen by
 * Intl.PluralRules for {count}. Every user-facing string lives here, or beside the part
 * that alone uses it and is loaded later (feedback/, filters/, finder/, guided/, map/, results/, search/, service/, shortlist/
 * strings.en.ts); every
 * one has its Welsh in cy.ts.
 */
import type { filtersDialogEn } from '../../filters/strings.en.js';
import type { guidedEn } from '../../guided/strings.en.js';
import type { detailEn } from '../../service/strings.en.js';
import type { listEn } from '../../shortlist/strings.en.js';
import type { feedbackEn } from '../../feedback/strings.en.js';
import type { mapEn } from '../../map/strings.en.js';
import type { calendarEn } from '../../calendar/strings.en.js';
import type { savedEn } from '../../saved/strings.en.js';
import type { pagesEn } from '../../service/static-strings.en.js';
import type { feedCheckEn } from '../../results/strings.en.js';
import type { scanEn } from '../../finder/strings.en.js';
import type { nearMeEn } from '../../search/strings.en.js';

export const en = {
  finderLabel: 'Find services',
  skipToResults: 'Skip to results',
  backToTopics: 'Back to “What do you need help with?”',
  loadingStart: 'Loading…',
  searchLegend: 'Search',
  searchWordsLabel: 'What are you looking for?',
  searchWordsHint: 'For example: speech therapy, youth club, short breaks',
  searchButton: 'Search',
  placeLegend: 'Where',
  postcodeLabel: 'Postcode',
  postcodeHint: 'For example: S1 2HE',
  postcodeInvalid: 'Enter a full UK postcode, like S1 2HE',
  postcodeUnknown: 'We could not find that postcode',
  radiusLabel: 'Distance',
  radiusOption: { one: 'Within {count} mile', other: 'Within {count} miles' },
  nearMe: 'Use my location',
  // also when "Use my location" itself could not be fetched
  nearMeDenied: 'Your location could not be used. Enter a postcode instead.',
  clearPlace: 'Clear postcode',
  filtersHeading: 'Filter results',
  filtersToggle: { zero: 'Filters', one: 'Filters ({count} on)', other: 'Filters ({count} on)' },
  needLegend: 'What kind of help',
  needGroupMore: { one: 'Show {count} more', other: 'Show {count} more' },
  needGroupLess: 'Show fewer',
  ageLegend: 'Age',
  ageAny: 'Any age',
  agePreset: '{min} to {max}',
  ageCustom: 'Other ages',
  ageFrom: 'From age',
  ageTo: 'To age',
  ageApply: 'Apply ages',
  ageInvalid: 'Enter ages from 0 to 120, the first no more than the second',
  dayLegend: 'Day',
  dayAny: 'Any day',
  timeLegend: 'Time of day',
  timeAny: 'Any time',
  time_morning: 'Mornings',
  time_afternoon: 'Afternoons',
  time_evening: 'Evenings',
  'time_after-school': 'After school (3pm to 6pm)',
  time_weekend: 'Weekends',
  costLegend: 'Cost',
  freeOnly: 'Free only',
  accessLegend: 'How to use it',
  accessAny: 'Any way',
  access_drop_in: 'Drop in',
  access_appointment: 'By appointment',
  access_referral: 'By referral',
  access_membership: 'Membership',
  activeFilters: 'Active filters',
  removeChip: 'Remove filter: {label}',
  clearAll: 'Clear all filters',
  chipText: 'Words: {text}',
  chipPlace: 'Within {miles} miles of {postcode}',
  chipAges: 'Ages {label}',
  chipFree: 'Free',
  sortLabel: 'Sort by',
  sortRelevance: 'Best match',
  sortDistance: 'Nearest first',
  resultsHeading: 'Results',
  resultsCount: { zero: 'No services found', one: '{count} service found', other: '{count} services found' },
  resultsCountRefined: { zero: 'No services found ({filters})', one: '{count} service found ({filters})', other: '{count} services found ({filters})' },
  fixedAges: 'Showing services for ages {label}',
  fixedNeeds: 'Showing services for: {needs}',
  loading: 'Searching…',
  loadingService: 'Loading service…',
  startPrompt: 'Search by words, place, need or age to see services.',
  pageOf: 'Page {page} of {pages}',
  pagination: 'Results pages',
  previous: 'Previous',
  next: 'Next',
  pageN: 'Page {page}',
  noResultsTitle: 'No services match your search',
  noResultsHelp: 'Try:',
  relaxWords: 'using fewer or different words',
  relaxPlace: 'searching a wider distance',
  relaxFilters: 'removing a filter',
  relaxSpelling: 'checking the spelling',
  by: 'By {organisation}',
  ages: 'Ages {label}',
  ageRange: '{min} to {max}',
  ageFromOnly: '{min} and over',
  ageToOnly: 'up to {max}',
  anyAge: 'All ages',
  online: 'Online or by phone',
  distanceAway: { one: '{count} mile away', other: '{count} miles away' },
  distanceUnderTenth: 'Less than 0.1 miles away',
  costFree: 'Free',
  costPaid: 'There is a cost',
  notGiven: 'Not given',
  costFrom: 'From {amount}',
  monthNames: 'January,February,March,April,May,June,July,August,September,October,November,December',
  monthYear: '{month} {year}',
  dayMonthYear: '{day} {monthYear}',
  save: 'Save',
  myList: { one: 'My list ({count})', other: 'My list ({count})' },
  loadingList: 'Loading your list…',
  lastChecked: 'Last checked {date}',
  lastCheckedUnknown: 'Not known when this was last checked',
  mayBeOutOfDate: 'May be out of date',
  listedBy: 'Listed by {directories}.',
  listAnd: '{items} and {last}',
  snapshotTaken: 'From a copy of the directory made on {date}.',
  status_inactive: 'Not running at the moment',
  status_defunct: 'Closed',
  'status_temporarily closed': 'Temporarily closed',
  backToResults: 'Back to results',
  detailWhere: 'Where',
  detailWhen: 'When',
  detailCost: 'Cost',
  phone: 'Phone',
  email: 'Email',
  printList: 'Print this list',
  weekday_MO: 'Monday',
  weekday_TU: 'Tuesday',
  weekday_WE: 'Wednesday',
  weekday_TH: 'Thursday',
  weekday_FR: 'Friday',
  weekday_SA: 'Saturday',
  weekday_SU: 'Sunday',
  timeRange: '{opens} to {closes}',
  schedulePerDay: '{days}: {times}',
  errorTitle: 'Services could not be loaded',
  serviceErrorTitle: 'This service could not be loaded',
  retry: 'Try again',
  // What went wrong, one per kind of error (core's own English message shows only with debug)
  errorNetwork: 'We could not reach the directory. Check your internet connection, then try again.',
  errorHttp: 'The directory answered with an error.',
  errorNotOruk: 'This address does not lead to a directory of services that this page can read.',
  errorTimeout: 'The directory took too long to answer.',
  errorAborted: 'The request was stopped.',
  errorTooLarge: 'The directory sent more than this page can read.',
  errorUnreadable: 'The directory’s answer was damaged on the way.',
  errorUnexpected: 'Something went wrong on this page.',
  errorSnapshot: 'The directory’s copy on this website could not be read.',
  errorDetails: 'Details for the website’s developer',
  noEndpoint: 'This finder has no directory address (endpoint) set.',
  serviceNotFound: 'This service is no longer listed.',
  viewLabel: 'Show results as',
  viewList: 'List',
  viewMap: 'Map',
  viewSplit: 'List and map',
  feedbackListingToggle: 'Report a problem with this information',
  feedbackListingToggleAbout: 'about {name}',
  feedbackUnmetHeading: 'Can’t find what you need?',
  feedbackUnmetIntro: 'Telling us what you were looking for helps show which services are missing.',
  feedbackUnmetToggle: 'Tell us what you were looking for',
  // sessions that repeat other than weekly (cards and detail)
  ordinals: 'first,second,third,fourth,fifth,last',
  monthlyDay: '{ordinal} {day}',
  monthlyDays: 'The {days} of the month',
  everyWeeks: 'every {count} weeks',
  everyMonths: 'every {count} months',
} as const;

/** Every string's key: these, and those the lazily loaded parts bring (each adds its English when it loads). */
export type StringKey =
  | keyof typeof en
  | keyof typeof feedbackEn
  | keyof typeof mapEn
  | keyof typeof detailEn
  | keyof typeof calendarEn
  | keyof typeof savedEn
  | keyof typeof pagesEn
  | keyof typeof listEn
  | keyof typeof guidedEn
  | keyof typeof filtersDialogEn
  | keyof typeof feedCheckEn
  | keyof typeof scanEn
  | keyof typeof nearMeEn;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type StringTable = { [K in StringKey]: string | PluralForms };
