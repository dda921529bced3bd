/**
 * Locations and their addresses. v1: `physical_addresses[]` and
 * `accessibility_for_disabilities[].accessibility`; v3: `addresses[]` and
 * `accessibility[].description`. Coordinates survive only when they are on Earth.
 */
import { normalisePostcode, validLatLng } from '../geo.js';
import { MAX_NAME_LENGTH } from '../text.js';
import type { Address, Diagnostic, Location } from '../model.js';
import { nameOf, plain, plainValue } from './fields.js';
import { at, drop, id, isAbsent, objects, shown, str, type JsonObject } from './read.js';

export interface PlaceKeys {
  addresses: string;
  accessibility: string;
  /** Keys of an accessibility entry holding its text, first non-blank wins. */
  accessibilityText: readonly string[];
}

export const V1_PLACE: PlaceKeys = {
  addresses: 'physical_addresses',
  accessibility: 'accessibility_for_disabilities',
  accessibilityText: ['accessibility', 'description'],
};

export const V3_PLACE: PlaceKeys = {
  addresses: 'addresses',
  accessibility: 'accessibility',
  accessibilityText: ['description', 'accessibility'],
};

const LINE_KEYS = ['address_1', 'address_2', 'address_3', 'address_4'];

/** A postal address; a valid UK postcode is normalised, anything else is kept as written. */
export function address(o: JsonObject, path: string, diags: Diagnostic[]): Address | undefined {
  const lines = LINE_KEYS.map((k) => nameOf(o, k, path, diags)).filter((l): l is string => l !== undefined);
  const city = nameOf(o, 'city', path, diags);
  const region = nameOf(o, 'region', path, diags) ?? nameOf(o, 'state_province', path, diags);
  const given = str(o, 'postal_code', path, diags);
  const postcode = normalisePostcode(given) ?? plainValue(given, MAX_NAME_LENGTH);
  if (!lines.length && !city && !region && !postcode) return undefined;
  return {
    lines,
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(postcode ? { postcode } : {}),
  };
}

function position(o: JsonObject, path: string, diags: Diagnostic[]): Location['position'] {
  const lat = o['latitude'];
  const lng = o['longitude'];
  if (isAbsent(lat) && isAbsent(lng)) return undefined;
  const point = validLatLng(lat, lng);
  if (!point) drop(diags, at(path, 'latitude'), `coordinates ${shown(lat)}, ${shown(lng)} are not a place on Earth; dropped`);
  return point;
}

/**
 * A location; its id falls back to `fallbackId` (the service_at_location id). A location
 * with neither, or with nothing to show, is dropped.
 */
export function location(
  o: JsonObject,
  path: string,
  diags: Diagnostic[],
  keys: PlaceKeys,
  fallbackId?: string,
): Location | undefined {
  const locationId = id(o, 'id', path, diags) ?? fallbackId;
  if (!locationId) {
    drop(diags, path, 'location without an id dropped');
    return undefined;
  }
  const name = nameOf(o, 'name', path, diags);
  const description = plain(o, 'description', path, diags);
  const point = position(o, path, diags);
  const addresses = objects(o, keys.addresses, path, diags)
    .map(([a, aPath]) => address(a, aPath, diags))
    .filter((a): a is Address => a !== undefined);
  const accessibility: string[] = [];
  for (const [a, aPath] of objects(o, keys.accessibility, path, diags)) {
    for (const key of keys.accessibilityText) {
      const text = plain(a, key, aPath, diags);
      if (text === undefined) continue;
      if (!accessibility.includes(text)) accessibility.push(text);
      break;
    }
  }
  if (!name && !description && !point && !addresses.length && !accessibility.length) {
    drop(diags, path, 'location with nothing to show (no name, address or coordinates) dropped');
    return undefined;
  }
  return {
    id: locationId,
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(point ? { position: point } : {}),
    addresses,
    accessibility,
  };
}
