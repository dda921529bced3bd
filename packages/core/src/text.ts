/**
 * Plain text from untrusted feed text (HTML, Markdown or plain) with no DOM and no
 * sanitiser, so reading a response needs neither and works under Trusted Types. Every
 * function here takes time in proportion to its input (no pattern can backtrack without
 * bound), and feed text is capped before any pattern sees it (`capText`). Turning a
 * description into HTML for display is `descriptionHtml` in `@signpost/core/sanitise`.
 */

/**
 * The longest description kept, in characters (UTF-16 units). A longer one is cut at a
 * safe point (not inside a tag, an entity or a character) and ends with "…".
 */
export const MAX_DESCRIPTION_LENGTH = 20_000;
/** The longest other free text kept: eligibility, fees, alerts, notes on places and times. */
export const MAX_TEXT_LENGTH = 2_000;
/** The longest name kept: of a service, organisation, place, contact, term or language. */
export const MAX_NAME_LENGTH = 300;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each lone surrogate replaced by U+FFFD, so encodeURIComponent and friends never throw. */
export function wellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  return native ? native.call(text) : text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The text, or its first `max` characters cut at a safe point and ended with "…": not
 * inside a tag or an entity, not between the halves of a character, at a space when one
 * is near the end.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const lt = cut.lastIndexOf('<');
  if (lt > cut.lastIndexOf('>')) cut = cut.slice(0, lt);
  const amp = cut.lastIndexOf('&');
  if (amp >= cut.length - 32 && amp > cut.lastIndexOf(';')) cut = cut.slice(0, amp);
  for (let i = cut.length - 1; i > cut.length * 0.9; i -= 1) {
    if (isSpace(cut.charCodeAt(i))) {
      cut = cut.slice(0, i);
      break;
    }
  }
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${trimEnd(cut)}…`;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/** The text without trailing spaces and the punctuation a cut leaves dangling. */
function trimEnd(text: string, alsoPunctuation = false): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1]!;
    if (!isSpace(c.charCodeAt(0)) && !(alsoPunctuation && ',;:.-'.includes(c))) break;
    end -= 1;
  }
  return text.slice(0, end);
}

// Each pattern below is linear: no two quantifiers can claim the same characters, and
// each scan stops at the next character that could start another match.
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const HTML_BLOCK = /<(?:p|div|ul|ol|li|br|h[1-6]|table|span)[\s/>]/i;
const HTML_ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
const MARKDOWN = /(?:^|\n)[ \t]{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}\.\s|>\s)|\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^[\]\n]+\]\([^()\s]+\)/;

export type TextFormat = 'html' | 'markdown' | 'plain';

/** Guess what a description is written in. */
export function detectFormat(text: string): TextFormat {
  // Editor HTML is HTML even when a line happens to start with "- "; Markdown may carry stray tags.
  if (HTML_BLOCK.test(text)) return 'html';
  if (MARKDOWN.test(text)) return 'markdown';
  if (HTML_TAG.test(text) || HTML_ENTITY.test(text)) return 'html';
  return 'plain';
}

/** The named character references feeds use, and the accented letters of Welsh and its neighbours. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  hellip: '…', bull: '•', middot: '·', laquo: '«', raquo: '»', ensp: ' ', emsp: ' ', thinsp: ' ',
  pound: '£', euro: '€', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°', sect: '§', para: '¶',
  times: '×', divide: '÷', plusmn: '±', minus: '−', frac12: '½', frac14: '¼', frac34: '¾',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø',
};
const ACCENTS: Array<[string, string, string]> = [
  ['acute', '\u0301', 'aeiouyAEIOUY'],
  ['grave', '\u0300', 'aeiouAEIOU'],
  ['circ', '\u0302', 'aeiouwyAEIOUWY'],
  ['uml', '\u0308', 'aeiouyAEIOUY'],
  ['tilde', '\u0303', 'anoANO'],
  ['cedil', '\u0327', 'cC'],
  ['ring', '\u030a', 'aA'],
];
for (const [name, mark, letters] of ACCENTS) {
  for (const letter of letters) NAMED_ENTITIES[`${letter}${name}`] = `${letter}${mark}`.normalize('NFC');
}
/** What HTML makes of &#128; to &#159;: the Windows-1252 characters Word pastes. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Numeric character references and the common named ones decoded; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    return Object.hasOwn(NAMED_ENTITIES, name!) ? NAMED_ENTITIES[name!]! : whole;
  });
}

/** Elements that end a line of text: each becomes a space. */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(' '),
);
/** Elements whose content is never text a person reads. */
const HIDDEN = new Set('audio head iframe math noembed noframes noscript object script style svg template textarea title video xmp'.split(' '));
const TAG_START = /[a-zA-Z/!?]/;

/**
 * The text of an HTML fragment, with no DOM: tags dropped (block boundaries become spaces),
 * comments and hidden content (script, style, template...) dropped, entities decoded,
 * whitespace collapsed. One pass; a tag left open at the end drops the rest, as a browser does.
 */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (!TAG_START.test(html[lt + 1] ?? '')) {
      out += '<'; // "a < b", "<3"
      i = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = tagEnd(html, lt);
    if (gt < 0) break;
    const name = tagName(html, lt);
    const closing = html[lt + 1] === '/';
    if (BLOCKS.has(name)) out += ' ';
    i = gt + 1;
    if (!closing && HIDDEN.has(name)) {
      const close = closingTag(html, name, i);
      i = close < 0 ? n : close;
    }
  }
  return collapse(decodeEntities(out));
}

/** The index of the `>` ending the tag that starts at `lt` (quotes respected), or -1. */
function tagEnd(html: string, lt: number): number {
  let quote = '';
  let previous = '';
  for (let j = lt + 1; j < html.length; j += 1) {
    const c = html[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && previous === '=') {
      quote = c;
    } else if (c === '>') {
      return j;
    }
    if (c !== ' ') previous = c;
  }
  return -1;
}

function tagName(html: string, lt: number): string {
  let j = html[lt + 1] === '/' ? lt + 2 : lt + 1;
  const start = j;
  while (j < html.length && /[a-zA-Z0-9]/.test(html[j]!)) j += 1;
  return html.slice(start, j).toLowerCase();
}

/** Where `</name` starts at or after `from`, ignoring case, or -1. */
function closingTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

const MARKDOWN_BLOCK = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm;
const MARKDOWN_LINK = /!?\[([^[\]\n]*)\]\([^()\s]*(?:[ \t]+"[^"\n]*")?\)/g;
const MARKDOWN_MARKS = /\*\*|__|`|(?<=^|\s)[*_](?=\S)|(?<=\S)[*_](?=\s|$|[.,;:!?])/gm;

/** The words of Markdown: heading, list and quote markers, emphasis and link targets dropped. */
export function markdownToText(markdown: string): string {
  return markdown.replace(MARKDOWN_BLOCK, '').replace(MARKDOWN_LINK, '$1').replace(MARKDOWN_MARKS, '');
}

/** A description, whatever it is written in, as plain text on one line. */
export function descriptionText(description: string): string {
  const format = detectFormat(description);
  if (format === 'html') return htmlToText(description);
  if (format === 'markdown') return htmlToText(markdownToText(description));
  return collapse(description);
}

/** A short summary of plain text: whole sentences up to `max` characters, else a cut at a word. */
export function summarise(text: string, max = 160): string {
  const clean = collapse(text);
  if (clean.length <= max) return clean;
  let end = 0;
  for (let i = 0; i < max; i += 1) {
    const c = clean[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === clean.length || clean[i + 1] === ' ')) end = i + 1;
  }
  if (end > 0) return clean.slice(0, end);
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${trimEnd(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut, true)}…`;
}

/**
 * Plain text from any untrusted string field, at most `max` characters: HTML is reduced
 * to its text; Markdown and plain text are kept as written, on one line. Never HTML.
 */
export function plainText(value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = capText(wellFormed(String(value)), max);
  const out = detectFormat(text) === 'html' ? htmlToText(text) : collapse(text);
  return out || undefined;
}
