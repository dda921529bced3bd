/** English strings for "My list": loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const listEn = {
  listHeading: { zero: 'My list', one: 'My list: {count} service', other: 'My list: {count} services' },
  sharedHeading: { one: 'A list shared with you: {count} service', other: 'A list shared with you: {count} services' },
  listEmpty: 'Your list is empty. Use “Save” on a service to add it here.',
  listNotKept: 'This browser is not keeping your list, so it will be lost when you leave the page. Print it, email it or copy its link to keep it.',
  listCheck: 'Check with a service before you go.',
  listSaveAll: 'Save these to my list',
  listSavedAll: 'Saved to your list.',
  listRemove: 'Remove',
  listShare: 'Share this list',
  listCopyLink: 'Copy a link to this list',
  listCopied: 'Link copied. Paste it into a message or an email: it opens this list on any device.',
  listLinkLabel: 'Link to this list',
  listLinkManual: 'Select the link and copy it (Ctrl+C, or Cmd+C on a Mac).',
  listEmail: 'Email this list',
  listClear: 'Clear my list',
  listEmailSubject: 'A list of services',
  listEmailOpen: 'Open this list: {url}',
  printedOn: 'Printed on {date}. Check with the service before you go.',
  printWebsite: 'Website',
  printEmail: 'Email',
  listViewDetails: 'View details',
  listShortened: '(Shortened to fit in an email: the link opens the whole list.)',
} as const;

addStrings('en', listEn);
