/**
 * Builds the dataset from the hand-written catalogue (src/data/): the bundled Sheffield
 * directory, or with `services` a deterministic dataset of any size for benchmarks.
 * Everything is derived from stable keys and seeds, so the same options always give the
 * same dataset, byte for byte.
 */
import { AREA, COUNTY } from './data/districts.js';
import { ORGANISATIONS } from './data/organisations.js';
import {
  ACCESS_NOTES,
  DIVERSE_AREAS,
  FIRST_NAMES,
  LANGUAGES,
  LAST_NAMES,
  NO_COORDINATES,
  STREETS,
  VENUE_DESCRIPTIONS,
  venueName,
} from './data/places.js';
import { findNeighbourhood, sheffieldPostcodes } from './data/postcodes.js';
import { buildTaxonomies } from './data/taxonomy.js';
import type { ScheduleSpec, Template, VenueKind } from './data/template.js';
import { TEMPLATES } from './data/templates/index.js';
import { offsetPoint, round6 } from './geo.js';
import { Random, uuidFrom } from './random.js';
import {
  WEEKDAYS,
  type Contact,
  type CostOption,
  type Dataset,
  type Language,
  type Location,
  type Organization,
  type Schedule,
  type Service,
  type Weekday,
} from './types.js';

export interface GenerateOptions {
  /** How many services: omit for the bundled catalogue (a little over 300). */
  services?: number;
  /** Seed for choosing and varying services when `services` is given (default 1). */
  seed?: number;
}

export const DATASET_NOTICE =
  'Fictional sample data for demonstrations and tests. Services, organisations, people, phone numbers (Ofcom drama range) ' +
  'and email addresses (example.org) are invented; neighbourhoods and postcode districts are real, coordinates approximate.';

const OLD_START = Date.UTC(2024, 1, 1);
const OLD_END = Date.UTC(2025, 9, 31);
const RECENT_START = Date.UTC(2025, 11, 1);
const RECENT_END = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;

/** The dataset: the bundled catalogue, or `services` of them built from it deterministically. */
export function generateDataset(options: GenerateOptions = {}): Dataset {
  const builder = new Builder();
  const catalogue = builder.catalogue();
  let services = catalogue;
  const count = options.services;
  if (count !== undefined) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('services must be a whole number, 0 or more');
    const rng = new Random(options.seed ?? 1);
    if (count <= catalogue.length) {
      const chosen = new Set(rng.sample(catalogue, count));
      services = catalogue.filter((s) => chosen.has(s));
    } else {
      services = [...catalogue];
      const areas = sheffieldPostcodes().neighbourhoods.map((n) => n.name);
      for (let k = 0; services.length < count; k++) {
        const template = rng.pick(TEMPLATES);
        const area = rng.pick(areas);
        services.push(builder.extra(template, area, `${options.seed ?? 1}:${k}`, k));
      }
    }
  }
  return builder.dataset(services);
}

class Builder {
  readonly #orgs = new Map<string, Organization>();
  readonly #venues = new Map<string, Location>();
  readonly #taxonomy = buildTaxonomies();
  readonly #termIds = new Set(this.#taxonomy.terms.map((t) => t.id));

  constructor() {
    for (const org of ORGANISATIONS) {
      this.#orgs.set(org.key, {
        id: uuidFrom(`organization:${org.key}`),
        name: org.name,
        description: org.description,
        email: `${org.key}@example.org`,
        website: `https://example.org/${org.key}`,
        ...(org.charityNumber ? { charityNumber: org.charityNumber } : {}),
      });
    }
  }

  catalogue(): Service[] {
    const out: Service[] = [];
    for (const template of TEMPLATES) {
      if (template.areas) {
        template.areas.forEach((area, i) => out.push(this.#service(template, area, `${template.key}:${area}`, i, false)));
      } else {
        out.push(this.#service(template, template.home ?? 'City Centre', template.key, 0, true));
      }
    }
    return out;
  }

  /** A further service for large datasets: a template instantiated somewhere else. */
  extra(template: Template, area: string, key: string, k: number): Service {
    const local: Template =
      template.venue === 'named' ? { ...template, venue: 'community centre', sites: [] } : { ...template, sites: [] };
    const service = this.#service(local, area, `${template.key}:${area}:generated:${key}`, k, false);
    service.name = `${service.name} #${k + 1}`;
    return service;
  }

  dataset(services: Service[]): Dataset {
    const usedLocations = new Set(services.flatMap((s) => s.locations.map((l) => l.locationId)));
    const usedOrgs = new Set(services.map((s) => s.organizationId));
    return {
      name: `Signpost sample directory: ${AREA}`,
      notice: DATASET_NOTICE,
      area: AREA,
      organizations: [...this.#orgs.values()].filter((o) => usedOrgs.has(o.id)),
      locations: [...this.#venues.values()].filter((l) => usedLocations.has(l.id)),
      services,
      taxonomies: this.#taxonomy.taxonomies,
      terms: this.#taxonomy.terms,
      postcodes: sheffieldPostcodes().postcodes,
    };
  }

  #service(t: Template, area: string, key: string, index: number, citywide: boolean): Service {
    const id = uuidFrom(`service:${key}`);
    const rng = new Random(`service:${key}`);
    const org = this.#orgs.get(t.org);
    if (!org) throw new Error(`Template ${t.key}: unknown organisation ${t.org}`);

    const venues: Location[] = [];
    if (!t.online) {
      const kind = t.venue ?? 'community centre';
      venues.push(this.#venue(kind, area, t.venueName?.replaceAll('{area}', area)));
      for (const [siteKind, siteArea, siteName] of t.sites ?? []) venues.push(this.#venue(siteKind, siteArea, siteName));
    }
    const place = venues[0]?.name ?? area;
    const fill = (text: string) => text.replaceAll('{area}', area).replaceAll('{venue}', place);
    const name = fill(t.name);

    const termIds = [
      ...t.types.map((c) => `esdServiceTypes:${c}`),
      ...(t.needs ?? []).map((c) => `esdNeeds:${c}`),
      ...(t.circumstances ?? []).map((c) => `esdCircumstances:${c}`),
      ...(t.send ?? []).map((c) => `sendNeeds:${c}`),
    ];
    for (const termId of termIds) {
      if (!this.#termIds.has(termId)) throw new Error(`Template ${t.key}: unknown term ${termId}`);
    }

    const [minimumAge, maximumAge] = t.ages ?? [undefined, undefined];
    const assured = this.#date(rng);
    const slug = slugify(name);
    const district = findNeighbourhood(area).district.outcode;

    return {
      id,
      organizationId: org.id,
      name,
      description: fill(t.description),
      ...(t.noUrl || rng.chance(0.1) ? {} : { url: `https://example.org/${t.org}/${slug}` }),
      ...(rng.chance(0.8) ? { email: `${emailLocalPart(slug)}@example.org` } : {}),
      status: t.status ?? 'active',
      ...(t.fees ? { fees: t.fees } : t.cost === 'free' ? { fees: 'Free' } : {}),
      ...(t.accreditations ? { accreditations: t.accreditations } : {}),
      ...(minimumAge !== undefined ? { minimumAge } : {}),
      ...(maximumAge !== undefined ? { maximumAge } : {}),
      ...eligibility(t, minimumAge, maximumAge),
      assuredDate: isoDate(assured),
      ...(rng.chance(0.7) ? { assurerEmail: 'directory.team@example.org' } : {}),
      ...(t.alert ? { alert: t.alert } : {}),
      lastModified: new Date(Math.min(assured + rng.int(0, 20) * DAY_MS + rng.int(8 * 3600, 18 * 3600) * 1000, Date.UTC(2026, 10, 1))).toISOString(),
      attendingType: t.attending ?? (t.online ? 'online' : 'venue'),
      attendingAccess: t.access,
      ...(t.deliverable ? { deliverableType: t.deliverable } : {}),
      serviceAreas: t.coverage ?? (citywide ? [AREA] : [district]),
      ...(t.funding ? { funding: t.funding } : {}),
      locations: venues.map((v) => ({ id: uuidFrom(`service_at_location:${key}:${v.id}`), locationId: v.id })),
      schedules: schedules(t.times, index, key),
      costOptions: costOptions(t, key),
      contacts: [this.#contact(t, key, rng)],
      languages: languages(t, area, key, rng),
      termIds,
      v1ScheduleStyle: rng.chance(0.3) ? 'weekday' : 'byday',
    };
  }

  #venue(kind: VenueKind, area: string, name?: string): Location {
    if (kind === 'named' && !name) throw new Error(`A named venue in ${area} needs a venueName`);
    const key = kind === 'named' ? `named:${name}` : `${kind}:${area}`;
    const existing = this.#venues.get(key);
    if (existing) return existing;
    const rng = new Random(`location:${key}`);
    const hood = findNeighbourhood(area);
    const postcode = rng.pick(hood.postcodes);
    const id = uuidFrom(`location:${key}`);
    const childminder = kind === 'childminder';
    const point = childminder
      ? { lat: Math.round(hood.lat * 1000) / 1000, lng: Math.round(hood.lng * 1000) / 1000 }
      : offsetPoint(postcode.latitude, postcode.longitude, rng.int(-40, 40), rng.int(-40, 40));
    const withheld = NO_COORDINATES.has(key);
    const location: Location = {
      id,
      name: kind === 'named' ? (name as string) : venueName(kind, area, (items) => rng.pick(items)),
      description: VENUE_DESCRIPTIONS[kind],
      ...(withheld ? {} : { latitude: round6(point.lat), longitude: round6(point.lng) }),
      address: {
        id: uuidFrom(`address:${key}`),
        address_1: childminder
          ? 'Address given on enquiry'
          : withheld
            ? 'Address shared after referral'
            : `${rng.int(1, 240)} ${rng.pick(STREETS)}`,
        city: AREA,
        state_province: COUNTY,
        postal_code: childminder || withheld ? hood.district.outcode : postcode.postcode,
        country: 'GB',
      },
      accessibility: (childminder ? [] : rng.sample(ACCESS_NOTES, rng.int(0, 3))).map((description, i) => ({
        id: uuidFrom(`accessibility:${key}:${i}`),
        description,
      })),
    };
    this.#venues.set(key, location);
    return location;
  }

  #contact(t: Template, key: string, rng: Random): Contact {
    const named = rng.chance(0.75);
    const phones = [{ id: uuidFrom(`phone:${key}:0`), number: dramaNumber(rng) }];
    if (rng.chance(0.15)) phones.push({ id: uuidFrom(`phone:${key}:1`), number: dramaNumber(rng) });
    return {
      id: uuidFrom(`contact:${key}`),
      ...(named ? { name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` } : {}),
      title: t.contactTitle ?? 'Enquiries',
      phones,
    };
  }

  #date(rng: Random): number {
    const [start, end] = rng.chance(0.25) ? [OLD_START, OLD_END] : [RECENT_START, RECENT_END];
    return start + rng.int(0, Math.floor((end - start) / DAY_MS)) * DAY_MS;
  }
}

function schedules(times: Template['times'], index: number, key: string): Schedule[] {
  if (!times || times.length === 0) return [];
  const chosen = times[index % times.length] as ScheduleSpec | ScheduleSpec[];
  const specs = Array.isArray(chosen) ? chosen : [chosen];
  return specs.map((spec, j) => ({
    id: uuidFrom(`schedule:${key}:${j}`),
    byday: parseDays(spec.days),
    opensAt: spec.opens,
    closesAt: spec.closes,
    ...(spec.description ? { description: spec.description } : {}),
  }));
}

function parseDays(days: string): Weekday[] {
  return days.split(',').map((d) => {
    const day = d.trim() as Weekday;
    if (!WEEKDAYS.includes(day)) throw new Error(`Bad day ${d}`);
    return day;
  });
}

function costOptions(t: Template, key: string): CostOption[] {
  if (!t.cost) return [];
  const specs = t.cost === 'free' ? [{ option: 'Free', amount: 0, amountDescription: 'No charge' }] : t.cost;
  return specs.map((c, i) => ({
    id: uuidFrom(`cost_option:${key}:${i}`),
    ...(c.option ? { option: c.option } : {}),
    amount: c.amount,
    ...(c.amountDescription ? { amountDescription: c.amountDescription } : {}),
  }));
}

function languages(t: Template, area: string, key: string, rng: Random): Language[] {
  const codes = ['en', ...(t.languages ?? [])];
  if (DIVERSE_AREAS.has(area) && rng.chance(0.5)) {
    for (const code of rng.sample(['ur', 'ar', 'so', 'sk', 'pl'], rng.int(1, 2))) {
      if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes.map((code) => ({ id: uuidFrom(`language:${key}:${code}`), name: LANGUAGES[code] ?? code, code }));
}

function eligibility(t: Template, min?: number, max?: number): { eligibility?: string } {
  if (t.eligibility) return { eligibility: t.eligibility };
  if (min !== undefined && max !== undefined) return { eligibility: `Aged ${min} to ${max}` };
  if (min !== undefined) return { eligibility: `Aged ${min} and over` };
  if (max !== undefined) return { eligibility: `Aged up to ${max}` };
  return {};
}

/** The first words of a slug, at most about 30 characters. */
function emailLocalPart(slug: string): string {
  let out = '';
  for (const word of slug.split('-')) {
    if (out && out.length + word.length + 1 > 30) break;
    out = out ? `${out}.${word}` : word;
  }
  return out;
}

function dramaNumber(rng: Random): string {
  return `0114 496 0${String(rng.int(0, 999)).padStart(3, '0')}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
