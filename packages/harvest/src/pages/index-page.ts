/** The index of every service page, by need (each service under each of its terms), for crawlers and for people without JavaScript. */
import type { Service } from '@signpost/core';
import type { I18n } from '@signpost/elements/static';
import { escape } from './html.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function indexBody(services: readonly Service[], slugs: ReadonlyMap<string, string>, i18n: I18n): string {
  const groups = new Map<string, { name: string; services: Service[] }>();
  const other: Service[] = [];
  for (const s of services) {
    if (!s.terms.length) other.push(s);
    for (const t of s.terms) {
      let group = groups.get(t.id);
      if (!group) groups.set(t.id, (group = { name: t.name, services: [] }));
      if (!group.services.includes(s)) group.services.push(s);
    }
  }
  const sorted = [...groups.entries()].sort(([, a], [, b]) => collator.compare(a.name, b.name));
  if (other.length) sorted.push(['other', { name: i18n.t('pagesOtherServices'), services: other }]);
  const byName = (a: Service, b: Service) => collator.compare(a.name, b.name);
  const anchor = (i: number) => `need-${i + 1}`;
  return [
    `<div class="signpost-index" lang="${i18n.lang}">`,
    `<h1>${escape(i18n.t('pagesIndexTitle'))}</h1>`,
    `<p>${escape(i18n.t('pagesIndexIntro'))}</p>`,
    `<nav aria-labelledby="signpost-index-contents"><h2 id="signpost-index-contents">${escape(i18n.t('pagesIndexContents'))}</h2><ul>`,
    ...sorted.map(([, g], i) => `<li><a href="#${anchor(i)}">${escape(g.name)}</a> (${g.services.length})</li>`),
    '</ul></nav>',
    ...sorted.map(([, g], i) =>
      [
        `<section aria-labelledby="${anchor(i)}"><h2 id="${anchor(i)}">${escape(g.name)}</h2><ul>`,
        ...[...g.services].sort(byName).map((s) => `<li><a href="${escape(slugs.get(s.id)!)}.html">${escape(s.name)}</a></li>`),
        '</ul></section>',
      ].join('\n'),
    ),
    '</div>',
  ].join('\n');
}
