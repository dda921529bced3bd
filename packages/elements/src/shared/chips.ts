/** The active filters as removable chips: a label and the state change that removes it. */
import type { FinderSearch } from './context.js';
import { accessLabel, ageLabel, dayName } from './format.js';
import type { I18n } from './i18n.js';
import type { FinderState } from './state.js';

export interface Chip {
  key: string;
  label: string;
  remove: Partial<FinderState>;
}

export function activeChips({ state, vocabularies }: Pick<FinderSearch, 'state' | 'vocabularies'>, i18n: I18n): Chip[] {
  const chips: Chip[] = [];
  if (state.text.trim()) chips.push({ key: 'text', label: i18n.t('chipText', { text: state.text.trim() }), remove: { text: '' } });
  if (state.postcode) {
    chips.push({
      key: 'place',
      label: i18n.t('chipPlace', { miles: state.radiusMiles, postcode: state.postcode }),
      remove: { postcode: '' },
    });
  }
  const names = termNames(vocabularies);
  for (const id of state.terms) {
    chips.push({ key: `term:${id}`, label: names.get(id) ?? id, remove: { terms: state.terms.filter((t) => t !== id) } });
  }
  const ages = ageLabel(state.ages, i18n);
  if (ages) chips.push({ key: 'ages', label: i18n.t('chipAges', { label: ages }), remove: { ages: {} } });
  if (state.day) chips.push({ key: 'day', label: dayName(state.day, i18n), remove: { day: undefined } });
  if (state.freeOnly) chips.push({ key: 'free', label: i18n.t('chipFree'), remove: { freeOnly: false } });
  if (state.access) chips.push({ key: 'access', label: accessLabel(state.access, i18n), remove: { access: undefined } });
  return chips;
}

/** Term names by id, from the endpoint's vocabularies. */
export function termNames(vocabularies: FinderSearch['vocabularies']): Map<string, string> {
  return new Map(vocabularies.flatMap((v) => v.terms.map((t) => [t.id, t.name] as const)));
}

/** How many filters (not words or place) are on: for the filters toggle. */
export function activeFilterCount(search: Pick<FinderSearch, 'state' | 'vocabularies'>, i18n: I18n): number {
  return activeChips(search, i18n).filter((c) => c.key !== 'text' && c.key !== 'place').length;
}

/** The state change that clears every chip. */
export function clearAllPatch(): Partial<FinderState> {
  return { text: '', postcode: '', terms: [], ages: {}, day: undefined, freeOnly: false, access: undefined };
}
