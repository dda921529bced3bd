/** English strings for saving a search and "My saved searches": loaded with them (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const savedEn = {
  savedSave: 'Save this search',
  savedOpen: { zero: 'My saved searches', other: 'My saved searches ({count})' },
  savedSaved: 'Saved. Find it in “My saved searches”.',
  savedAlready: 'This search is already in “My saved searches”.',
  savedUnavailable: 'This browser cannot keep saved searches (its storage is full or turned off).',
  savedHeading: 'My saved searches',
  savedPrivacy: 'Kept in this browser on this device only. Nothing is sent anywhere.',
  savedEmpty: 'You have no saved searches yet. Search, then choose “Save this search”.',
  savedCount: { zero: 'No services now', one: '{count} service now', other: '{count} services now' },
  savedCounting: 'Counting…',
  savedCountFailed: 'Could not count the services just now',
  savedRemove: 'Remove',
  savedRemoveLabel: 'Remove saved search: {label}',
  savedClose: 'Close my saved searches',
  savedEverything: 'All services',
  savedOn: 'Saved {date}',
} as const;

addStrings('en', savedEn);
