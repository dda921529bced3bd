/** The need terms' hierarchy: which term is above which, as the feeds' vocabularies and services say it. */
import type { Service, TaxonomyTerm } from '@signpost/core';

/** Each term's parent, by id: the vocabularies' terms first, then the services' (the first word on a term wins). */
export function termParents(vocabularyTerms: readonly TaxonomyTerm[], services: readonly Service[]): Map<string, string> {
  const parent = new Map<string, string>();
  for (const t of [...vocabularyTerms, ...services.flatMap((s) => s.terms)]) {
    if (t.parentId && !parent.has(t.id)) parent.set(t.id, t.parentId);
  }
  return parent;
}

/** A term's id, then the ids above it (at most 20 in all, so a loop in a feed's parents ends). */
export function* lineage(id: string, parent: ReadonlyMap<string, string>): Generator<string> {
  for (let at: string | undefined = id, depth = 0; at && depth < 20; at = parent.get(at), depth += 1) yield at;
}
