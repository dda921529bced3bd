/**
 * The ORUK v3 (HSDS 3.0 UK profile) view of the dataset. Full services follow
 * examples/service_full.json; list items carry the same nested lists (locations,
 * attributes, schedules, costs, contacts with phones, languages) so a finder can draw
 * cards from one call, leaving out only funding and organisation identifiers.
 */
import type { Directory } from './directory.js';
import { TERM_URI_BASE } from './data/taxonomy.js';
import { uuidFrom } from './random.js';
import type { Location, Organization, Service, Taxonomy, Term } from './types.js';

type Json = Record<string, unknown>;

export class V3Shapes {
  readonly #directory: Directory;
  readonly #full = new Map<string, Json>();

  constructor(directory: Directory) {
    this.#directory = directory;
  }

  /** GET /services/{id}: the fully nested service. */
  service(service: Service): Json {
    let out = this.#full.get(service.id);
    if (!out) {
      out = this.#build(service);
      this.#full.set(service.id, out);
    }
    return out;
  }

  /** An item of GET /services. */
  serviceListItem(service: Service): Json {
    const { funding: _funding, organization, ...rest } = this.service(service);
    const { organization_identifiers: _ids, ...org } = organization as Json;
    return { ...rest, organization: org };
  }

  /** An item of GET /service_at_locations (and the body of /service_at_locations/{id}). */
  serviceAtLocation(service: Service, linkId: string, location: Location, distance?: number): Json {
    const { service_at_locations: _sals, ...nested } = this.serviceListItem(service);
    return {
      id: linkId,
      service_id: service.id,
      location_id: location.id,
      location: this.location(location),
      service: nested,
      ...(distance !== undefined ? { distance: Math.round(distance) } : {}),
    };
  }

  location(location: Location): Json {
    return {
      id: location.id,
      location_type: 'physical',
      name: location.name,
      ...(location.description ? { description: location.description } : {}),
      ...(location.latitude !== undefined && location.longitude !== undefined
        ? { latitude: location.latitude, longitude: location.longitude }
        : {}),
      addresses: [{ ...location.address, location_id: location.id, address_type: 'physical' }],
      accessibility: location.accessibility.map((a) => ({
        id: a.id,
        location_id: location.id,
        description: a.description,
        accessibility: a.description,
      })),
    };
  }

  taxonomy(taxonomy: Taxonomy, withTerms = false): Json {
    return {
      id: taxonomy.id,
      name: taxonomy.name,
      description: taxonomy.description,
      uri: taxonomy.uri,
      version: taxonomy.version,
      ...(withTerms
        ? { taxonomy_terms: this.#directory.dataset.terms.filter((t) => t.vocabulary === taxonomy.vocabulary).map((t) => this.term(t)) }
        : {}),
    };
  }

  term(term: Term, withTaxonomy = false): Json {
    const taxonomy = this.#directory.taxonomiesByVocabulary.get(term.vocabulary);
    const parent = term.parent ? this.#directory.terms.get(term.parent) : undefined;
    return {
      id: term.uuid,
      code: term.code,
      name: term.name,
      description: term.description,
      ...(parent ? { parent_id: parent.uuid } : {}),
      taxonomy: term.vocabulary,
      ...(taxonomy ? { taxonomy_id: taxonomy.id } : {}),
      term_uri: `${TERM_URI_BASE}/${term.vocabulary}/${encodeURIComponent(term.code)}`,
      ...(withTaxonomy && taxonomy ? { taxonomy_detail: this.taxonomy(taxonomy) } : {}),
    };
  }

  organization(org: Organization, withIdentifiers: boolean): Json {
    return {
      id: org.id,
      name: org.name,
      description: org.description,
      ...(org.email ? { email: org.email } : {}),
      ...(org.website ? { website: org.website } : {}),
      ...(withIdentifiers && org.charityNumber
        ? {
            organization_identifiers: [
              {
                id: uuidFrom(`organization_identifier:${org.id}`),
                organization_id: org.id,
                identifier_scheme: 'GB-CHC',
                identifier_type: 'Charity number',
                identifier: org.charityNumber,
              },
            ],
          }
        : {}),
    };
  }

  #build(s: Service): Json {
    const d = this.#directory;
    return {
      id: s.id,
      organization_id: s.organizationId,
      name: s.name,
      description: s.description,
      ...(s.url ? { url: s.url } : {}),
      ...(s.email ? { email: s.email } : {}),
      status: s.status,
      ...(s.fees ? { fees: s.fees } : {}),
      ...(s.accreditations ? { accreditations: s.accreditations } : {}),
      ...(s.minimumAge !== undefined ? { minimum_age: s.minimumAge } : {}),
      ...(s.maximumAge !== undefined ? { maximum_age: s.maximumAge } : {}),
      ...(s.eligibility ? { eligibility_description: s.eligibility } : {}),
      assured_date: s.assuredDate,
      ...(s.assurerEmail ? { assurer_email: s.assurerEmail } : {}),
      ...(s.alert ? { alert: s.alert } : {}),
      last_modified: s.lastModified,
      schedules: s.schedules.map((sc) => ({
        id: sc.id,
        service_id: s.id,
        ...(sc.validFrom ? { valid_from: sc.validFrom } : {}),
        ...(sc.validTo ? { valid_to: sc.validTo } : {}),
        freq: 'WEEKLY',
        interval: 1,
        byday: sc.byday.join(','),
        opens_at: `${sc.opensAt}:00`,
        closes_at: `${sc.closesAt}:00`,
        ...(sc.description ? { description: sc.description } : {}),
      })),
      service_areas: s.serviceAreas.map((area) => ({
        id: uuidFrom(`service_area:${s.id}:${area}`),
        service_id: s.id,
        name: area,
        service_area: area,
      })),
      service_at_locations: d.locationsOf(s).map(({ linkId, location }) => ({
        id: linkId,
        service_id: s.id,
        location_id: location.id,
        location: this.location(location),
      })),
      languages: s.languages.map((l) => ({ id: l.id, service_id: s.id, name: l.name, code: l.code })),
      organization: this.organization(d.organizationOf(s), true),
      ...(s.funding ? { funding: [{ id: uuidFrom(`funding:${s.id}`), service_id: s.id, source: s.funding }] } : {}),
      cost_options: s.costOptions.map((c) => ({
        id: c.id,
        service_id: s.id,
        ...(c.option ? { option: c.option } : {}),
        ...(c.amount !== undefined ? { amount: c.amount, currency: 'GBP' } : {}),
        ...(c.amountDescription ? { amount_description: c.amountDescription } : {}),
      })),
      contacts: s.contacts.map((c) => ({
        id: c.id,
        service_id: s.id,
        ...(c.name ? { name: c.name } : {}),
        ...(c.title ? { title: c.title } : {}),
        ...(c.email ? { email: c.email } : {}),
        phones: c.phones.map((p) => ({ id: p.id, contact_id: c.id, number: p.number, type: 'voice' })),
      })),
      attributes: d.termsOf(s).map((term) => ({
        id: uuidFrom(`attribute:${s.id}:${term.id}`),
        link_id: s.id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: term.uuid,
        taxonomy_term: this.term(term),
      })),
    };
  }
}
