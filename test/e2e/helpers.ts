/** Helpers for end-to-end journeys through a real signpost-finder and the sample API at /api. */
import { fixture } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';

export const DIALECTS = ['v1', 'v3'] as const;

// Requests are counted from resource timing entries: keep them all.
performance.setResourceTimingBufferSize(100_000);

export async function mountFinder(dialect: string, attrs: Record<string, string> = {}): Promise<SignpostFinder> {
  const el = document.createElement('signpost-finder');
  el.setAttribute('endpoint', `/api/${dialect}`);
  el.setAttribute('geocoder', '/api');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await fixture(el);
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

/** The distances the cards show, in miles ("Less than 0.1" as 0), in card order. */
export function cardDistances(finder: HTMLElement): number[] {
  return [...results(finder).querySelectorAll('li.card .fact dd')]
    .map((dd) => /([\d.]+) miles? away|Less than 0.1/.exec(dd.textContent ?? ''))
    .filter(Boolean)
    .map((m) => (m![1] ? Number(m![1]) : 0));
}

export function countText(finder: HTMLElement): string {
  return results(finder).querySelector('[role="status"]')!.textContent!.trim();
}

/** Wait until the finder's search has finished and its children have rendered the outcome. */
export async function settled(finder: SignpostFinder): Promise<void> {
  await finder.searchComplete;
  const children = finder.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*');
  await Promise.all([...children].map((c) => c.updateComplete));
}

/** The API requests made so far whose path contains `fragment`. */
export function apiRequests(fragment: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(fragment));
}
