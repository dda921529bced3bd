import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The tags for a title at `level` (clamped to 2..5) and for its sections, one level below. */
export function headingTags(level: number): [StaticValue, StaticValue] {
  const i = Math.min(Math.max(Math.round(level) || 2, 2), 5) - 2;
  return [HEADINGS[i]!, HEADINGS[i + 1]!];
}
