/**
 * The detail's own styles for its static form: a harvested page puts the detail's markup
 * inside `<signpost-service>` as light DOM (read by crawlers and by browsers without
 * JavaScript), styled by these rules, which are the element's shadow styles scoped to the
 * element (`:host` becomes the element, every other selector is looked for inside it). So
 * the static page and the element's first render lay out the same way, and the upgrade does
 * not move the page.
 */
import { controlStyles, hostStyles } from '../shared/styles.js';
import { serviceStyles } from './service.styles.js';

/** `text` split at top-level commas (not those inside parentheses, as in `:is(p, ul)`). */
function splitSelectors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

function scopeSelector(selector: string, scope: string): string {
  if (selector.startsWith(':host(')) {
    let depth = 0;
    for (let i = 5; i < selector.length; i += 1) {
      if (selector[i] === '(') depth += 1;
      else if (selector[i] === ')' && --depth === 0) return `${scope}${selector.slice(6, i)}${selector.slice(i + 1)}`;
    }
  }
  if (selector.startsWith(':host')) return `${scope}${selector.slice(5)}`;
  return `${scope} ${selector}`;
}

/** Shadow-root CSS as light-DOM CSS for the elements matching `scope`. */
function scopeCss(css: string, scope: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth; j += 1) {
      if (text[j] === '{') depth += 1;
      else if (text[j] === '}') depth -= 1;
    }
    const body = text.slice(open + 1, j - 1).trim();
    if (/^@(media|supports|container)/.test(prelude)) out += `${prelude}{${scopeCss(body, scope)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else out += `${splitSelectors(prelude).map((s) => scopeSelector(s, scope)).join(',')}{${body.replace(/\s+/g, ' ')}}`;
    i = j;
  }
  return out;
}

/** The detail's styles for its static markup inside `signpost-service` (see above). */
export function staticDetailCss(): string {
  return [hostStyles, controlStyles, serviceStyles].map((s) => scopeCss(s.cssText, 'signpost-service')).join('\n');
}
