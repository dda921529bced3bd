/** The snapshot's search index, built with MiniSearch as the browser will load it. */
import MiniSearch from 'minisearch';
import { descriptionText, type Service } from '@signpost/core';
import { INDEX_OPTIONS, TEXT_FIELDS, type SnapshotText, type TextField, type TextShard } from '@signpost/core/snapshot';

export type SearchDocument = Record<TextField, string> & { ordinal: number };

/** What is searched of a service: its name, needs, organisation, places and description. */
export function searchDocument(s: Service, ordinal: number): SearchDocument {
  const doc = {
    ordinal,
    name: s.name,
    terms: s.terms.map((t) => t.name).join(' '),
    organisation: s.organisation?.name ?? '',
    place: s.locations.flatMap((l) => [l.name ?? '', ...l.addresses.flatMap((a) => [...a.lines, a.city ?? ''])]).join(' '),
    description: descriptionText(s.description),
  };
  return doc satisfies Record<TextField, string> & { ordinal: number };
}

export interface BuiltIndex {
  head: SnapshotText['head'];
  /** Per field (by field id), each document's length, by ordinal. */
  fieldLength: number[][];
  /** Every term with its postings, sorted by term. */
  entries: TextShard['index'];
}

export function textIndex(documents: SearchDocument[]): BuiltIndex {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  const json = index.toJSON();
  const fieldLength = TEXT_FIELDS.map((_, f) => documents.map((d) => json.fieldLength[d.ordinal]?.[f] ?? 0));
  documents.forEach((d) => {
    // The browser names documents by ordinal: MiniSearch's own numbering must be the same.
    if (json.documentIds[d.ordinal] !== d.ordinal) throw new Error('MiniSearch numbered the documents differently from their ordinals.');
  });
  const entries = (json.index as TextShard['index']).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    head: {
      documentCount: json.documentCount,
      nextId: json.nextId,
      fieldIds: json.fieldIds,
      averageFieldLength: json.averageFieldLength,
      serializationVersion: json.serializationVersion,
    },
    fieldLength,
    entries,
  };
}
