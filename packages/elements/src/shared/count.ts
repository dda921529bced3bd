import type { FinderSearch } from './context.js';
import { refinedLabels } from './chips.js';
import type { I18n } from './i18n.js';

/** The pages of a search: the source's, or with a refinement the pages of matches found so far. */
export interface Paging {
  page: number;
  /** Pages known so far (with a refinement not yet searched through, more may follow: see hasNext). */
  totalPages: number;
  hasNext: boolean;
}

export function pagingOf({ result, scan, state }: FinderSearch, perPage: number): Paging | undefined {
  if (!result) return undefined;
  if (!scan) return { page: result.page, totalPages: result.totalPages, hasNext: !result.isLast && result.page < result.totalPages };
  const found = Math.max(1, Math.ceil(scan.matches.length / perPage));
  return { page: state.page, totalPages: Math.max(found, state.page), hasNext: state.page < found || scan.status === 'enough' };
}

/** What the search found, in words: announced politely by the results (or by the map shown in their place). */
export function countText(search: FinderSearch, i18n: I18n, perPage: number): string {
  const { status, result, scan } = search;
  if (status === 'pending') return i18n.t('loading');
  if (status === 'error') return i18n.t('errorTitle');
  if (!result) return '';
  const paging = pagingOf(search, perPage);
  const pages = paging && paging.totalPages > 1 && !paging.hasNext ? `. ${i18n.t('pageOf', { page: paging.page, pages: paging.totalPages })}` : '';
  if (!scan) {
    const of = result.totalPages > 1 ? `. ${i18n.t('pageOf', { page: result.page, pages: result.totalPages })}` : '';
    return `${i18n.t('resultsCount', { count: result.total })}${of}`;
  }
  const filters = refinedLabels(search, i18n);
  const count = scan.matches.length;
  if (scan.status === 'done') return `${i18n.t('resultsCountRefined', { count, filters })}${pages}`;
  const n = (value: number) => i18n.number(value);
  return i18n.t('resultsAtLeast', { count, filters, searched: n(scan.searched), total: n(scan.total) });
}
