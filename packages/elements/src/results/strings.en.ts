/** English strings for the feed check that `debug` shows under the results: loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const feedCheckEn = {
  diagnostics: { one: 'The feed had {count} problem', other: 'The feed had {count} problems' },
  probeDialect: 'The feed speaks Open Referral UK {dialect}.',
  probeIgnored: 'It ignores these filters, so they are not offered: {filters}.',
  probeNoneIgnored: 'It honours every filter it was tried with.',
  filter_text: 'words',
  filter_taxonomy: 'needs',
  filter_age: 'ages',
  filter_day: 'days',
  filter_time: 'times',
  filter_proximity: 'distance from a postcode',
} as const;

addStrings('en', feedCheckEn);
