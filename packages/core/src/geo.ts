/** Points, distances and UK postcodes. */
import { isValid, toNormalised, toOutcode } from 'postcode';
import type { LatLng } from './model.js';

/** Coordinates that are numbers on Earth and not the 0,0 placeholder many feeds use. */
export function validLatLng(lat: unknown, lng: unknown): LatLng | undefined {
  const la = typeof lat === 'string' && lat.trim() ? Number(lat) : lat;
  const ln = typeof lng === 'string' && lng.trim() ? Number(lng) : lng;
  if (typeof la !== 'number' || typeof ln !== 'number') return undefined;
  if (!Number.isFinite(la) || !Number.isFinite(ln)) return undefined;
  if (la < -90 || la > 90 || ln < -180 || ln > 180) return undefined;
  if (la === 0 && ln === 0) return undefined;
  return { lat: la, lng: ln };
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const METRES_PER_MILE = 1609.344;

export function milesToMetres(miles: number): number {
  return Math.round(miles * METRES_PER_MILE);
}

export function metresToMiles(metres: number): number {
  return metres / METRES_PER_MILE;
}

/** "S1 2HE" from " s12he ", or undefined when it is not a valid UK postcode. */
export function normalisePostcode(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const trimmed = input.trim();
  if (!isValid(trimmed)) return undefined;
  return toNormalised(trimmed) ?? undefined;
}

/** The postcode district ("S1" from "S1 2HE"): the most of a postcode that is shared in reports. */
export function postcodeDistrict(input: unknown): string | undefined {
  const pc = normalisePostcode(input);
  return pc ? (toOutcode(pc) ?? undefined) : undefined;
}
