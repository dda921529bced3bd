/**
 * Every service page reachable without JavaScript, for crawlers and people: the index
 * (`services/index.html`) lists the kinds of help (each need the services name, and "Other
 * services" for those that name none) with how many services each has; each need has a
 * page (`services/needs/<name>.html`) listing its services A to Z with links. So no page is
 * huge, however many services there are.
 */
import type { Service } from '@signpost/core';
import type { I18n } from '@signpost/elements/static';
import { escape } from './html.js';
import { assignSlugs } from './slugs.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const OTHER = '\u0000other';

export interface NeedPage {
  slug: string;
  name: string;
  services: Service[];
}

/** The needs, by name, each with its services by name; those with no need under "Other services". */
export function needPages(services: readonly Service[], i18n: I18n): NeedPage[] {
  const groups = new Map<string, { id: string; name: string; services: Service[] }>();
  const add = (id: string, name: string, s: Service) => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, name, services: [] }));
    if (group.services.at(-1) !== s) group.services.push(s);
  };
  for (const s of services) {
    if (!s.terms.length) add(OTHER, i18n.t('pagesOtherServices'), s);
    for (const t of s.terms) add(t.id, t.name, s);
  }
  const slugs = assignSlugs([...groups.values()]);
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const pages = [...groups.values()].filter((g) => g.id !== OTHER).sort(byName);
  const other = groups.get(OTHER);
  return [...pages, ...(other ? [other] : [])].map((g) => ({ slug: slugs.get(g.id)!, name: g.name, services: [...g.services].sort(byName) }));
}

export function indexBody(needs: readonly NeedPage[], i18n: I18n): string {
  return [
    `<div class="signpost-index" lang="${i18n.lang}">`,
    `<h1>${escape(i18n.t('pagesIndexTitle'))}</h1>`,
    `<p>${escape(i18n.t('pagesIndexIntro'))}</p>`,
    `<h2>${escape(i18n.t('pagesIndexContents'))}</h2><ul>`,
    ...needs.map((n) => `<li><a href="needs/${n.slug}.html">${escape(n.name)}</a> (${n.services.length})</li>`),
    '</ul></div>',
  ].join('\n');
}

export function needBody(need: NeedPage, slugs: ReadonlyMap<string, string>, i18n: I18n): string {
  return [
    `<div class="signpost-index" lang="${i18n.lang}">`,
    `<h1>${escape(need.name)}</h1><ul>`,
    ...need.services.map((s) => `<li><a href="../${escape(slugs.get(s.id)!)}.html">${escape(s.name)}</a></li>`),
    `</ul><p><a href="../">${escape(i18n.t('pagesAllServices'))}</a></p></div>`,
  ].join('\n');
}
