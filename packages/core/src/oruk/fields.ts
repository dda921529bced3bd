/**
 * Field mappers both dialects share: plain text, descriptions, links, phones, contacts,
 * status, ages, languages, freshness, organisations. Each reads untrusted JSON through
 * the tolerant readers and drops (with a Diagnostic) what it cannot use.
 */
import { isoDate } from '../freshness.js';
import type { AgeRange, AttendingType, CheckedSource, Contact, Diagnostic, Phone, Service, ServiceStatus, TaxonomyTerm } from '../model.js';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, descriptionText, htmlToText, plainText, summarise } from '../text.js';
import { safeEmail, safeWebUrl, telHref } from '../url.js';
import { arr, at, compact, dedupeBy, drop, id, index, isAbsent, isObject, num, obj, objects, oneOf, str, text, type JsonObject } from './read.js';

export const STATUSES: readonly ServiceStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed'];
export const ATTENDING_TYPES: readonly AttendingType[] = ['venue', 'online', 'phone', 'home visit'];

const LOOKS_LIKE_MARKUP = /<[a-z!/?]/i;
/** The longest phone number, as written, that is kept. */
const MAX_PHONE_LENGTH = 100;

/**
 * Plain text from an untrusted value, at most `max` characters, with no markup left in
 * it: `plainText` leaves text it takes for Markdown as it is, and decoded entities can
 * spell a tag, so what still looks like markup is stripped again. No DOM is used.
 */
export function plainValue(value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
  let out = plainText(value, max);
  for (let pass = 0; out && LOOKS_LIKE_MARKUP.test(out) && pass < 3; pass += 1) {
    out = htmlToText(out) || undefined;
  }
  return out && LOOKS_LIKE_MARKUP.test(out) ? out.replace(/</g, '‹') : out;
}

/** A text field as plain text (markup stripped), at most `max` characters, or undefined. */
export function plain(o: JsonObject, key: string, path: string, diags: Diagnostic[], max = MAX_TEXT_LENGTH): string | undefined {
  return plainValue(text(o, key, path, diags, max), max);
}

/** A name field as plain text, at most MAX_NAME_LENGTH characters, or undefined. */
export function nameOf(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  return plain(o, key, path, diags, MAX_NAME_LENGTH);
}

/**
 * A description as the feed gives it (HTML, Markdown or plain text: untrusted, shown only
 * through `descriptionHtml` in `@signpost/core/sanitise`), at most MAX_DESCRIPTION_LENGTH
 * characters, and a short plain-text summary of it.
 */
export function description(o: JsonObject, key: string, path: string, diags: Diagnostic[]): { description: string; summary: string } {
  const given = text(o, key, path, diags, MAX_DESCRIPTION_LENGTH) ?? '';
  // The text can still spell markup (from entities): the summary is plain text.
  return { description: given, summary: summarise(plainValue(descriptionText(given), MAX_DESCRIPTION_LENGTH) ?? '') };
}

/** A safe http(s) address, or undefined (with a diagnostic when an unsafe one was given). */
export function webUrl(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  const text = str(o, key, path, diags);
  if (text === undefined) return undefined;
  const url = safeWebUrl(text);
  if (!url) drop(diags, at(path, key), 'not a safe web address', text);
  return url;
}

/** A plausible email address, or undefined (with a diagnostic when a bad one was given). */
export function email(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  const text = str(o, key, path, diags);
  if (text === undefined) return undefined;
  const address = safeEmail(text);
  if (!address) drop(diags, at(path, key), 'not an email address', text);
  return address;
}

/** One phone `{number, description?}`; a number with too few or too many digits is dropped. */
export function phone(o: JsonObject, path: string, diags: Diagnostic[]): Phone | undefined {
  const raw = str(o, 'number', path, diags);
  if (raw === undefined) return undefined;
  const found = phoneNumber(raw);
  if (!found) {
    drop(diags, at(path, 'number'), 'not a phone number', raw);
    return undefined;
  }
  const description = plain(o, 'description', path, diags);
  return { ...found, ...(description ? { description } : {}) };
}

function phoneNumber(raw: string): Phone | undefined {
  const number = raw.length <= MAX_PHONE_LENGTH ? plainValue(raw) : undefined;
  const href = number ? telHref(number) : undefined;
  return number && href ? { number, href } : undefined;
}

/**
 * Phones written as one string (Outpost-style `contacts[].phone`): one number, or several
 * joined by "/", ",", ";" or "or".
 */
export function phonesInText(o: JsonObject, key: string, path: string, diags: Diagnostic[]): Phone[] {
  const raw = str(o, key, path, diags);
  if (raw === undefined) return [];
  const whole = phoneNumber(raw);
  if (whole) return [whole];
  const parts = raw.split(/\s*(?:[/,;]|\bor\b)\s*/i).map(phoneNumber);
  if (parts.length > 1 && parts.every((p) => p !== undefined)) return parts as Phone[];
  drop(diags, at(path, key), 'not a phone number', raw);
  return [];
}

/** The phones listed under `key`, one per distinct number. */
export function phones(o: JsonObject, key: string, path: string, diags: Diagnostic[]): Phone[] {
  const list = objects(o, key, path, diags)
    .map(([p, pPath]) => phone(p, pPath, diags))
    .filter((p): p is Phone => p !== undefined);
  return dedupePhones(list);
}

export function dedupePhones(list: Phone[]): Phone[] {
  return dedupeBy(list, (p) => p.href);
}

/** Named contacts with their phones; a contact with nothing usable is left out. */
export function contacts(o: JsonObject, key: string, path: string, diags: Diagnostic[]): Contact[] {
  const out: Contact[] = [];
  for (const [c, cPath] of objects(o, key, path, diags)) {
    const name = nameOf(c, 'name', cPath, diags);
    const title = nameOf(c, 'title', cPath, diags);
    const mail = email(c, 'email', cPath, diags);
    const contact: Contact = {
      ...(name ? { name } : {}),
      ...(title ? { title } : {}),
      ...(mail ? { email: mail } : {}),
      phones: dedupePhones([...phones(c, 'phones', cPath, diags), ...phonesInText(c, 'phone', cPath, diags)]),
    };
    if (name || title || mail || contact.phones.length) out.push(contact);
  }
  return out;
}

export function status(o: JsonObject, path: string, diags: Diagnostic[]): ServiceStatus | undefined {
  return oneOf(o, 'status', STATUSES, path, diags);
}

/** An age in years: a number (or numeric string) of at least 0. */
export function age(o: JsonObject, key: string, path: string, diags: Diagnostic[]): number | undefined {
  const n = num(o, key, path, diags);
  if (n === undefined) return undefined;
  if (n < 0) {
    drop(diags, at(path, key), 'an age cannot be negative', n);
    return undefined;
  }
  return n;
}

/** An age range from bounds already read; a minimum above the maximum drops both. */
export function ageRange(min: number | undefined, max: number | undefined, path: string, diags: Diagnostic[]): AgeRange {
  if (min !== undefined && max !== undefined && min > max) {
    diags.push({ path, message: `minimum age ${min} is above maximum age ${max}; both dropped` });
    return {};
  }
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/**
 * Languages as names: each item may be a string or an object whose first non-blank
 * `keys` field names the language. Duplicates are dropped.
 */
export function languages(o: JsonObject, key: string, nameKeys: string[], path: string, diags: Diagnostic[]): string[] {
  const names: string[] = [];
  const listPath = at(path, key);
  arr(o, key, path, diags).forEach((item, i) => {
    const itemPath = index(listPath, i);
    if (typeof item === 'string') {
      const name = plainValue(item, MAX_NAME_LENGTH);
      if (name) names.push(name);
    } else if (isObject(item)) {
      for (const k of nameKeys) {
        const name = nameOf(item, k, itemPath, diags);
        if (name) {
          names.push(name);
          break;
        }
      }
    } else if (!isAbsent(item)) {
      drop(diags, itemPath, 'expected a language', item);
    }
  });
  return dedupeBy(names, (n) => n.toLowerCase());
}

/** The first of `sources` that holds a real date: when the listing was last checked. */
export function lastChecked(
  o: JsonObject,
  sources: readonly CheckedSource[],
  path: string,
  diags: Diagnostic[],
): Pick<Service, 'lastChecked' | 'lastCheckedSource'> {
  for (const source of sources) {
    const text = str(o, source, path, diags);
    if (text === undefined) continue;
    const date = isoDate(text);
    if (date) return { lastChecked: date, lastCheckedSource: source };
    drop(diags, at(path, source), 'not a date', text);
  }
  return {};
}

/** The organisation running a service (`organization`, or Outpost's `organisation`); one without a name is dropped. */
export function organisation(o: JsonObject, path: string, diags: Diagnostic[]): Service['organisation'] {
  const key = isAbsent(o['organization']) && !isAbsent(o['organisation']) ? 'organisation' : 'organization';
  const org = obj(o, key, path, diags);
  if (!org) return undefined;
  const orgPath = at(path, key);
  const name = nameOf(org, 'name', orgPath, diags);
  if (!name) {
    if (Object.keys(org).length) drop(diags, orgPath, 'organisation without a name dropped');
    return undefined;
  }
  const orgId = id(org, 'id', orgPath, diags);
  const url = webUrl(org, isAbsent(org['website']) ? 'url' : 'website', orgPath, diags);
  const mail = email(org, 'email', orgPath, diags);
  return { ...(orgId ? { id: orgId } : {}), name, ...(url ? { url } : {}), ...(mail ? { email: mail } : {}) };
}

/** A service's id and name, or undefined (with a diagnostic) when either is missing. */
export function identity(o: JsonObject, path: string, diags: Diagnostic[]): { id: string; name: string } | undefined {
  const serviceId = id(o, 'id', path, diags);
  const name = nameOf(o, 'name', path, diags);
  if (!serviceId || !name) {
    drop(diags, path || '(service)', `service dropped: it has no ${serviceId ? 'name' : 'id'}`);
    return undefined;
  }
  return { id: serviceId, name };
}

/** A term's parent: `parent_id`, or `parent` as an id or as an object with an id. */
function parentId(o: JsonObject, path: string, diags: Diagnostic[]): string | undefined {
  const parent = o['parent'];
  if (isObject(parent)) return id(parent, 'id', at(path, 'parent'), diags);
  return id(o, 'parent_id', path, diags) ?? id(o, 'parent', path, diags);
}

/** A taxonomy term; one without an id or a name is dropped. `term` stands in for a missing name. */
export function term(o: JsonObject, path: string, diags: Diagnostic[], vocabulary?: string): TaxonomyTerm | undefined {
  const termId = id(o, 'id', path, diags);
  const name = nameOf(o, 'name', path, diags) ?? nameOf(o, 'term', path, diags);
  if (!termId || !name) {
    drop(diags, path, `term dropped: it has no ${termId ? 'name' : 'id'}`);
    return undefined;
  }
  return compact<TaxonomyTerm>({
    id: termId,
    name,
    vocabulary,
    parentId: parentId(o, path, diags),
    description: plain(o, 'description', path, diags),
  });
}

/**
 * The services of a list, in order: non-objects and services without an id or name
 * are dropped, and so is a repeat of an id already listed (unless `keepRepeats`).
 */
export function serviceList(
  list: unknown[],
  listPath: string,
  diags: Diagnostic[],
  parseOne: (o: JsonObject, path: string, diags: Diagnostic[]) => Service | undefined,
  keepRepeats = false,
): Service[] {
  const seen = new Set<string>();
  const out: Service[] = [];
  list.forEach((item, i) => {
    const path = index(listPath, i);
    if (!isObject(item)) {
      drop(diags, path, 'service dropped: expected an object', item);
      return;
    }
    const service = parseOne(item, path, diags);
    if (!service) return;
    if (seen.has(service.id) && !keepRepeats) {
      drop(diags, path, `service ${service.id} dropped: listed twice`);
      return;
    }
    seen.add(service.id);
    out.push(service);
  });
  return out;
}
