/**
 * The bundled postcode table: real-format postcodes in Sheffield's real districts, at
 * plausible points inside each district, grouped by neighbourhood. Built deterministically
 * (same table every start), with a handful of hand-fixed postcodes tests can rely on.
 */
import { offsetPoint } from '../geo.js';
import { Random } from '../random.js';
import type { PostcodeEntry } from '../types.js';
import { DISTRICTS, FIXED_POSTCODES, type District } from './districts.js';

/** Letters used in the last two characters of a UK postcode. */
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const PER_NEIGHBOURHOOD = 5;

export interface Neighbourhood {
  name: string;
  district: District;
  lat: number;
  lng: number;
  postcodes: PostcodeEntry[];
}

let cache: { postcodes: PostcodeEntry[]; neighbourhoods: Neighbourhood[] } | undefined;

/** The postcode table and the neighbourhoods it is grouped into. */
export function sheffieldPostcodes(): { postcodes: PostcodeEntry[]; neighbourhoods: Neighbourhood[] } {
  if (cache) return cache;
  const rng = new Random('sheffield-postcodes');
  const taken = new Set(FIXED_POSTCODES.map((p) => p.postcode));
  const postcodes: PostcodeEntry[] = [];
  const neighbourhoods: Neighbourhood[] = [];
  for (const district of DISTRICTS) {
    const k = district.neighbourhoods.length;
    district.neighbourhoods.forEach((name, i) => {
      const angle = (2 * Math.PI * i) / k + 0.4;
      const anchor = offsetPoint(
        district.lat,
        district.lng,
        Math.cos(angle) * district.radius * 0.5,
        Math.sin(angle) * district.radius * 0.5,
      );
      const hood: Neighbourhood = { name, district, lat: anchor.lat, lng: anchor.lng, postcodes: [] };
      for (const fixed of FIXED_POSTCODES) {
        if (fixed.ward === name) {
          const entry = { postcode: fixed.postcode, latitude: fixed.lat, longitude: fixed.lng, ward: name, constituency: district.constituency };
          hood.postcodes.push(entry);
          postcodes.push(entry);
        }
      }
      while (hood.postcodes.length < PER_NEIGHBOURHOOD) {
        const code = `${district.outcode} ${rng.pick(district.sectors)}${rng.pick([...UNIT_LETTERS])}${rng.pick([...UNIT_LETTERS])}`;
        if (taken.has(code)) continue;
        taken.add(code);
        const r = Math.sqrt(rng.next()) * district.radius * 0.35;
        const t = rng.next() * 2 * Math.PI;
        const point = offsetPoint(anchor.lat, anchor.lng, Math.cos(t) * r, Math.sin(t) * r);
        const entry = { postcode: code, latitude: point.lat, longitude: point.lng, ward: name, constituency: district.constituency };
        hood.postcodes.push(entry);
        postcodes.push(entry);
      }
      neighbourhoods.push(hood);
    });
  }
  postcodes.sort((a, b) => comparePostcodes(a.postcode, b.postcode));
  cache = { postcodes, neighbourhoods };
  return cache;
}

/** Sort "S2 ..." before "S10 ...". */
function comparePostcodes(a: string, b: string): number {
  const na = Number(/\d+/.exec(a)?.[0]);
  const nb = Number(/\d+/.exec(b)?.[0]);
  return na - nb || a.localeCompare(b);
}

export function findNeighbourhood(name: string): Neighbourhood {
  const hood = sheffieldPostcodes().neighbourhoods.find((n) => n.name === name);
  if (!hood) throw new Error(`Unknown neighbourhood ${name}`);
  return hood;
}
