/**
 * The sitemap (sitemaps.org protocol 0.9): one `sitemap.xml` listing every page with its
 * `lastmod`; past `limit` URLs (50,000, the protocol's maximum) the URLs go into
 * `sitemap-1.xml`, `sitemap-2.xml`, ... and `sitemap.xml` is their index.
 */
import { escape } from './html.js';

export const SITEMAP_LIMIT = 50_000;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapUrl {
  loc: string;
  /** W3C date (YYYY-MM-DD) of the last change the feed reports; absent when it reports none. */
  lastmod?: string | undefined;
}

export interface SitemapFile {
  /** A file name in the output folder. */
  name: string;
  content: string;
}

const entry = (tag: string, u: SitemapUrl) =>
  `<${tag}><loc>${escape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</${tag}>`;

function urlset(urls: readonly SitemapUrl[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${urls.map((u) => entry('url', u)).join('\n')}\n</urlset>\n`;
}

/** The latest of some ISO dates. */
export const latestOf = (dates: ReadonlyArray<string | undefined>) => dates.reduce<string | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);

/** The sitemap files for `urls`; `base` is where they are published (the site URL). */
export function sitemapFiles(urls: readonly SitemapUrl[], base: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const size = Math.max(1, Math.floor(limit));
  if (urls.length <= size) return [{ name: 'sitemap.xml', content: urlset(urls) }];
  const parts: SitemapFile[] = [];
  const index: SitemapUrl[] = [];
  for (let i = 0; i < urls.length; i += size) {
    const chunk = urls.slice(i, i + size);
    const name = `sitemap-${parts.length + 1}.xml`;
    parts.push({ name, content: urlset(chunk) });
    index.push({ loc: new URL(name, base).href, lastmod: latestOf(chunk.map((u) => u.lastmod)) });
  }
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${index.map((u) => entry('sitemap', u)).join('\n')}\n</sitemapindex>\n`;
  return [{ name: 'sitemap.xml', content }, ...parts];
}

/** Whether `name` is one of the files sitemapFiles writes (for removing those a smaller harvest no longer needs). */
export const isSitemapPart = (name: string) => /^sitemap-\d+\.xml$/.test(name);
