/**
 * A postcodes.io look-alike over the bundled postcode table:
 *   GET /postcodes/{postcode}            -> {status: 200, result: {...}} or 404 {status, error}
 *   GET /postcodes/{postcode}/validate   -> {status: 200, result: true|false}
 *   GET /postcodes?lon=&lat=[&limit=&radius=] -> nearest postcodes, {status: 200, result: [...] | null}
 * Differences from postcodes.io: only this table's postcodes exist; the reverse look-up's
 * default radius is 2,000 m (postcodes.io: 100 m) because the table is sparse, and
 * `radius` may be up to 20,000 m.
 */
import { ADMIN_DISTRICT_CODE, COUNTY } from './data/districts.js';
import type { Directory } from './directory.js';
import { distanceMetres, normaliseOutcode, normalisePostcode } from './geo.js';
import { badRequest, type ApiResponse } from './http.js';
import type { PostcodeEntry } from './types.js';

const REGION = 'Yorkshire and The Humber';

/** The point a `postcode` filter parameter stands for: a full postcode, or a district's centre. */
export function resolvePostcode(directory: Directory, raw: string): { latitude: number; longitude: number; outcode: string } {
  const full = normalisePostcode(raw);
  if (full) {
    const entry = directory.postcodes.get(full);
    if (!entry) throw badRequest(`Unknown postcode "${raw}": this sample API knows ${directory.dataset.area} postcodes only.`);
    return { latitude: entry.latitude, longitude: entry.longitude, outcode: full.split(' ')[0] as string };
  }
  const outcode = normaliseOutcode(raw);
  const centre = outcode ? directory.outcodes.get(outcode) : undefined;
  if (outcode && centre) return { ...centre, outcode };
  if (outcode) throw badRequest(`Unknown postcode district "${raw}".`);
  throw badRequest(`"${raw}" is not a valid UK postcode.`);
}

export function postcodeResult(directory: Directory, entry: PostcodeEntry) {
  const [outcode = '', incode = ''] = entry.postcode.split(' ');
  return {
    postcode: entry.postcode,
    quality: 1,
    eastings: null,
    northings: null,
    country: 'England',
    nhs_ha: REGION,
    longitude: entry.longitude,
    latitude: entry.latitude,
    european_electoral_region: REGION,
    primary_care_trust: directory.dataset.area,
    region: REGION,
    lsoa: null,
    msoa: null,
    incode,
    outcode,
    parliamentary_constituency: entry.constituency,
    parliamentary_constituency_2024: entry.constituency,
    admin_district: directory.dataset.area,
    parish: `${directory.dataset.area}, unparished area`,
    admin_county: null,
    date_of_introduction: null,
    admin_ward: entry.ward,
    ced: null,
    ccg: null,
    nuts: directory.dataset.area,
    pfa: COUNTY,
    codes: { admin_district: ADMIN_DISTRICT_CODE, admin_county: 'E99999999', admin_ward: null, parish: null },
  };
}

/** GET /postcodes/{postcode} and /postcodes/{postcode}/validate. */
export function lookupPostcode(directory: Directory, raw: string, validate: boolean): ApiResponse {
  const postcode = normalisePostcode(raw);
  const entry = postcode ? directory.postcodes.get(postcode) : undefined;
  if (validate) return { status: 200, body: { status: 200, result: entry !== undefined } };
  if (!postcode) return { status: 404, body: { status: 404, error: 'Invalid postcode' }, cache: 'no-store' };
  if (!entry) return { status: 404, body: { status: 404, error: 'Postcode not found' }, cache: 'no-store' };
  return { status: 200, body: { status: 200, result: postcodeResult(directory, entry) } };
}

/** GET /postcodes?lon=&lat=: the nearest postcodes, nearest first, with `distance` in metres. */
export function reverseGeocode(directory: Directory, query: URLSearchParams): ApiResponse {
  const lonRaw = query.get('lon') ?? query.get('longitude');
  const latRaw = query.get('lat') ?? query.get('latitude');
  if (lonRaw === null || latRaw === null) {
    return fail(400, 'No postcode query submitted. Remember to include query parameter');
  }
  const lon = Number(lonRaw);
  const lat = Number(latRaw);
  if (!lonRaw.trim() || !latRaw.trim() || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return fail(400, 'Invalid longitude/latitude submitted');
  }
  const limit = boundedInt(query.get('limit'), 10, 1, 100);
  const radius = boundedInt(query.get('radius'), 2000, 1, 20_000);
  if (limit === undefined) return fail(400, 'Invalid result limit submitted');
  if (radius === undefined) return fail(400, 'Invalid lookup radius submitted');
  const nearest = directory.dataset.postcodes
    .map((entry) => ({ entry, distance: distanceMetres(lat, lon, entry.latitude, entry.longitude) }))
    .filter((x) => x.distance <= radius)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ entry, distance }) => ({ ...postcodeResult(directory, entry), distance: Math.round(distance * 10) / 10 }));
  return { status: 200, body: { status: 200, result: nearest.length ? nearest : null } };
}

function boundedInt(raw: string | null, fallback: number, min: number, max: number): number | undefined {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) return undefined;
  return Math.min(Math.floor(n), max);
}

function fail(status: number, error: string): ApiResponse {
  return { status, body: { status, error }, cache: 'no-store' };
}
