/**
 * ORUK v3 (the UK profile of HSDS 3.0).
 *
 * Requests: `GET /services` with `search`, `taxonomy_term_id` (comma-joined),
 * `minimum_age`, `maximum_age`, `day` (MO..SU, the RFC 5545 codes v3 schedules use; the
 * OpenAPI file types it only as a string), `start_time`, `end_time`, `page`, `per_page`.
 * With a postcode the same search goes to `GET /service_at_locations`, the only path
 * that defines `postcode` and `proximity` (metres). `GET /services/{id}`,
 * `GET /taxonomies?page=&per_page=`, `GET /taxonomy_terms?page=&per_page=` (no
 * vocabulary filter: the client groups terms by their vocabulary).
 * Responses: `{contents, total_items, total_pages, page_number, size, first_page,
 * last_page, empty}` pages of services, or of service_at_location items
 * `{id, service, location, distance?}` which are grouped back into services.
 */
import {
  ALL_CAPABILITIES,
  type Diagnostic,
  type Location,
  type Schedule,
  type SearchQuery,
  type SearchResult,
  type Service,
  type Taxonomy,
  type TaxonomyTerm,
} from '../model.js';
import type { DialectAdapter } from './dialect.js';
import {
  age,
  ageRange,
  email,
  identity,
  languages,
  lastChecked,
  nameOf,
  plain,
  serviceList,
  term,
} from './fields.js';
import { V3_ENVELOPE, notOruk, readEnvelope, requireObject, type Envelope } from './page.js';
import { V3_PLACE, location } from './place.js';
import { at, compact, dedupeBy, drop, id, index, isAbsent, isObject, num, obj, objects, type JsonObject } from './read.js';
import { pageParams, request } from './page-request.js';
import { itemPath, searchValues } from './request.js';
import { schedule } from './schedule.js';
import { sharedServiceFields } from './service-fields.js';

const defined = <T>(x: T | undefined): x is T => x !== undefined;

function schedulesAt(o: JsonObject, path: string, diags: Diagnostic[], locationId?: string): Schedule[] {
  return objects(o, 'schedules', path, diags)
    .map(([s, sPath]) => schedule(s, sPath, diags, locationId))
    .filter(defined);
}

/** Locations from `service_at_locations[].location`, with schedules kept on either. */
function v3Places(o: JsonObject, path: string, diags: Diagnostic[]): { locations: Location[]; schedules: Schedule[] } {
  const locations: Location[] = [];
  const schedules: Schedule[] = [];
  for (const [sal, salPath] of objects(o, 'service_at_locations', path, diags)) {
    const loc = obj(sal, 'location', salPath, diags);
    const locPath = at(salPath, 'location');
    const fallbackId = id(sal, 'location_id', salPath, diags) ?? id(sal, 'id', salPath, diags);
    const place = loc ? location(loc, locPath, diags, V3_PLACE, fallbackId) : undefined;
    if (place) locations.push(place);
    const placeId = place?.id ?? fallbackId;
    schedules.push(...schedulesAt(sal, salPath, diags, placeId));
    if (loc) schedules.push(...schedulesAt(loc, locPath, diags, placeId));
  }
  return { locations: dedupeBy(locations, (l) => l.id), schedules };
}

/**
 * The vocabulary of a term on a service: the taxonomy's name as the feed gives it
 * (`taxonomy`, else `taxonomy_detail.name`), else its `taxonomy_id`.
 */
function serviceTermVocabulary(t: JsonObject, path: string, diags: Diagnostic[]): string | undefined {
  const detail = obj(t, 'taxonomy_detail', path, diags);
  return (
    nameOf(t, 'taxonomy', path, diags) ??
    (detail ? nameOf(detail, 'name', at(path, 'taxonomy_detail'), diags) : undefined) ??
    id(t, 'taxonomy_id', path, diags)
  );
}

/**
 * The vocabulary of a term from `/taxonomy_terms`: its `taxonomy_id` when present (so it
 * matches `Taxonomy.id` from `/taxonomies`), else `taxonomy_detail.id`, else the
 * free-text `taxonomy`.
 */
function listedTermVocabulary(t: JsonObject, path: string, diags: Diagnostic[]): string | undefined {
  const detail = obj(t, 'taxonomy_detail', path, diags);
  return (
    id(t, 'taxonomy_id', path, diags) ??
    (detail ? id(detail, 'id', at(path, 'taxonomy_detail'), diags) : undefined) ??
    nameOf(t, 'taxonomy', path, diags)
  );
}

function v3Terms(o: JsonObject, path: string, diags: Diagnostic[]): TaxonomyTerm[] {
  const terms: TaxonomyTerm[] = [];
  for (const [attribute, attributePath] of objects(o, 'attributes', path, diags)) {
    const t = obj(attribute, 'taxonomy_term', attributePath, diags);
    if (!t) continue;
    const termPath = at(attributePath, 'taxonomy_term');
    const found = term(t, termPath, diags, serviceTermVocabulary(t, termPath, diags));
    if (found) terms.push(found);
  }
  return dedupeBy(terms, (t) => t.id);
}

/** One v3 service, or undefined (with a diagnostic) when it has no id or name. */
export function parseV3Service(o: JsonObject, path: string, diags: Diagnostic[]): Service | undefined {
  const who = identity(o, path, diags);
  if (!who) return undefined;
  const places = v3Places(o, path, diags);
  return compact<Service>({
    ...who,
    ...sharedServiceFields(o, path, diags),
    ages: ageRange(age(o, 'minimum_age', path, diags), age(o, 'maximum_age', path, diags), at(path, 'minimum_age'), diags),
    eligibility: plain(o, 'eligibility_description', path, diags),
    languages: languages(o, 'languages', ['name', 'code'], path, diags),
    ...lastChecked(o, ['assured_date', 'last_modified'], path, diags),
    assurerEmail: email(o, 'assurer_email', path, diags),
    locations: places.locations,
    schedules: [...schedulesAt(o, path, diags), ...places.schedules],
    terms: v3Terms(o, path, diags),
  });
}

/** A service_at_location item (rather than a service): it links a service to a location. */
function isServiceAtLocation(item: JsonObject): boolean {
  return isObject(item['service']) || (!isAbsent(item['service_id']) && ('location' in item || 'location_id' in item));
}

/**
 * A page of service_at_location items as services: one Service per service id, in order
 * of first appearance, its locations collected (nearest first when items carry a
 * `distance`, taken as metres like `proximity`). Plain service items pass through.
 */
function groupedServices(envelope: Envelope, diags: Diagnostic[]): Service[] {
  const byId = new Map<string, Service>();
  envelope.list.forEach((item, i) => {
    const path = index(envelope.listPath, i);
    if (!isObject(item)) return drop(diags, path, 'item dropped: expected an object', item);
    if (!isServiceAtLocation(item)) {
      const plainService = parseV3Service(item, path, diags);
      if (plainService && !byId.has(plainService.id)) byId.set(plainService.id, plainService);
      return;
    }
    const nested = obj(item, 'service', path, diags);
    const serviceId = (nested && id(nested, 'id', at(path, 'service'), [])) ?? id(item, 'service_id', path, diags);
    if (!serviceId) return drop(diags, path, 'item dropped: it names no service');
    let service = byId.get(serviceId);
    if (!service) {
      // Service fields either nested under `service` or spread on the item itself.
      const { location: _location, distance: _distance, ...flat } = item;
      const source = nested ? { ...nested, id: serviceId } : { ...flat, id: serviceId };
      service = parseV3Service(source, nested ? at(path, 'service') : path, diags);
      if (!service) return;
      byId.set(serviceId, service);
    }
    const loc = obj(item, 'location', path, diags);
    const fallbackId = id(item, 'location_id', path, diags) ?? id(item, 'id', path, diags);
    const place = loc ? location(loc, at(path, 'location'), diags, V3_PLACE, fallbackId) : undefined;
    const distance = num(item, 'distance', path, diags);
    if (place && distance !== undefined && distance >= 0) place.distanceMetres = distance;
    if (place) service.locations = mergeLocation(service.locations, place);
  });
  return [...byId.values()].map(nearestFirst);
}

function mergeLocation(locations: Location[], place: Location): Location[] {
  const existing = locations.find((l) => l.id === place.id);
  if (!existing) return [...locations, place];
  if (place.distanceMetres !== undefined && existing.distanceMetres === undefined) existing.distanceMetres = place.distanceMetres;
  return locations;
}

function nearestFirst(service: Service): Service {
  const locations = [...service.locations].sort((a, b) => (a.distanceMetres ?? Infinity) - (b.distanceMetres ?? Infinity));
  const nearest = locations[0]?.distanceMetres;
  return compact<Service>({ ...service, locations, distanceMetres: nearest });
}

// No ORUK parameter says free or how to access: the finder filters the page in hand for those.
const V3_CAPABILITIES = { ...ALL_CAPABILITIES, free: false, access: false };

export const v3Adapter: DialectAdapter = {
  dialect: 'v3',
  capabilities: V3_CAPABILITIES,

  searchRequest(query: SearchQuery, capabilities = V3_CAPABILITIES) {
    const v = searchValues(query, capabilities);
    return request(v.postcode ? '/service_at_locations' : '/services', {
      search: v.text,
      taxonomy_term_id: v.terms,
      minimum_age: v.minAge,
      maximum_age: v.maxAge,
      day: v.day,
      start_time: v.startTime,
      end_time: v.endTime,
      postcode: v.postcode,
      proximity: v.postcode ? v.proximity : undefined,
      page: v.page,
      per_page: v.perPage,
    });
  },

  parseSearch(json, query, url = '', options = {}): SearchResult {
    const diagnostics: Diagnostic[] = [];
    const envelope = readEnvelope(json, V3_ENVELOPE, diagnostics, { page: query.page, perPage: query.perPage }, url);
    const grouped = envelope.list.some((item) => isObject(item) && isServiceAtLocation(item));
    const items = grouped ? groupedServices(envelope, diagnostics) : serviceList(envelope.list, envelope.listPath, diagnostics, parseV3Service, options.keepRepeats);
    const page = envelope.pageOf(items);
    // Counts from a service_at_locations page count places; on a single page we know the services.
    if (grouped && page.isFirst && page.isLast) page.total = items.length;
    return { ...page, diagnostics };
  },

  serviceRequest(serviceId) {
    return request(itemPath('services', serviceId));
  },

  parseService(json, url = '') {
    const diagnostics: Diagnostic[] = [];
    const value = parseV3Service(requireObject(json, 'a service', url), '', diagnostics);
    if (!value) return notOruk('the service has no id or name', url);
    return { value, diagnostics };
  },

  taxonomiesRequest(page, perPage) {
    return request('/taxonomies', pageParams(page, perPage));
  },

  parseTaxonomies(json, url = '') {
    const diagnostics: Diagnostic[] = [];
    const envelope = readEnvelope(json, V3_ENVELOPE, diagnostics, {}, url);
    const taxonomies: Taxonomy[] = [];
    envelope.list.forEach((item, i) => {
      const path = index(envelope.listPath, i);
      if (!isObject(item)) return drop(diagnostics, path, 'taxonomy dropped: expected an object', item);
      const taxonomyId = id(item, 'id', path, diagnostics);
      const name = nameOf(item, 'name', path, diagnostics);
      if (!taxonomyId || !name) return drop(diagnostics, path, `taxonomy dropped: it has no ${taxonomyId ? 'name' : 'id'}`);
      taxonomies.push(compact<Taxonomy>({ id: taxonomyId, name, description: plain(item, 'description', path, diagnostics) }));
    });
    return { value: envelope.pageOf(dedupeBy(taxonomies, (t) => t.id)), diagnostics };
  },

  termsRequest(page, perPage) {
    return request('/taxonomy_terms', pageParams(page, perPage));
  },

  parseTerms(json, url = '') {
    const diagnostics: Diagnostic[] = [];
    const envelope = readEnvelope(json, V3_ENVELOPE, diagnostics, {}, url);
    const terms: TaxonomyTerm[] = [];
    envelope.list.forEach((item, i) => {
      const path = index(envelope.listPath, i);
      if (!isObject(item)) return drop(diagnostics, path, 'term dropped: expected an object', item);
      const found = term(item, path, diagnostics, listedTermVocabulary(item, path, diagnostics));
      if (found) terms.push(found);
    });
    return { value: envelope.pageOf(dedupeBy(terms, (t) => t.id)), diagnostics };
  },
};
