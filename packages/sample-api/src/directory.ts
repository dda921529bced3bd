/**
 * The dataset with the lookups the routes need: by id, by term, by postcode, and each
 * service's searchable text. Built once at start-up.
 */
import { readFileSync } from 'node:fs';
import { generateDataset } from './generate.js';
import type { Dataset, Location, Organization, PostcodeEntry, Service, Taxonomy, Term } from './types.js';

/** A service's precomputed search text (lower-case, accents and markup removed). */
export interface SearchText {
  name: string;
  /** Name, description, organisation name and term names together. */
  all: string;
}

export class Directory {
  readonly dataset: Dataset;
  readonly services: readonly Service[];
  readonly servicesById = new Map<string, Service>();
  readonly organizations = new Map<string, Organization>();
  readonly locations = new Map<string, Location>();
  readonly terms = new Map<string, Term>();
  readonly termsByUuid = new Map<string, Term>();
  readonly taxonomies = new Map<string, Taxonomy>();
  readonly taxonomiesByVocabulary = new Map<string, Taxonomy>();
  readonly postcodes = new Map<string, PostcodeEntry>();
  readonly outcodes = new Map<string, { latitude: number; longitude: number }>();
  readonly serviceAtLocations = new Map<string, { service: Service; linkId: string; location: Location }>();
  readonly searchText = new Map<Service, SearchText>();
  readonly #children = new Map<string, string[]>();

  constructor(dataset: Dataset) {
    checkShape(dataset);
    this.dataset = dataset;
    this.services = [...dataset.services].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
    for (const org of dataset.organizations) this.organizations.set(org.id, org);
    for (const location of dataset.locations) this.locations.set(location.id, location);
    for (const taxonomy of dataset.taxonomies) {
      this.taxonomies.set(taxonomy.id, taxonomy);
      this.taxonomiesByVocabulary.set(taxonomy.vocabulary, taxonomy);
    }
    for (const term of dataset.terms) {
      this.terms.set(term.id, term);
      this.termsByUuid.set(term.uuid, term);
      if (term.parent) this.#children.set(term.parent, [...(this.#children.get(term.parent) ?? []), term.id]);
    }
    for (const pc of dataset.postcodes) this.postcodes.set(pc.postcode, pc);
    this.#outcodeCentroids(dataset.postcodes);
    for (const service of dataset.services) {
      if (this.servicesById.has(service.id)) throw new Error(`Duplicate service id ${service.id}`);
      this.servicesById.set(service.id, service);
      const org = this.organizations.get(service.organizationId);
      if (!org) throw new Error(`Service ${service.id} names unknown organisation ${service.organizationId}`);
      for (const link of service.locations) {
        const location = this.locations.get(link.locationId);
        if (!location) throw new Error(`Service ${service.id} names unknown location ${link.locationId}`);
        this.serviceAtLocations.set(link.id, { service, linkId: link.id, location });
      }
      const termNames = service.termIds.map((id) => {
        const term = this.terms.get(id);
        if (!term) throw new Error(`Service ${service.id} names unknown term ${id}`);
        return term.name;
      });
      this.searchText.set(service, {
        name: foldText(service.name),
        all: foldText([service.name, plainText(service.description), org.name, ...termNames].join(' ')),
      });
    }
  }

  organizationOf(service: Service): Organization {
    return this.organizations.get(service.organizationId) as Organization;
  }

  locationsOf(service: Service): Array<{ linkId: string; location: Location }> {
    return service.locations.map((l) => ({ linkId: l.id, location: this.locations.get(l.locationId) as Location }));
  }

  termsOf(service: Service): Term[] {
    return service.termIds.map((id) => this.terms.get(id) as Term);
  }

  /** A term and all terms below it. */
  withDescendants(termId: string): string[] {
    const out = [termId];
    for (let i = 0; i < out.length; i++) out.push(...(this.#children.get(out[i] as string) ?? []));
    return out;
  }

  /** A term from a CURIE id ("esdNeeds:9"), a UUID, or a code qualified by a vocabulary. */
  findTerm(ref: string, vocabulary?: string): Term | undefined {
    const byId = this.terms.get(ref) ?? this.termsByUuid.get(ref.toLowerCase());
    if (byId) return byId;
    if (vocabulary) return this.terms.get(`${this.findTaxonomy(vocabulary)?.vocabulary ?? vocabulary}:${ref}`);
    const matches = this.dataset.terms.filter((t) => t.code === ref);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** A taxonomy by UUID or vocabulary name (case-insensitive). */
  findTaxonomy(ref: string): Taxonomy | undefined {
    const direct = this.taxonomies.get(ref.toLowerCase()) ?? this.taxonomiesByVocabulary.get(ref);
    if (direct) return direct;
    const lower = ref.toLowerCase();
    return this.dataset.taxonomies.find((t) => t.vocabulary.toLowerCase() === lower || t.name.toLowerCase() === lower);
  }

  #outcodeCentroids(postcodes: readonly PostcodeEntry[]): void {
    const sums = new Map<string, { lat: number; lng: number; n: number }>();
    for (const pc of postcodes) {
      const outcode = pc.postcode.split(' ')[0] as string;
      const sum = sums.get(outcode) ?? { lat: 0, lng: 0, n: 0 };
      sum.lat += pc.latitude;
      sum.lng += pc.longitude;
      sum.n += 1;
      sums.set(outcode, sum);
    }
    for (const [outcode, s] of sums) {
      this.outcodes.set(outcode, { latitude: s.lat / s.n, longitude: s.lng / s.n });
    }
  }
}

/** The dataset from an object, a JSON file path, or (by default) the bundled catalogue. */
export function loadDataset(source?: Dataset | string, generate?: { services?: number; seed?: number }): Dataset {
  if (typeof source === 'string') return JSON.parse(readFileSync(source, 'utf8')) as Dataset;
  if (source) return source;
  return generateDataset(generate);
}

/** Lower-case, accents removed, apostrophes dropped, everything else not a letter or digit a space. */
export function foldText(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Text of an HTML or Markdown description, roughly: tags and entities removed. */
export function plainText(description: string): string {
  return description
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
}

function checkShape(dataset: Dataset): void {
  if (!dataset || typeof dataset !== 'object') throw new Error('The dataset must be an object.');
  for (const key of ['organizations', 'locations', 'services', 'taxonomies', 'terms', 'postcodes'] as const) {
    if (!Array.isArray(dataset[key])) throw new Error(`The dataset has no "${key}" list.`);
  }
  for (const service of dataset.services) {
    if (typeof service?.id !== 'string' || typeof service.name !== 'string') {
      throw new Error('Every service needs a string id and name.');
    }
    for (const key of ['locations', 'schedules', 'costOptions', 'contacts', 'languages', 'termIds', 'serviceAreas'] as const) {
      if (!Array.isArray(service[key])) throw new Error(`Service ${service.id} has no "${key}" list.`);
    }
  }
}
