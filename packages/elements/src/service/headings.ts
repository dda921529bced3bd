import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The tags for a title at `level` (clamped to 1..5; 1 for a page of its own) and for its sections, one level below. */
export function headingTags(level: number): [StaticValue, StaticValue] {
  const i = Math.min(Math.max(Math.round(level) || 2, 1), 5) - 1;
  return [HEADINGS[i]!, HEADINGS[i + 1]!];
}
