/**
 * ORUK v1 ("HSDS-UK-1.0", the LGA pilot API most 2019-2024 feeds follow).
 *
 * Requests: `GET /services` with `text`, `taxonomy_id` (term ids, comma-joined),
 * `vocabulary`, `minimum_age`, `maximum_age`, `day` (MO..SU, as the OpenAPI enum says),
 * `start_time`, `end_time`, `postcode`, `proximity` (metres), `page`, `per_page`;
 * `GET /services/{id}`; `GET /vocabularies` (a bare list of names, no paging);
 * `GET /taxonomies?vocabulary=&page=&per_page=`.
 * Responses: a Spring-style page `{content, totalElements, totalPages, number, size, first, last}`
 * of services nested with `organization`, `contacts[].phones[]`, `eligibilitys[]`,
 * `languages[]`, `regular_schedules[]`, `service_at_locations[].location` and
 * `service_taxonomys[].taxonomy`.
 *
 * Outpost-style v1 (the directories built on Outpost, e.g. Buckinghamshire's) spells some
 * of these its own way, and both spellings are read: `organisation`; `locations[]` on the
 * service, each its own address with a GeoJSON `geometry` point and `accessibilities[]`;
 * `taxonomies[]` (with `parent_id`), `send_needs[]` and `suitabilities[]` as terms;
 * `contacts[].phone` as one string; `min_age`/`max_age`; `free` and `needs_referral` as
 * booleans; `updated_at` as the last-checked date when there is no `assured_date`.
 */
import {
  ALL_CAPABILITIES,
  type Diagnostic,
  type Location,
  type Schedule,
  type SearchQuery,
  type Service,
  type Taxonomy,
  type TaxonomyTerm,
} from '../model.js';
import type { DialectAdapter } from './dialect.js';
import {
  age,
  ageRange,
  identity,
  languages,
  lastChecked,
  nameOf,
  plain,
  serviceList,
  term,
} from './fields.js';
import { V1_ENVELOPE, notOruk, readEnvelope, requireObject, wholeList } from './page.js';
import { V1_PLACE, location } from './place.js';
import { asId, at, bool, compact, dedupeBy, drop, id, index, isAbsent, isObject, obj, objects, type JsonObject } from './read.js';
import { pageParams, request } from './page-request.js';
import { itemPath, searchValues } from './request.js';
import { schedule } from './schedule.js';
import { sharedServiceFields } from './service-fields.js';

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/**
 * Ages across `eligibilitys[]`: the lowest minimum and the highest maximum given; else the
 * service's own `min_age`/`max_age` (Outpost-style).
 */
function v1Ages(o: JsonObject, eligibilities: Array<[JsonObject, string]>, path: string, diags: Diagnostic[]): Service['ages'] {
  const mins = eligibilities.map(([e, p]) => age(e, 'minimum_age', p, diags)).filter(defined);
  const maxes = eligibilities.map(([e, p]) => age(e, 'maximum_age', p, diags)).filter(defined);
  if (!mins.length && !maxes.length) {
    return ageRange(age(o, 'min_age', path, diags), age(o, 'max_age', path, diags), at(path, 'min_age'), diags);
  }
  return ageRange(
    mins.length ? Math.min(...mins) : undefined,
    maxes.length ? Math.max(...maxes) : undefined,
    at(path, 'eligibilitys'),
    diags,
  );
}

/**
 * Locations from `service_at_locations[].location` (and the schedules kept on those links)
 * and from Outpost-style `locations[]`.
 */
function v1Places(o: JsonObject, path: string, diags: Diagnostic[]): { locations: Location[]; schedules: Schedule[] } {
  const locations: Location[] = [];
  const schedules: Schedule[] = [];
  for (const [sal, salPath] of objects(o, 'service_at_locations', path, diags)) {
    const loc = obj(sal, 'location', salPath, diags);
    const place = loc ? location(loc, at(salPath, 'location'), diags, V1_PLACE, id(sal, 'id', salPath, diags)) : undefined;
    if (place) locations.push(place);
    for (const [s, sPath] of objects(sal, 'regular_schedules', salPath, diags)) {
      const entry = schedule(s, sPath, diags, place?.id);
      if (entry) schedules.push(entry);
    }
  }
  for (const [loc, locPath] of objects(o, 'locations', path, diags)) {
    const place = location(loc, locPath, diags, V1_PLACE);
    if (place) locations.push(place);
  }
  return { locations: dedupeBy(locations, (l) => l.id), schedules };
}

/**
 * Outpost-style lists of terms on the service. `taxonomies` ids are the feed's own (their
 * `parent_id`s point at them); the others come from separate tables whose ids would
 * clash, so they are named by list like CURIEs ("send_needs:3").
 */
const OUTPOST_TERM_LISTS = [
  { key: 'taxonomies', prefixed: false },
  { key: 'send_needs', prefixed: true },
  { key: 'suitabilities', prefixed: true },
] as const;

function v1Terms(o: JsonObject, path: string, diags: Diagnostic[]): TaxonomyTerm[] {
  const terms: TaxonomyTerm[] = [];
  for (const [link, linkPath] of objects(o, 'service_taxonomys', path, diags)) {
    const taxonomy = obj(link, 'taxonomy', linkPath, diags);
    if (!taxonomy) continue;
    const taxonomyPath = at(linkPath, 'taxonomy');
    const found = term(taxonomy, taxonomyPath, diags, nameOf(taxonomy, 'vocabulary', taxonomyPath, diags));
    if (found) terms.push(found);
  }
  for (const { key, prefixed } of OUTPOST_TERM_LISTS) {
    for (const [t, tPath] of objects(o, key, path, diags)) {
      const found = term(t, tPath, diags, nameOf(t, 'vocabulary', tPath, diags) ?? (prefixed ? key : undefined));
      if (found && prefixed) found.id = `${key}:${found.id}`;
      if (found) terms.push(found);
    }
  }
  return dedupeBy(terms, (t) => t.id);
}

/** One v1 service, or undefined (with a diagnostic) when it has no id or name. */
export function parseV1Service(o: JsonObject, path: string, diags: Diagnostic[]): Service | undefined {
  const who = identity(o, path, diags);
  if (!who) return undefined;
  const eligibilities = objects(o, 'eligibilitys', path, diags);
  const eligibility = dedupeBy(
    eligibilities.map(([e, p]) => plain(e, 'eligibility', p, diags)).filter(defined),
    (text) => text.toLowerCase(),
  );
  const own = objects(o, 'regular_schedules', path, diags)
    .map(([s, sPath]) => schedule(s, sPath, diags))
    .filter(defined);
  const places = v1Places(o, path, diags);
  const shared = sharedServiceFields(o, path, diags);
  return compact<Service>({
    ...who,
    ...shared,
    free: bool(o, 'free', path, diags) ?? shared.free,
    access: shared.access ?? (bool(o, 'needs_referral', path, diags) ? 'referral' : undefined),
    ages: v1Ages(o, eligibilities, path, diags),
    eligibility: eligibility.length ? eligibility.join(', ') : undefined,
    languages: languages(o, 'languages', ['language', 'name'], path, diags),
    ...lastChecked(o, ['assured_date', 'updated_at'], path, diags),
    locations: places.locations,
    schedules: [...own, ...places.schedules],
    terms: v1Terms(o, path, diags),
  });
}

/** v1 `/vocabularies` is a bare list of names; objects `{id, name}` and a paged `content` are tolerated too. */
function parseVocabularies(json: unknown, diags: Diagnostic[], url: string): Taxonomy[] {
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json['content']) ? json['content'] : undefined;
  if (!list) notOruk('expected a list of vocabularies', url);
  const listPath = Array.isArray(json) ? '' : 'content';
  const out: Taxonomy[] = [];
  list.forEach((item, i) => {
    const path = listPath ? index(listPath, i) : `[${i}]`;
    if (typeof item === 'string' || typeof item === 'number') {
      // A bare name is also the id that `vocabulary=` takes.
      const name = asId(item);
      if (name) out.push({ id: name, name });
      else if (!isAbsent(item)) drop(diags, path, 'not a usable vocabulary name', item);
    } else if (isObject(item)) {
      const vocabularyId = id(item, 'id', path, diags) ?? asId(item['name']);
      const name = nameOf(item, 'name', path, diags) ?? vocabularyId;
      const text = plain(item, 'description', path, diags);
      if (name && vocabularyId) out.push(compact<Taxonomy>({ id: vocabularyId, name, description: text }));
      else drop(diags, path, 'vocabulary without a name dropped');
    } else if (!isAbsent(item)) {
      drop(diags, path, 'expected a vocabulary name', item);
    }
  });
  return dedupeBy(out, (t) => t.id);
}

// No ORUK parameter says free or how to access: the finder filters the page in hand for those.
const V1_CAPABILITIES = { ...ALL_CAPABILITIES, free: false, access: false };

export const v1Adapter: DialectAdapter = {
  dialect: 'v1',
  capabilities: V1_CAPABILITIES,

  searchRequest(query: SearchQuery, capabilities = V1_CAPABILITIES) {
    const v = searchValues(query, capabilities);
    return request('/services', {
      text: v.text,
      taxonomy_id: v.terms,
      vocabulary: v.vocabulary,
      minimum_age: v.minAge,
      maximum_age: v.maxAge,
      day: v.day,
      start_time: v.startTime,
      end_time: v.endTime,
      postcode: v.postcode,
      proximity: v.proximity,
      page: v.page,
      per_page: v.perPage,
    });
  },

  parseSearch(json, query, url = '', options = {}) {
    const diagnostics: Diagnostic[] = [];
    const envelope = readEnvelope(json, V1_ENVELOPE, diagnostics, { page: query.page, perPage: query.perPage }, url);
    const items = serviceList(envelope.list, envelope.listPath, diagnostics, parseV1Service, options.keepRepeats);
    return { ...envelope.pageOf(items), diagnostics };
  },

  serviceRequest(serviceId) {
    return request(itemPath('services', serviceId));
  },

  parseService(json, url = '') {
    const diagnostics: Diagnostic[] = [];
    const value = parseV1Service(requireObject(json, 'a service', url), '', diagnostics);
    if (!value) return notOruk('the service has no id or name', url);
    return { value, diagnostics };
  },

  taxonomiesRequest() {
    return request('/vocabularies');
  },

  parseTaxonomies(json, url = '') {
    const diagnostics: Diagnostic[] = [];
    return { value: wholeList(parseVocabularies(json, diagnostics, url)), diagnostics };
  },

  termsRequest(page, perPage, vocabulary) {
    return request('/taxonomies', { ...pageParams(page, perPage), vocabulary: vocabulary?.trim() });
  },

  parseTerms(json, url = '') {
    const diagnostics: Diagnostic[] = [];
    const envelope = readEnvelope(json, V1_ENVELOPE, diagnostics, {}, url);
    const terms: TaxonomyTerm[] = [];
    envelope.list.forEach((item, i) => {
      const path = index(envelope.listPath, i);
      if (!isObject(item)) return drop(diagnostics, path, 'term dropped: expected an object', item);
      const found = term(item, path, diagnostics, nameOf(item, 'vocabulary', path, diagnostics));
      if (found) terms.push(found);
    });
    return { value: envelope.pageOf(dedupeBy(terms, (t) => t.id)), diagnostics };
  },
};
