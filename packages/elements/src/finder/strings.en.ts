/** English strings for reading on for matches (the scan): loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const scanEn = {
  resultsAtLeast: { one: 'At least {count} service found ({filters}); searched {searched} of {total}', other: 'At least {count} services found ({filters}); searched {searched} of {total}' },
  scanReading: 'Looking through more services…',
  scanStop: 'Stop searching',
  scanMore: 'Keep searching',
  scanFailed: 'Not every service could be searched.',
} as const;

addStrings('en', scanEn);
