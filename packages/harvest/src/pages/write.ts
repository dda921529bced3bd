/**
 * Static pages from a harvest, for search engines and for people without JavaScript: one
 * page per service under `services/` (its name as the file name, see slugs.ts), an index
 * of them all by need (`services/index.html`) and the sitemap (`sitemap.xml`, split with an
 * index past 50,000 URLs), all beside the snapshot they upgrade from.
 *
 *   services/<slug>.html        a service's page (canonical URL: <site-url>services/<slug>.html)
 *   services/index.html         the kinds of help, each with its count
 *   services/needs/<need>.html  the services of one kind of help
 *   services/signpost-pages.css the detail's own styles, scoped to its static markup
 *   services/slugs.json         each service's page name, kept from harvest to harvest
 *   sitemap.xml                 (and sitemap-N.xml when split)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { descriptionText, type Service } from '@signpost/core';
import { I18n, loadLang, staticDetailCss, type Lang } from '@signpost/elements/static';
import { writeAtomically } from '../atomic-write.js';
import { escape, scriptJson } from './html.js';
import { indexBody, needBody, needPages } from './index-page.js';
import { structuredData } from './json-ld.js';
import { servicePageBody } from './page.js';
import { sanitisedDescription } from './sanitise.js';
import { SITEMAP_LIMIT, isSitemapPart, latestOf, sitemapFiles, type SitemapUrl } from './sitemap.js';
import { assignSlugs } from './slugs.js';
import { DEFAULT_TEMPLATE, checkTemplate, fillTemplate } from './template.js';

const PAGES_FOLDER = 'services';
const SLUGS_FILE = 'slugs.json';
const NEEDS_FOLDER = 'needs';
const CSS_FILE = 'signpost-pages.css';
/** Pages written at once. */
const BATCH = 32;
/** Characters of a meta description. */
const META_DESCRIPTION = 160;

export interface PagesOptions {
  services: readonly Service[];
  /** Where the output folder is published, e.g. https://www.example.gov.uk/local-offer/ */
  siteUrl: string;
  /** When the feeds were read (ISO date-time). */
  harvestedAt: string;
  /** The pages' language (default English). */
  lang?: Lang;
  /** The host's page template (see template.ts); default a plain page. */
  template?: string;
  /** The drop-in script (signpost.js), for pages that upgrade into the element; none, the pages stay static. */
  scriptUrl?: string;
  /** URLs per sitemap file (default and most 50,000). */
  sitemapLimit?: number;
  /** Months after which a listing is flagged "may be out of date" (default 12). */
  staleAfterMonths?: number;
  /** Today, for the out-of-date flags (default now). */
  now?: Date;
}

export interface PagesSummary {
  /** Service pages written (the index not counted). */
  pages: number;
  /** Sitemap files written (1, or the index and its parts). */
  sitemaps: number;
  /** Pages of services no longer listed, removed. */
  removed: number;
  /** Bytes written, pages and sitemaps. */
  bytes: number;
}

/** The site URL as a base for the pages: http(s), absolute, ending in "/". */
export function siteBase(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`--site-url must be the full address the output folder is published at, like https://www.example.gov.uk/local-offer/ (got "${siteUrl}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--site-url must be an http or https address (got "${siteUrl}").`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

async function previousSlugs(dir: string): Promise<Record<string, string>> {
  try {
    const data = JSON.parse(await readFile(join(dir, SLUGS_FILE), 'utf8')) as { slugs?: unknown };
    const slugs = data.slugs && typeof data.slugs === 'object' ? (data.slugs as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(slugs).filter((e): e is [string, string] => typeof e[1] === 'string' && /^[a-z0-9-]+$/.test(e[1])));
  } catch {
    return {}; // a first harvest, or an unreadable file: every service gets a slug afresh
  }
}

function metaDescription(service: Service): string {
  const text = (service.summary || descriptionText(service.description)).replace(/\s+/g, ' ').trim();
  return text.length <= META_DESCRIPTION ? text : `${text.slice(0, META_DESCRIPTION - 1).replace(/\s+\S*$/, '')}…`;
}

/** Page-level styles for the default template, and the detail's own for its static markup. */
function pagesCss(): string {
  const page = `.signpost-page{margin:0 auto;max-width:48rem;padding:1rem;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5}`;
  // The folded map's line ("Show on a map"), as tall as the element's button.
  const map = `signpost-service .static-map a{display:inline-block;padding:0.25em 0;min-height:24px}`;
  return `${page}\n${staticDetailCss()}\n${map}\n`;
}

export async function writePages(outDir: string, options: PagesOptions): Promise<PagesSummary> {
  const base = siteBase(options.siteUrl);
  const template = checkTemplate(options.template ?? DEFAULT_TEMPLATE);
  const lang: Lang = options.lang ?? 'en';
  await loadLang(lang);
  const i18n = new I18n(lang);
  const now = options.now ?? new Date();
  const harvestedAt = new Date(options.harvestedAt).toISOString();
  const dir = join(outDir, PAGES_FOLDER);
  await mkdir(dir, { recursive: true });

  const before = await previousSlugs(dir);
  const slugs = assignSlugs(options.services, before);
  const css = pagesCss();
  await writeAtomically(join(dir, CSS_FILE), css);
  const cssHref = `${CSS_FILE}?v=${createHash('sha256').update(css).digest('hex').slice(0, 12)}`;
  const script = options.scriptUrl ? `<script type="module" src="${escape(options.scriptUrl)}"></script>` : '';
  /** The head tags of a page in services/ (or, `up`, a folder below it). */
  const head = (title: string, description: string, canonical: string, data?: unknown, up = '') =>
    [
      description ? `<meta name="description" content="${escape(description)}">` : '',
      `<link rel="canonical" href="${escape(canonical)}">`,
      `<meta property="og:title" content="${escape(title)}">`,
      description ? `<meta property="og:description" content="${escape(description)}">` : '',
      `<meta property="og:url" content="${escape(canonical)}">`,
      `<link rel="stylesheet" href="${up}${cssHref}">`,
      data ? `<script type="application/ld+json">${scriptJson(data)}</script>` : '',
      script,
    ]
      .filter(Boolean)
      .join('\n');

  let bytes = 0;
  const urls: SitemapUrl[] = [];
  const pageUrl = (slug: string) => new URL(`${PAGES_FOLDER}/${slug}.html`, base).href;
  const write = async (service: Service) => {
    const slug = slugs.get(service.id)!;
    const url = pageUrl(slug);
    const descriptionHtml = await sanitisedDescription(service.description);
    const body = servicePageBody(service, { i18n, pageUrl: url, descriptionHtml, snapshot: '../', harvestedAt, staleAfterMonths: options.staleAfterMonths ?? 12, now });
    const html = fillTemplate(template, {
      title: service.name,
      head: head(service.name, metaDescription(service), url, structuredData(service, url, lang)),
      body,
      lang,
    });
    bytes += Buffer.byteLength(html);
    await writeFile(join(dir, `${slug}.html`), html);
    urls.push({ loc: url, lastmod: service.lastChecked });
  };
  for (let i = 0; i < options.services.length; i += BATCH) await Promise.all(options.services.slice(i, i + BATCH).map(write));

  // The index of needs, and a page for each.
  const indexUrl = new URL(`${PAGES_FOLDER}/`, base).href;
  const needs = needPages(options.services, i18n);
  const index = fillTemplate(template, {
    title: i18n.t('pagesIndexTitle'),
    head: head(i18n.t('pagesIndexTitle'), i18n.t('pagesIndexIntro'), indexUrl),
    body: indexBody(needs, i18n),
    lang,
  });
  await writeAtomically(join(dir, 'index.html'), index);
  bytes += Buffer.byteLength(index);
  await rm(join(dir, NEEDS_FOLDER), { recursive: true, force: true });
  await mkdir(join(dir, NEEDS_FOLDER));
  const needUrls: SitemapUrl[] = [];
  for (const need of needs) {
    const url = new URL(`${PAGES_FOLDER}/${NEEDS_FOLDER}/${need.slug}.html`, base).href;
    const page = fillTemplate(template, { title: need.name, head: head(need.name, '', url, undefined, '../'), body: needBody(need, slugs, i18n), lang });
    await writeFile(join(dir, NEEDS_FOLDER, `${need.slug}.html`), page);
    bytes += Buffer.byteLength(page);
    needUrls.push({ loc: url, lastmod: latestOf(need.services.map((s) => s.lastChecked)) });
  }
  urls.sort((a, b) => (a.loc < b.loc ? -1 : 1));
  urls.unshift({ loc: indexUrl, lastmod: latestOf(options.services.map((s) => s.lastChecked)) }, ...needUrls);

  // Pages of services no longer listed go, as do the sitemap parts a smaller harvest no longer needs.
  const current = new Set(slugs.values());
  let removed = 0;
  for (const slug of new Set(Object.values(before))) {
    if (current.has(slug)) continue;
    await rm(join(dir, `${slug}.html`), { force: true });
    removed += 1;
  }
  await writeAtomically(join(dir, SLUGS_FILE), `${JSON.stringify({ version: 1, slugs: Object.fromEntries([...slugs].sort(([a], [b]) => (a < b ? -1 : 1))) })}\n`);

  const sitemaps = sitemapFiles(urls, base, options.sitemapLimit ?? SITEMAP_LIMIT);
  for (const file of sitemaps) {
    await writeAtomically(join(outDir, file.name), file.content);
    bytes += Buffer.byteLength(file.content);
  }
  const names = new Set(sitemaps.map((f) => f.name));
  for (const name of await readdir(outDir)) if (isSitemapPart(name) && !names.has(name)) await rm(join(outDir, name), { force: true });
  return { pages: options.services.length, sitemaps: sitemaps.length, removed, bytes };
}
