/**
 * Services as a snapshot stores them: the model's own JSON (model.ts), whole in the detail
 * shards and cut down to what a card, the map and the print list show in the card shards.
 * A snapshot sits on someone's web server, so reading one trusts nothing: every field is
 * checked for its type and length, links and emails are checked again, and phone links are
 * made again from the numbers, exactly as for a live feed.
 */
import { isoDate } from '../freshness.js';
import { validLatLng } from '../geo.js';
import {
  ACCESS_ROUTES,
  WEEKDAYS,
  type Address,
  type Contact,
  type CostOption,
  type Diagnostic,
  type Location,
  type Phone,
  type Schedule,
  type Service,
  type ServiceSource,
  type TaxonomyTerm,
} from '../model.js';
import { ATTENDING_TYPES, STATUSES } from '../oruk/fields.js';
import { arr, at, bool, compact, drop, id, isObject, num, obj, objects, oneOf, text as capped, type JsonObject } from '../oruk/read.js';
import { monthlyDays, normaliseTime } from '../oruk/schedule.js';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../text.js';
import { safeEmail, safeWebUrl, telHref } from '../url.js';

/** What a card shard keeps of a service: no description, contacts, terms or languages. */
export function cardOf(service: Service): Service {
  const { description: _d, contacts: _c, terms: _t, languages: _l, eligibility: _e, sources: _s, distanceMetres: _m, ...rest } = service;
  return {
    ...rest,
    description: '',
    contacts: [],
    terms: [],
    languages: [],
    locations: service.locations.map(({ description: _ld, accessibility: _a, distanceMetres: _dm, addresses, ...l }) => ({
      ...l,
      addresses: addresses.slice(0, 1),
      accessibility: [],
    })),
  };
}

/** A service as stored: without distances (they belong to a search), and without empty lists. */
export function storedOf(service: Service): Service {
  const { distanceMetres: _m, ...rest } = service;
  return { ...rest, locations: service.locations.map(({ distanceMetres: _dm, ...l }) => l) };
}

/** Free text, at most `max` characters (names: MAX_NAME_LENGTH). */
function text(o: JsonObject, key: string, path: string, diags: Diagnostic[], max = MAX_TEXT_LENGTH): string | undefined {
  return capped(o, key, path, diags, max);
}

function name(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  return capped(o, key, path, diags, MAX_NAME_LENGTH);
}

function texts(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string[] {
  return arr(o, key, path, diags)
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim().slice(0, MAX_TEXT_LENGTH));
}

function checked<T>(value: T | undefined, ok: (v: T) => unknown, diags: Diagnostic[], path: string): T | undefined {
  if (value === undefined || ok(value)) return value;
  drop(diags, path, 'not a safe value', value);
  return undefined;
}

function phone(o: JsonObject, path: string, diags: Diagnostic[]): Phone | undefined {
  const number = text(o, 'number', path, diags);
  const href = number ? telHref(number) : undefined;
  if (!number || !href) return undefined;
  const description = text(o, 'description', path, diags);
  return compact<Phone>({ number, href, description });
}

function phones(o: JsonObject, key: string, path: string, diags: Diagnostic[]): Phone[] {
  return objects(o, key, path, diags)
    .map(([p, pPath]) => phone(p, pPath, diags))
    .filter((p): p is Phone => p !== undefined);
}

function address(o: JsonObject, path: string, diags: Diagnostic[]): Address {
  return compact<Address>({
    lines: texts(o, 'lines', path, diags),
    city: text(o, 'city', path, diags),
    region: text(o, 'region', path, diags),
    postcode: text(o, 'postcode', path, diags),
  });
}

function location(o: JsonObject, path: string, diags: Diagnostic[]): Location | undefined {
  const locationId = id(o, 'id', path, diags);
  if (!locationId) return undefined;
  const point = obj(o, 'position', path, diags);
  const position = point ? validLatLng(point['lat'], point['lng']) : undefined;
  return compact<Location>({
    id: locationId,
    name: name(o, 'name', path, diags),
    description: text(o, 'description', path, diags),
    position,
    addresses: objects(o, 'addresses', path, diags).map(([a, aPath]) => address(a, aPath, diags)),
    accessibility: texts(o, 'accessibility', path, diags),
  });
}

function schedule(o: JsonObject, path: string, diags: Diagnostic[]): Schedule {
  const days = arr(o, 'days', path, diags);
  const freq = oneOf(o, 'freq', ['weekly', 'monthly'] as const, path, diags);
  const interval = num(o, 'interval', path, diags);
  const ordinals = arr(o, 'monthlyDays', path, diags).filter(isObject);
  const monthly = freq === 'monthly' ? monthlyDays(ordinals.map((d) => `${String(d['week'])}${String(d['day'])}`).join(',')) : [];
  return compact<Schedule>({
    days: WEEKDAYS.filter((d) => days.includes(d)),
    freq,
    interval: interval !== undefined && Number.isInteger(interval) && interval >= 2 && interval <= 52 ? interval : undefined,
    monthlyDays: monthly.length ? monthly : undefined,
    firstDate: isoDate(o['firstDate']),
    validFrom: isoDate(o['validFrom']),
    validTo: isoDate(o['validTo']),
    opensAt: normaliseTime(o['opensAt']),
    closesAt: normaliseTime(o['closesAt']),
    description: text(o, 'description', path, diags),
    locationId: id(o, 'locationId', path, diags),
  });
}

function contact(o: JsonObject, path: string, diags: Diagnostic[]): Contact {
  return compact<Contact>({
    name: name(o, 'name', path, diags),
    title: text(o, 'title', path, diags),
    email: checked(text(o, 'email', path, diags), safeEmail, diags, at(path, 'email')),
    phones: phones(o, 'phones', path, diags),
  });
}

function term(o: JsonObject, path: string, diags: Diagnostic[]): TaxonomyTerm | undefined {
  const termId = id(o, 'id', path, diags);
  const termName = name(o, 'name', path, diags);
  if (!termId || !termName) return undefined;
  return compact<TaxonomyTerm>({
    id: termId,
    name: termName,
    vocabulary: text(o, 'vocabulary', path, diags),
    parentId: id(o, 'parentId', path, diags),
    description: text(o, 'description', path, diags),
  });
}

function costOption(o: JsonObject, path: string, diags: Diagnostic[]): CostOption {
  const amount = num(o, 'amount', path, diags);
  return compact<CostOption>({
    option: text(o, 'option', path, diags),
    amount: amount !== undefined && amount >= 0 ? amount : undefined,
    amountDescription: text(o, 'amountDescription', path, diags),
  });
}

function source(o: JsonObject, path: string, diags: Diagnostic[]): ServiceSource | undefined {
  const endpoint = checked(text(o, 'endpoint', path, diags), safeWebUrl, diags, at(path, 'endpoint'));
  const serviceId = id(o, 'serviceId', path, diags);
  if (!endpoint || !serviceId) return undefined;
  return compact<ServiceSource>({
    endpoint,
    directory: text(o, 'directory', path, diags),
    serviceId,
    lastChecked: isoDate(o['lastChecked']),
  });
}

function ages(o: JsonObject, path: string, diags: Diagnostic[]): Service['ages'] {
  const range = obj(o, 'ages', path, diags) ?? {};
  const min = num(range, 'min', at(path, 'ages'), diags);
  const max = num(range, 'max', at(path, 'ages'), diags);
  const ok = (n: number | undefined) => (n !== undefined && n >= 0 ? n : undefined);
  return compact({ min: ok(min), max: ok(max) });
}

function list<T>(o: JsonObject, key: string, path: string, diags: Diagnostic[], read: (o: JsonObject, path: string, diags: Diagnostic[]) => T | undefined): T[] {
  return objects(o, key, path, diags)
    .map(([item, itemPath]) => read(item, itemPath, diags))
    .filter((item): item is T => item !== undefined);
}

/** A service read back from a shard, or undefined (with a diagnostic) when it has no id or name. */
export function readService(value: unknown, path: string, diags: Diagnostic[]): Service | undefined {
  if (!isObject(value)) {
    drop(diags, path, 'service dropped: expected an object', value);
    return undefined;
  }
  const o = value;
  const serviceId = id(o, 'id', path, diags);
  const serviceName = name(o, 'name', path, diags);
  if (!serviceId || !serviceName) {
    drop(diags, path, 'service dropped: it has no id or name');
    return undefined;
  }
  const org = obj(o, 'organisation', path, diags);
  const orgPath = at(path, 'organisation');
  const orgName = org ? name(org, 'name', orgPath, diags) : undefined;
  const lastChecked = isoDate(o['lastChecked']);
  const sources = list(o, 'sources', path, diags, source);
  return compact<Service>({
    id: serviceId,
    name: serviceName,
    organisation:
      org && orgName
        ? compact({
            id: id(org, 'id', orgPath, diags),
            name: orgName,
            url: checked(text(org, 'url', orgPath, diags), safeWebUrl, diags, at(orgPath, 'url')),
            email: checked(text(org, 'email', orgPath, diags), safeEmail, diags, at(orgPath, 'email')),
          })
        : undefined,
    description: text(o, 'description', path, diags, MAX_DESCRIPTION_LENGTH) ?? '',
    summary: text(o, 'summary', path, diags) ?? '',
    url: checked(text(o, 'url', path, diags), safeWebUrl, diags, at(path, 'url')),
    email: checked(text(o, 'email', path, diags), safeEmail, diags, at(path, 'email')),
    phones: phones(o, 'phones', path, diags),
    status: oneOf(o, 'status', STATUSES, path, diags),
    fees: text(o, 'fees', path, diags),
    costOptions: list(o, 'costOptions', path, diags, costOption),
    free: bool(o, 'free', path, diags),
    ages: ages(o, path, diags),
    eligibility: text(o, 'eligibility', path, diags),
    access: oneOf(o, 'access', ACCESS_ROUTES, path, diags),
    attending: oneOf(o, 'attending', ATTENDING_TYPES, path, diags),
    languages: texts(o, 'languages', path, diags),
    lastChecked,
    lastCheckedSource: lastChecked ? oneOf(o, 'lastCheckedSource', ['assured_date', 'last_modified'] as const, path, diags) : undefined,
    assurerEmail: checked(text(o, 'assurerEmail', path, diags), safeEmail, diags, at(path, 'assurerEmail')),
    alert: text(o, 'alert', path, diags),
    locations: list(o, 'locations', path, diags, location),
    schedules: objects(o, 'schedules', path, diags).map(([s, sPath]) => schedule(s, sPath, diags)),
    terms: list(o, 'terms', path, diags, term),
    contacts: objects(o, 'contacts', path, diags).map(([c, cPath]) => contact(c, cPath, diags)),
    sources: sources.length ? sources : undefined,
  });
}
