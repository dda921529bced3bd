/**
 * Words that mean the same to the people searching a Local Offer or a family hub: a
 * search for any of a group finds services that use any other ("ASD" finds autism, "SEN"
 * finds SEND). A table per language; both apply, since people on Welsh pages search in
 * English too (so the Welsh table leaves out words that are also English words). Hosts
 * add their own groups.
 */
import { stem, words } from './words.js';

/** Groups of words or phrases that mean the same, e.g. [["ASD", "autism", "autistic"]]. */
export type SynonymGroups = string[][];

export const SYNONYMS: Record<'en' | 'cy', SynonymGroups> = {
  en: [
    ['ASD', 'ASC', 'autism', 'autistic', 'Asperger'],
    ['SEN', 'SEND', 'special educational needs', 'SENCO', 'ALN', 'additional learning needs'],
    ['EHCP', 'EHC plan', 'education health and care plan'],
    ['ADHD', 'attention deficit'],
    ['CAMHS', 'mental health'],
    ['short breaks', 'respite'],
    ['deaf', 'hearing impairment', 'hearing loss'],
    ['blind', 'visual impairment', 'sight loss', 'partially sighted'],
    ['learning disability', 'learning disabilities', 'LD'],
    ['SLCN', 'speech and language'],
    ['SEMH', 'social emotional and mental health'],
    ['SpLD', 'dyslexia', 'dyspraxia', 'specific learning difficulty'],
    ['OT', 'occupational therapy'],
    ['physio', 'physiotherapy'],
    ['PIP', 'personal independence payment'],
    ['DLA', 'disability living allowance'],
    ['food bank', 'foodbank'],
    ['nursery', 'preschool', 'pre-school'],
    ['counselling', 'counseling'],
    ['GP', 'doctor'],
  ],
  cy: [
    ['awtistiaeth', 'awtistig', 'autism'],
    ['ADY', 'anghenion dysgu ychwanegol', 'ALN', 'SEN'],
    ['AAA', 'anghenion addysgol arbennig', 'SEN'],
    ['iechyd meddwl', 'mental health'],
    ['pêl-droed', 'football'],
    ['nofio', 'swimming'],
    ['meithrinfa', 'nursery'],
    ['gofal plant', 'childcare'],
    ['byddar', 'deaf'],
    ['banc bwyd', 'food bank'],
    ['seibiant byr', 'short breaks'],
    ['gofalwyr', 'gofalwr', 'carers'],
    ['anabledd', 'anableddau', 'disability'],
    ['clwb ieuenctid', 'youth club'],
    ['cwnsela', 'counselling'],
    ['rhianta', 'parenting'],
    ['teuluoedd', 'families'],
  ],
};

const isGroups = (value: unknown): value is SynonymGroups =>
  Array.isArray(value) && value.every((group) => Array.isArray(group) && group.every((phrase) => typeof phrase === 'string'));

/**
 * Groups as given, or read from their JSON (e.g. an attribute's value); JSON that is not
 * groups of words is ignored with a warning, never thrown.
 */
export function synonymsOf(given: SynonymGroups | string): SynonymGroups {
  if (typeof given !== 'string') return given;
  try {
    const groups: unknown = JSON.parse(given);
    if (isGroups(groups)) return groups;
  } catch {
    // said below
  }
  console.warn(`[signpost] synonyms ignored: ${given.slice(0, 80)} is not JSON groups of words, e.g. [["footy", "football"]].`);
  return [];
}

/** A phrase as the index sees it: its words' stems. */
const keyOf = (phrase: string[]) => phrase.map(stem).join(' ');

export class Synonyms {
  /** Stemmed phrase -> the phrases (as words) that mean the same. */
  readonly #alternatives = new Map<string, string[][]>();
  #longest = 1;

  constructor(groups: SynonymGroups = []) {
    this.add(groups);
  }

  /** Add groups; a phrase already in a group gains the new group's phrases too. */
  add(groups: SynonymGroups): void {
    for (const group of groups) {
      const phrases = group.map((p) => words(String(p))).filter((p) => p.length > 0);
      for (const phrase of phrases) {
        const key = keyOf(phrase);
        const known = this.#alternatives.get(key) ?? [];
        const fresh = phrases.filter((p) => keyOf(p) !== key && !known.some((k) => keyOf(k) === keyOf(p)));
        this.#alternatives.set(key, [...known, ...fresh]);
        this.#longest = Math.max(this.#longest, phrase.length);
      }
    }
  }

  /** The longest phrase starting at `words[start]` that has synonyms, with them. */
  match(list: string[], start: number): { length: number; alternatives: string[][] } | undefined {
    for (let length = Math.min(this.#longest, list.length - start); length >= 1; length -= 1) {
      const alternatives = this.#alternatives.get(keyOf(list.slice(start, start + length)));
      if (alternatives?.length) return { length, alternatives };
    }
    return undefined;
  }
}
