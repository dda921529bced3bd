/**
 * The harvester's command-line options for static pages: with --site-url, a harvest also
 * writes a page per service, their index and the sitemap (see write.ts).
 */
import { readFile } from 'node:fs/promises';
import { siteBase, type PagesOptions } from './write.js';
import { checkTemplate } from './template.js';

export const PAGES_HELP = `Static pages (for search engines, and people without JavaScript):
  --site-url URL          Where DIR is published, e.g. https://www.example.gov.uk/local-offer/
                          With it, DIR also gets a page per service (services/), their index
                          (services/index.html) and sitemap.xml
  --template FILE         An HTML file with the site's header and footer, with {{signpost}}
                          where a page's content goes ({{title}}, {{head}} and {{lang}}
                          optional)
  --lang en|cy            The pages' language (default en)
  --script-url URL        The drop-in script (signpost.js), so pages upgrade into
                          <signpost-service> (feedback, map, calendar); without it they stay
                          plain
  --sitemap-limit N       URLs per sitemap file (default and at most 50000; past it, an index)`;

/** For util.parseArgs. */
export const PAGES_ARGS = {
  'site-url': { type: 'string' },
  template: { type: 'string' },
  lang: { type: 'string' },
  'script-url': { type: 'string' },
  'sitemap-limit': { type: 'string' },
} as const;

export type PagesArgs = Partial<Record<keyof typeof PAGES_ARGS, string>>;

/** What writePages needs besides the services and the harvest's date; undefined without --site-url. Throws a plain message for a wrong option. */
export async function pagesFromArgs(values: PagesArgs): Promise<Omit<PagesOptions, 'services' | 'harvestedAt'> | undefined> {
  const others = (['template', 'lang', 'script-url', 'sitemap-limit'] as const).filter((name) => values[name] !== undefined);
  if (values['site-url'] === undefined) {
    if (others.length) throw new Error(`--${others[0]} is for static pages: give --site-url too.`);
    return undefined;
  }
  const siteUrl = siteBase(values['site-url']);
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'cy') throw new Error(`--lang must be en or cy (got "${lang}").`);
  const limit = values['sitemap-limit'] === undefined ? undefined : Number(values['sitemap-limit']);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 50_000)) {
    throw new Error(`--sitemap-limit must be a whole number from 1 to 50000 (got "${values['sitemap-limit']}").`);
  }
  let template: string | undefined;
  if (values.template !== undefined) {
    try {
      template = await readFile(values.template, 'utf8');
    } catch (error) {
      throw new Error(`--template ${values.template} could not be read: ${(error as Error).message}`);
    }
    checkTemplate(template);
  }
  const script = values['script-url'];
  if (script !== undefined && !/^(https?:\/\/|\/|\.\.?\/)/.test(script)) throw new Error(`--script-url must be a web address or a path (got "${script}").`);
  return {
    siteUrl,
    lang,
    ...(template !== undefined ? { template } : {}),
    ...(script !== undefined ? { scriptUrl: script } : {}),
    ...(limit !== undefined ? { sitemapLimit: limit } : {}),
  };
}
