/** English strings for the filters dialog (narrow screens): loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const filtersDialogEn = {
  filtersClose: 'Close',
  groupChosen: { one: '({count} chosen)', other: '({count} chosen)' },
  showResults: { zero: 'Show results: none found', one: 'Show {count} result', other: 'Show {count} results' },
  showResultsAtLeast: { one: 'Show at least {count} result', other: 'Show at least {count} results' },
  showResultsPending: 'Show results',
} as const;

addStrings('en', filtersDialogEn);
