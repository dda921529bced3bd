/**
 * Turning untrusted description text (HTML, Markdown or plain) into sanitised HTML and a
 * short plain-text summary. DOMPurify does the sanitising with a tight allow-list;
 * marked renders Markdown, whose output is sanitised the same way. Markdown is rare in
 * feeds, so marked is loaded (its own chunk) only when a response carries some: see
 * prepareMarkdown. Until it is loaded, Markdown is shown as plain text.
 */
import DOMPurify from 'dompurify';
import { safeLinkUrl } from './url.js';

const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'];
const ALLOWED_ATTR = ['href'];

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
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

/** Sanitise HTML to the allow-list: paragraphs, line breaks, lists, emphasis and safe links. */
export function sanitiseHtml(html: string): string {
  return getPurifier()
    .sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ADD_ATTR: ['rel'],
      KEEP_CONTENT: true,
      ALLOW_DATA_ATTR: false,
      FORBID_TAGS: ['style', 'script', 'template', 'noscript'],
    })
    .trim();
}

const HTML_TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;
const HTML_BLOCK = /<(p|div|ul|ol|li|br|h[1-6]|table|span)[\s/>]/i;
const HTML_ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const MARKDOWN = /(^|\n)\s{0,3}(#{1,6}\s|[-*+]\s|\d+\.\s|>\s)|\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]+\]\([^)\s]+\)/;

export type TextFormat = 'html' | 'markdown' | 'plain';

/** Guess what a description is written in. */
export function detectFormat(text: string): TextFormat {
  // Editor HTML is HTML even when a line happens to start with "- "; Markdown may carry stray tags.
  if (HTML_BLOCK.test(text)) return 'html';
  if (MARKDOWN.test(text)) return 'markdown';
  if (HTML_TAG.test(text) || HTML_ENTITY.test(text)) return 'html';
  return 'plain';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function plainToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

let renderMarkdown: ((markdown: string) => string) | undefined;
let markdownLoading: Promise<void> | undefined;

/** Load the Markdown renderer, once; if it cannot be loaded, Markdown stays plain text. */
export function loadMarkdown(): Promise<void> {
  markdownLoading ??= import('marked').then(
    ({ marked }) => {
      renderMarkdown = (markdown) => marked.parse(markdown, { async: false, gfm: true }) as string;
    },
    () => {
      markdownLoading = undefined; // try again with the next response that needs it
    },
  );
  return markdownLoading;
}

/** Whether a description in this raw response (at any depth) is written in Markdown. */
function hasMarkdownDescription(value: unknown, depth = 0): boolean {
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasMarkdownDescription(v, depth + 1));
  return Object.entries(value).some(([key, v]) =>
    key === 'description' && typeof v === 'string' ? detectFormat(v) === 'markdown' : hasMarkdownDescription(v, depth + 1),
  );
}

/** Before parsing a response: load the Markdown renderer if any description needs it. */
export async function prepareMarkdown(json: unknown): Promise<void> {
  if (!renderMarkdown && hasMarkdownDescription(json)) await loadMarkdown();
}

/** Any description, whatever it is written in, as sanitised HTML. */
export function descriptionToHtml(text: unknown): string {
  if (typeof text !== 'string' || !text.trim()) return '';
  const format = detectFormat(text);
  if (format === 'plain' || (format === 'markdown' && !renderMarkdown)) return plainToHtml(text);
  // Markdown headings would break the host page's outline: render them as strong paragraphs.
  const html = format === 'markdown' ? renderMarkdown!(text) : text;
  return sanitiseHtml(html.replace(/<h[1-6]>/gi, '<p><strong>').replace(/<\/h[1-6]>/gi, '</strong></p>'));
}

/** The text content of sanitised HTML, with block boundaries turned into spaces. */
export function htmlToText(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(
    html.replace(/<\/(p|li|ul|ol)>|<br\s*\/?>/gi, (m) => `${m} `),
    'text/html',
  );
  return (doc.body.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A short summary of plain text: whole sentences up to `max` characters, else a cut at a word. */
export function summarise(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > max) break;
    out += s;
  }
  if (out.trim()) return out.trim();
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Plain text from any untrusted string field (strips markup; never HTML). */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value);
  if (!text.trim()) return undefined;
  const out = detectFormat(text) === 'html' ? htmlToText(sanitiseHtml(text)) : text.replace(/\s+/g, ' ').trim();
  return out || undefined;
}

/**
 * A readable label from an identifier-like vocabulary name ("esdServiceTypes" -> "Service
 * types", "send_needs" -> "Send needs"); names that already read as words are kept. The
 * "esd"/"lga" prefixes are the LGA standards' namespaces, meaningless to families.
 */
export function readableName(name: string): string {
  const trimmed = name.trim();
  if (/\s/.test(trimmed) || !/[a-z][A-Z]|_|-/.test(trimmed)) return trimmed;
  const words = trimmed
    .replace(/^(esd|lga)(?=[A-Z_-])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const text = words.join(' ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : trimmed;
}
