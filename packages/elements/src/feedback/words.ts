/** A report's route and contents in the person's words: who receives it, what it will carry. */
import {
  searchForReport,
  type FeedbackFilters,
  type FeedbackKind,
  type FeedbackReason,
  type FeedbackSearch,
  type ReportRoute,
  type ReportTextLabels,
} from '@signpost/core';
import { termNames, timeLabel } from '../shared/chips.js';
import type { FinderSearch } from '../shared/context.js';
import { accessLabel, ageLabel, dayName } from '../shared/format.js';
import { toTimeOfDay } from '../shared/time-of-day.js';
import type { I18n } from '../shared/i18n.js';
import { effectiveFilters } from '../shared/state.js';

/** Who receives the report ("the Family Information Service"), and the sentence saying where it goes and what happens next. */
export function routeWords(route: ReportRoute, kind: FeedbackKind, i18n: I18n): { recipient: string; who: string } {
  const r = route.recipient;
  const recipient =
    r.kind === 'named'
      ? r.name
      : r.kind === 'directory'
        ? i18n.t('feedbackRecipientDirectory')
        : r.kind === 'address'
          ? r.email
          : r.kind === 'assurer'
            ? i18n.t('feedbackRecipientAssurer', { email: r.email })
            : i18n.t('feedbackRecipientService', { name: r.name, email: r.email });
  const unmet = kind === 'unmet-need';
  const key = route.endpoint
    ? unmet
      ? 'feedbackUnmetWho'
      : 'feedbackWhoDirectory'
    : route.handledBy === 'service'
      ? 'feedbackWhoService'
      : unmet
        ? 'feedbackUnmetWhoEmail'
        : 'feedbackWhoDirectoryEmail';
  return { recipient, who: i18n.t(key, { recipient }) };
}

/** What the finder was searching for, as a "can't find" report records it. */
export function feedbackSearch({ state, fixed, vocabularies }: FinderSearch): FeedbackSearch {
  const names = termNames(vocabularies);
  const { terms, ages } = effectiveFilters(state, fixed);
  return {
    text: state.text,
    postcode: state.postcode,
    radiusMiles: state.radiusMiles,
    needs: terms.map((id) => {
      const name = names.get(id);
      return name ? { id, name } : { id };
    }),
    ages,
    ...(state.day ? { day: state.day } : {}),
    ...(state.time ? { time: state.time } : {}),
    freeOnly: state.freeOnly,
    ...(state.access ? { access: state.access } : {}),
  };
}

/** What a "can't find" report will carry, in words (the person sees exactly what is sent). */
export function searchLines(search: FeedbackSearch | undefined, i18n: I18n): string[] {
  if (!search) return [];
  const { query, filters } = searchForReport(search);
  const lines: string[] = [];
  if (query?.text) lines.push(i18n.t('feedbackUnmetWords', { text: query.text }));
  if (filters?.needs?.length) lines.push(i18n.t('feedbackUnmetNeeds', { needs: filters.needs.map((n) => n.name ?? n.id).join(', ') }));
  const ages = filters?.ages ? ageLabel(filters.ages, i18n) : undefined;
  if (ages) lines.push(i18n.t('feedbackUnmetAges', { ages }));
  if (filters?.area) lines.push(i18n.t('feedbackUnmetArea', { area: filters.area }));
  for (const [label, value] of filters ? filterWords(filters, i18n) : []) lines.push(`${label}: ${value}`);
  return lines;
}

/** The day, time of day, cost and access filters of a report, labelled, in the person's words. */
function filterWords(filters: FeedbackFilters, i18n: I18n): Array<[string, string]> {
  const words: Array<[string, string]> = [];
  if (filters.day) words.push([i18n.t('dayLegend'), dayName(filters.day, i18n)]);
  const time = toTimeOfDay(filters.time);
  if (time) words.push([i18n.t('timeLegend'), timeLabel(time, i18n)]);
  if (filters.freeOnly) words.push([i18n.t('costLegend'), i18n.t('freeOnly')]);
  if (filters.access) words.push([i18n.t('accessLegend'), accessLabel(filters.access, i18n)]);
  return words;
}

/** The labels of the plain-text report (for email and "Copy report"), in the person's language. */
export function reportLabels(kind: FeedbackKind, i18n: I18n): ReportTextLabels {
  return {
    title: i18n.t(kind === 'unmet-need' ? 'feedbackTextTitleUnmet' : 'feedbackTextTitleListing'),
    service: i18n.t('feedbackTextService'),
    reason: i18n.t('feedbackTextReason'),
    reasonName: (r: FeedbackReason) => i18n.t(`feedbackReason_${r}`),
    message: i18n.t('feedbackTextMessage'),
    contact: i18n.t('feedbackTextContact'),
    noContact: i18n.t('feedbackTextNoContact'),
    words: i18n.t('feedbackTextWords'),
    needs: i18n.t('feedbackTextNeeds'),
    ages: i18n.t('feedbackTextAges'),
    agesName: (ages: { min?: number; max?: number }) => ageLabel(ages, i18n) ?? '',
    area: i18n.t('feedbackTextArea'),
    filters: (filters: FeedbackFilters) => filterWords(filters, i18n),
    page: i18n.t('feedbackTextPage'),
    endpoint: i18n.t('feedbackTextEndpoint'),
    reference: i18n.t('feedbackTextReference'),
    sentAt: i18n.t('feedbackTextSentAt'),
  };
}
