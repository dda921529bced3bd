/**
 * The host's look: a plain HTML file (the council's header and footer) with placeholders
 * that each page fills:
 *
 *   {{signpost}}  required: where the page's content goes (in the template's <main>, say)
 *   {{title}}     the page's title, as text (e.g. `<title>{{title}} – Our Local Offer</title>`)
 *   {{head}}      the page's head tags (description, canonical link, styles, structured
 *                 data, the script); without it they go just before </head>
 *   {{lang}}      the page's language (en or cy), e.g. `<html lang="{{lang}}">`
 *
 * Without {{title}}, a <title> goes in with the head tags.
 */
import { escape } from './html.js';

export const DEFAULT_TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
{{head}}
</head>
<body class="signpost-page">
<main>
{{signpost}}
</main>
</body>
</html>
`;

export interface PageParts {
  title: string;
  /** HTML for the head (already escaped). */
  head: string;
  /** HTML for the content (already escaped). */
  body: string;
  lang: string;
}

/** A template checked once: a plain message when it cannot take a page. */
export function checkTemplate(template: string): string {
  if (!template.includes('{{signpost}}')) throw new Error('The page template has no {{signpost}} placeholder: put it where the service should appear (inside <main>, say).');
  if (!template.includes('{{head}}') && !/<\/head>/i.test(template)) {
    throw new Error('The page template has neither a {{head}} placeholder nor a </head> tag: the page’s title, description and structured data need a place.');
  }
  return template;
}

export function fillTemplate(template: string, parts: PageParts): string {
  const head = template.includes('{{title}}') ? parts.head : `<title>${escape(parts.title)}</title>\n${parts.head}`;
  const withHead = template.includes('{{head}}') ? template : template.replace(/<\/head>/i, '{{head}}\n</head>');
  // One pass, so that text a feed wrote ("{{signpost}}" in a name) is never read as a placeholder.
  return withHead.replace(/\{\{(signpost|title|head|lang)\}\}/g, (_m, name: string) =>
    name === 'signpost' ? parts.body : name === 'title' ? escape(parts.title) : name === 'head' ? head : parts.lang,
  );
}
