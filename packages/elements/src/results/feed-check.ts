/**
 * With `debug`, under the results: what probing the endpoint found (its dialect, the filters
 * it takes but ignores, whose controls are hidden) and the feed's problems. For site owners
 * checking a feed, so a chunk of its own, fetched only where `debug` is set.
 */
// lit/html.js, not lit: a chunk importing lit's index makes the bundler split Lit's element code out of the drop-in file
import { html, nothing } from 'lit/html.js';
import type { ClientSearchResult } from '@signpost/core';
import type { FinderSearch } from '../shared/context.js';
import type { I18n } from '../shared/i18n.js';
import './strings.en.js';

export function feedCheck(i18n: I18n, { probe }: FinderSearch, result: ClientSearchResult) {
  const problems = result.diagnostics ?? [];
  const ignored = probe?.ignored.map((f) => i18n.t(`filter_${f}`)).join(', ');
  return html`${probe
      ? html`<p class="probe">
          ${i18n.t('probeDialect', { dialect: probe.dialect ?? '?' })}
          ${ignored ? i18n.t('probeIgnored', { filters: ignored }) : i18n.t('probeNoneIgnored')}
        </p>`
      : nothing}
    ${problems.length
      ? html`<details class="diagnostics">
          <summary>${i18n.t('diagnostics', { count: problems.length })}</summary>
          <ul>
            ${problems.slice(0, 200).map((d) => html`<li><code>${d.path}</code>: ${d.message}</li>`)}
          </ul>
        </details>`
      : nothing}`;
}
