/**
 * `@signpost/core/sanitise`: untrusted text turned into HTML that is safe to show. Kept out
 * of the main entry so that a page loads DOMPurify only when it shows a description (a
 * service's detail) or tile credits (a map), and Markdown's renderer only for Markdown.
 *
 * Under Trusted Types DOMPurify parses through its own policy, named `dompurify`; the
 * string returned is put on the page by Lit's `unsafeHTML`, through Lit's policy
 * `lit-html`. A strict page allows both: `trusted-types lit-html dompurify`.
 */
import DOMPurify from 'dompurify';
import { MAX_DESCRIPTION_LENGTH, capText, detectFormat } from './text.js';
import { safeLinkUrl } from './url.js';

const CONFIG = {
  ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'],
  ALLOWED_ATTR: ['href'],
  ADD_ATTR: ['rel'],
  KEEP_CONTENT: true,
  ALLOW_DATA_ATTR: false,
  FORBID_TAGS: ['style', 'script', 'template', 'noscript'],
};

let purifier: ReturnType<typeof DOMPurify> | undefined;
let given: Parameters<typeof DOMPurify>[0] | undefined;

/**
 * The window to sanitise in where there is no global one (in Node, a jsdom window: the
 * harvester's static pages). Set it before the first description.
 */
export function useSanitiserWindow(window: Parameters<typeof DOMPurify>[0]): void {
  given = window;
  purifier = undefined;
}

function getPurifier(): ReturnType<typeof DOMPurify> | undefined {
  if (purifier) return purifier;
  const win = given ?? (typeof window === 'undefined' ? undefined : window);
  if (!win) return undefined;
  const p = DOMPurify(win);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = safeLinkUrl(node.getAttribute('href'));
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    } else {
      node.removeAttribute('href');
    }
  });
  purifier = p;
  return p;
}

/**
 * HTML cut down to the allow-list: paragraphs, line breaks, lists, emphasis and safe links
 * (http, https, mailto and tel only, each with rel="noopener noreferrer nofollow"). With no
 * DOM to sanitise with (Node), the text is escaped instead.
 */
export function sanitiseHtml(html: string): string {
  const p = getPurifier();
  if (!p) return escapeHtml(html);
  return p.sanitize(html, CONFIG).trim();
}

/**
 * The same allow-list, as nodes to append: for places that build the DOM themselves (the
 * map's credits), so no HTML string is assigned anywhere. Browser only.
 */
export function sanitisedFragment(html: string): DocumentFragment {
  const p = getPurifier();
  if (!p) throw new Error('sanitisedFragment needs a browser');
  return p.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function plainToHtml(text: string): string {
  return text
    .split(/\n[ \t\r\f\v]*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

let renderMarkdown: Promise<((markdown: string) => string) | undefined> | undefined;

/** Markdown's renderer, loaded once (its own chunk); undefined if it cannot be loaded (tried again next time). */
function markdownRenderer(): Promise<((markdown: string) => string) | undefined> {
  renderMarkdown ??= import('marked').then(
    ({ marked }) => (markdown: string) => marked.parse(markdown, { async: false, gfm: true }) as string,
    () => {
      renderMarkdown = undefined;
      return undefined;
    },
  );
  return renderMarkdown;
}

/**
 * A description as given by a feed (HTML, Markdown or plain text; untrusted) as sanitised
 * HTML: plain text in escaped paragraphs, Markdown rendered (headings as bold paragraphs, so
 * the host page's outline holds), and everything through the allow-list of `sanitiseHtml`.
 * If Markdown's renderer cannot be loaded, Markdown is shown as escaped plain text.
 */
export async function descriptionHtml(description: string): Promise<string> {
  const text = capText(description, MAX_DESCRIPTION_LENGTH).trim();
  if (!text) return '';
  const format = detectFormat(text);
  const render = format === 'markdown' ? await markdownRenderer() : undefined;
  if (format === 'plain' || (format === 'markdown' && !render)) return plainToHtml(text);
  const html = render ? render(text) : text;
  return sanitiseHtml(html.replace(/<h[1-6]>/gi, '<p><strong>').replace(/<\/h[1-6]>/gi, '</strong></p>'));
}
