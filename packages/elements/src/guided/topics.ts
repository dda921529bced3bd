/**
 * The topics of the guided start ("What do you need help with?"), each a plain label over
 * some of the directory's terms. A host names its own (the `topics` attribute, JSON) by
 * term id or name; without them, sensible ones for the LGA needs vocabulary are found in
 * the directory's own vocabularies by their terms' names, and a topic the directory has
 * no term for is not offered.
 */
import type { Vocabulary } from '@signpost/core';
import type { I18n, StringKey } from '../shared/i18n.js';

/** A topic ready to offer: its words in the page's language and the term ids it stands for. */
export interface Topic {
  id: string;
  label: string;
  hint?: string | undefined;
  terms: string[];
}

/** A host's topic: `label` (and `hint`) in words, or by language ({"en": "...", "cy": "..."}); `terms` by id or name. */
interface HostTopic {
  id?: unknown;
  label?: unknown;
  hint?: unknown;
  terms?: unknown;
}

/** The default topics, with the words their terms' names hold (the LGA needs list first, then any vocabulary). */
export const DEFAULT_TOPICS: ReadonlyArray<{ id: string; words: readonly string[] }> = [
  { id: 'money', words: ['money', 'debt', 'benefit'] },
  { id: 'food', words: ['food'] },
  { id: 'home', words: ['somewhere to live', 'housing', 'homeless'] },
  { id: 'parenting', words: ['being a parent', 'parenting'] },
  { id: 'send', words: ['send support', 'special educational', 'additional needs'] },
  { id: 'wellbeing', words: ['mental', 'wellbeing'] },
  { id: 'health', words: ['physical health', 'healthy'] },
  { id: 'activities', words: ['having fun', 'keeping active', 'leisure', 'things to do'] },
  { id: 'caring', words: ['caring for someone', 'break from caring', 'carers'] },
  { id: 'childcare', words: ['childcare'] },
  { id: 'work', words: ['finding work', 'learning and education', 'employment', 'training'] },
  { id: 'lonely', words: ['lonely', 'isolated', 'befriending'] },
  { id: 'safety', words: ['keeping safe', 'abuse'] },
];

/** Vocabularies in the order topics look in them: needs first (the LGA needs list). */
function byPreference(vocabularies: readonly Vocabulary[]): Vocabulary[] {
  const needs = (v: Vocabulary) => /need/i.test(`${v.id} ${v.name}`) && !/send|special/i.test(v.name);
  return [...vocabularies.filter(needs), ...vocabularies.filter((v) => !needs(v))];
}

/** Default topics for these vocabularies: each with the terms of the first vocabulary whose names hold its words. */
export function defaultTopics(vocabularies: readonly Vocabulary[], i18n: I18n): Topic[] {
  const ordered = byPreference(vocabularies);
  return DEFAULT_TOPICS.flatMap(({ id, words }) => {
    for (const vocabulary of ordered) {
      const terms = vocabulary.terms.filter((t) => words.some((w) => t.name.toLowerCase().includes(w))).map((t) => t.id);
      if (terms.length) return [{ id, label: i18n.t(`topic_${id}` as StringKey), hint: i18n.t(`topicHint_${id}` as StringKey), terms }];
    }
    return [];
  });
}

function inLanguage(value: unknown, lang: string): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object') {
    const words = (value as Record<string, unknown>)[lang] ?? (value as Record<string, unknown>)['en'];
    return typeof words === 'string' ? words.trim() || undefined : undefined;
  }
  return undefined;
}

/**
 * The host's topics (JSON), their terms named by id or by name; undefined when none are
 * given, and an empty list when what is given cannot be read (the finder says so to a
 * site owner with debug).
 */
export function hostTopics(json: string, vocabularies: readonly Vocabulary[], i18n: I18n): Topic[] | undefined {
  if (!json.trim()) return undefined;
  let given: unknown;
  try {
    given = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(given)) return [];
  const all = vocabularies.flatMap((v) => v.terms);
  const termOf = (wanted: string) => all.find((t) => t.id === wanted)?.id ?? all.find((t) => t.name.toLowerCase() === wanted.toLowerCase())?.id ?? (all.length ? undefined : wanted);
  return (given as HostTopic[]).slice(0, 24).flatMap((topic, i) => {
    const label = inLanguage(topic?.label, i18n.lang);
    const terms = (Array.isArray(topic?.terms) ? topic.terms : []).filter((t): t is string => typeof t === 'string').map(termOf).filter((t): t is string => Boolean(t));
    if (!label || !terms.length) return [];
    const id = typeof topic.id === 'string' && topic.id ? topic.id.slice(0, 100) : `topic-${i + 1}`;
    return [{ id, label, hint: inLanguage(topic.hint, i18n.lang), terms: [...new Set(terms)] }];
  });
}
