import type { FinderSearch } from './context.js';
import { activeChips } from './chips.js';
import type { I18n } from './i18n.js';

/** What the search found, in words: announced politely by the results (or by the map shown in their place). */
export function countText(search: FinderSearch, i18n: I18n): string {
  const { status, result, services } = search;
  if (status === 'pending') return i18n.t('loading');
  if (status === 'error') return i18n.t('errorTitle');
  if (!result) return '';
  const count = i18n.t('resultsCount', { count: result.total });
  if (services.length !== result.items.length) {
    const filters = activeChips(search, i18n)
      .filter((c) => c.key === 'free' || c.key === 'access')
      .map((c) => c.label)
      .join(', ');
    return `${count}. ${i18n.t('resultsCountFiltered', { shown: services.length, count: result.items.length, filters })}`;
  }
  return result.totalPages > 1 ? `${count}. ${i18n.t('pageOf', { page: result.page, pages: result.totalPages })}` : count;
}
