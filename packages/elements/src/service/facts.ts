/**
 * What a service's detail says, in words, apart from how it is drawn: the element's detail
 * (detail.ts) and the harvester's static pages (through `@signpost/elements/static`) say
 * the same things in the same order.
 */
import type { Contact, Phone, Service } from '@signpost/core';
import { accessLabel, ageLabel, costLabel, scheduleLines } from '../shared/format.js';
import type { I18n } from '../shared/i18n.js';

/** When: one line per schedule, and the schedules' own notes that say more than a line. */
export function whenFacts(service: Service, i18n: I18n): { lines: string[]; notes: string[] } | undefined {
  const lines = scheduleLines(service.schedules, i18n);
  const notes = service.schedules.map((s) => s.description).filter((d): d is string => Boolean(d) && !lines.includes(d!));
  return lines.length || notes.length ? { lines, notes } : undefined;
}

export interface ContactFacts {
  /** Phones beyond the first (the first is the detail's "Call" button). */
  phones: Phone[];
  people: Contact[];
  /** The organisation's own website, when it is not the service's. */
  organisation?: { name: string; url: string };
}

export function contactFacts(service: Service): ContactFacts | undefined {
  const people = service.contacts.filter((c) => c.name || c.email || c.phones.length);
  const phones = service.phones.slice(1);
  const org = service.organisation;
  const organisation = org?.url && org.url !== service.url ? { name: org.name, url: org.url } : undefined;
  if (!people.length && !phones.length && !organisation) return undefined;
  return { phones, people, ...(organisation ? { organisation } : {}) };
}

/** A contact's name and title, as one line. */
export function contactName(contact: Contact): string {
  return [contact.name, contact.title].filter(Boolean).join(', ');
}

/** What it costs: the summary ("Free", "From £3"), the feed's own words, and each priced option, each said once. */
export function costFacts(service: Service, i18n: I18n): { summary?: string; fees?: string; options: string[] } | undefined {
  const said = new Set<string>();
  const once = (text: string | undefined) => {
    const key = text?.trim().toLowerCase().replace(/[.\s]+$/, '');
    if (!key || said.has(key)) return undefined;
    said.add(key);
    return text;
  };
  const summary = once(costLabel(service, i18n));
  const fees = once(service.fees);
  const options = service.costOptions
    // a £0 option says no more than "Free"
    .filter((c) => !(service.free === true && (c.amount ?? 0) === 0))
    .map((c) => once([c.option, c.amount !== undefined ? i18n.money(c.amount) : undefined, c.amountDescription].filter(Boolean).join(' – ')))
    .filter((text): text is string => Boolean(text));
  if (!summary && !fees && !options.length) return undefined;
  return { ...(summary ? { summary } : {}), ...(fees ? { fees } : {}), options };
}

/** Who it is for: ages, eligibility and how to get to use it, one paragraph each. */
export function whoFacts(service: Service, i18n: I18n): string[] {
  const ages = ageLabel(service.ages, i18n);
  return [
    ages ? i18n.t('ages', { label: ages }) : '',
    service.eligibility ?? '',
    service.access ? `${i18n.t('accessLegend')}: ${accessLabel(service.access, i18n)}` : '',
  ].filter(Boolean);
}

/** Accessibility notes of every place, each once. */
export function accessibilityNotes(service: Service): string[] {
  return [...new Set(service.locations.flatMap((l) => l.accessibility))];
}

/** The status notice's words, for a service that is not running as usual. */
export function statusNotice(service: Service, i18n: I18n): string | undefined {
  return service.status && service.status !== 'active' ? i18n.t(`status_${service.status}`) : undefined;
}
