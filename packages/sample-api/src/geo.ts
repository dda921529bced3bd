/** Distances and UK postcode normalisation. */

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two points given in degrees. */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A point offset from another by metres north and east (good enough within a city). */
export function offsetPoint(lat: number, lng: number, northM: number, eastM: number): { lat: number; lng: number } {
  const dLat = northM / 111_320;
  const dLng = eastM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { lat: round6(lat + dLat), lng: round6(lng + dLng) };
}

export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;
const OUTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** "s12he" / "S1 2HE " -> "S1 2HE"; undefined when it is not shaped like a full UK postcode. */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  const m = FULL_POSTCODE.exec(compact);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/** "s10" -> "S10"; undefined when it is not shaped like an outcode. */
export function normaliseOutcode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  return OUTCODE.test(compact) ? compact : undefined;
}
