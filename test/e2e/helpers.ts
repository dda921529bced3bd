/** Helpers for end-to-end journeys through a real signpost-finder and the sample API at /api. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';

export const DIALECTS = ['v1', 'v3'] as const;

export async function mountFinder(dialect: string, attrs: Record<string, string> = {}): Promise<SignpostFinder> {
  const el = await fixture<SignpostFinder>(html`<signpost-finder endpoint="/api/${dialect}" geocoder="/api"></signpost-finder>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await settled(el);
  return el;
}

/** Deep query through the finder's and its children's shadow roots. */
export function part<T extends Element = HTMLElement>(finder: HTMLElement, path: string[]): T {
  let root: ParentNode = finder.shadowRoot!;
  let found: Element | null = null;
  for (const [i, selector] of path.entries()) {
    found = root.querySelector(selector);
    if (!found) throw new Error(`nothing at ${path.slice(0, i + 1).join(' > ')}`);
    root = found.shadowRoot ?? found;
  }
  return found as T;
}

export function results(finder: HTMLElement): ShadowRoot {
  return part(finder, ['signpost-results']).shadowRoot!;
}

export function cardNames(finder: HTMLElement): string[] {
  return [...results(finder).querySelectorAll('li.card h3 a')].map((a) => a.textContent!.trim());
}

export function countText(finder: HTMLElement): string {
  return results(finder).querySelector('[role="status"]')!.textContent!.trim();
}

/** Wait until the finder has finished searching (status text no longer "Searching…"). */
export async function settled(finder: HTMLElement, timeout = 8000): Promise<void> {
  await waitUntil(
    () => {
      const r = finder.shadowRoot?.querySelector('signpost-results')?.shadowRoot;
      const status = r?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
      return status !== '' && !/Searching|Yn chwilio/.test(status);
    },
    'finder did not settle',
    { timeout, interval: 20 },
  );
}

/** The API requests made so far whose path contains `fragment`. */
export function apiRequests(fragment: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(fragment));
}
