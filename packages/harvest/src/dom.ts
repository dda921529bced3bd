/**
 * Core sanitises descriptions with DOMPurify and reads text with DOMParser, both of which
 * need a DOM. Node has none, so the harvester lends core a jsdom window before it reads
 * any feed (the way DOMPurify itself advises for Node).
 */
import { JSDOM } from 'jsdom';

export function provideDom(): void {
  const g = globalThis as { window?: unknown; DOMParser?: unknown };
  if (g.window && g.DOMParser) return;
  const { window } = new JSDOM('');
  g.window = window;
  g.DOMParser = window.DOMParser;
}
