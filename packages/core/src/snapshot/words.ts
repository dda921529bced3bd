/**
 * Words for the snapshot's search index, the same in the harvester (which builds the
 * index) and in the browser (which queries it): folded to lower case without accents,
 * common words dropped, and each word kept both as written and as its Porter stem, so
 * "clubs" finds "club", "swimming" finds "swim", and "swimmi" still finds "swimming".
 */
import type { Options, Query, SearchOptions } from 'minisearch';
import { stemmer } from 'stemmer';
import type { Synonyms } from './synonyms.js';

/** The fields of a service that are searched, best first. */
export const TEXT_FIELDS = ['name', 'terms', 'organisation', 'place', 'description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Names count most, then needs, organisations, places and descriptions. */
const BOOST: Record<TextField, number> = { name: 5, terms: 2, organisation: 1.5, place: 1, description: 1 };

/** Words too common to search by (English and Welsh). */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or our so that the their them they this to was ' +
    'we were what when which who will with you your ' +
    'ac am ar at dan gan i mae o oes yn yr y ei eu ein eich hi ef nhw ni chi fy dy sy sydd hefyd neu ond'
  ).split(' '),
);

/** Lower case, accents and apostrophes gone: "Pêl-droed" -> "pêl-droed" -> "pel-droed". */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '');
}

const SPLIT = /[^\p{L}\p{N}'’]+/u;

/** Whether a folded word is searched by: not empty, not a common word, not a lone letter. */
const searchable = (word: string) => word !== '' && !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word));

/** The searchable words of a text, folded, without common words or lone letters. */
export function words(text: string): string[] {
  return text.split(SPLIT).map(fold).filter(searchable);
}

export function stem(word: string): string {
  return /^\p{L}+$/u.test(word) ? stemmer(word) : word;
}

/** A word's index terms: its stem, and the word itself when the stem differs. */
function termsOf(token: string): string[] | null {
  const word = fold(token);
  if (!searchable(word)) return null;
  const stemmed = stem(word);
  return stemmed === word ? [word] : [stemmed, word];
}

/** MiniSearch options, identical when building and when loading the index. */
export const INDEX_OPTIONS: Options = {
  fields: [...TEXT_FIELDS],
  idField: 'ordinal',
  tokenize: (text) => text.split(SPLIT),
  processTerm: termsOf,
};

/** Prefix matching for words of four letters or more ("footb" finds football, "sen" is not "senior"). */
const SEARCH_OPTIONS: SearchOptions = { boost: BOOST, prefix: (term) => term.length >= 4 };

/**
 * The query for a person's words: every word must match (or one of its synonyms), each as
 * written or stemmed, as a prefix when long enough. Undefined when no word is left to search.
 */
export function textQuery(text: string, synonyms: Synonyms): Query | undefined {
  const list = words(text);
  if (!list.length) return undefined;
  const queries: Query[] = [];
  for (let i = 0; i < list.length; ) {
    const match = synonyms.match(list, i);
    const span = match?.length ?? 1;
    const own = phraseQuery(list.slice(i, i + span));
    queries.push(match ? { ...SEARCH_OPTIONS, combineWith: 'OR', queries: [own, ...match.alternatives.map(phraseQuery)] } : own);
    i += span;
  }
  return { ...SEARCH_OPTIONS, combineWith: 'AND', queries };
}

/** All words of a phrase; each word matched in any of its forms. */
function phraseQuery(phrase: string[]): Query {
  const each: Query[] = phrase.map((w) => ({ ...SEARCH_OPTIONS, combineWith: 'OR', queries: [w] }));
  return each.length === 1 ? each[0]! : { ...SEARCH_OPTIONS, combineWith: 'AND', queries: each };
}

/** The first letters of every index term a query could reach, for choosing which slices to load. */
export function queryTerms(query: Query): Array<{ term: string; prefix: boolean }> {
  if (typeof query === 'string') {
    return (termsOf(query) ?? []).map((term) => ({ term, prefix: term.length >= 4 }));
  }
  if (typeof query === 'symbol') return [];
  return query.queries.flatMap(queryTerms);
}
