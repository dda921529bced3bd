/** English strings for "My saved searches": loaded with the list (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const savedEn = {
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
