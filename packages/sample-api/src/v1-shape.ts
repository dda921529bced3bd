/**
 * The ORUK v1 view of the dataset, nested the way live v1 feeds nest it (the v1 OpenAPI
 * lists only top-level fields): organization, service_at_locations[].location with
 * physical_addresses and accessibility_for_disabilities, eligibilitys, regular_schedules,
 * service_taxonomys, contacts with phones, cost_options, languages, service_areas.
 *
 * regular_schedules vary as in real feeds: most services write one entry per opening
 * pattern with RRULE-style `byday` ("MO,WE"); some (about a third) write one entry per day
 * with `weekday` ("Monday") instead.
 */
import type { Directory } from './directory.js';
import { uuidFrom } from './random.js';
import type { Location, Service, Term, Weekday } from './types.js';

type Json = Record<string, unknown>;

const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export class V1Shapes {
  readonly #directory: Directory;
  readonly #cache = new Map<string, Json>();

  constructor(directory: Directory) {
    this.#directory = directory;
  }

  /**
   * A service (list item and detail are the same shape). With `distances` (metres by
   * location id), each located place gets `distance` and the service the nearest.
   */
  service(service: Service, distances?: Map<string, number>): Json {
    let base = this.#cache.get(service.id);
    if (!base) {
      base = this.#build(service);
      this.#cache.set(service.id, base);
    }
    if (!distances) return base;
    let nearest: number | undefined;
    const sals = (base.service_at_locations as Json[]).map((sal) => {
      const location = sal.location as Json;
      const d = distances.get(location.id as string);
      if (d === undefined) return sal;
      if (nearest === undefined || d < nearest) nearest = d;
      return { ...sal, location: { ...location, distance: Math.round(d) } };
    });
    return { ...base, ...(nearest !== undefined ? { distance: Math.round(nearest) } : {}), service_at_locations: sals };
  }

  taxonomy(term: Term): Json {
    return { id: term.id, name: term.name, vocabulary: term.vocabulary, parent: term.parent ?? null };
  }

  location(location: Location): Json {
    return {
      id: location.id,
      name: location.name,
      description: location.description ?? '',
      ...(location.latitude !== undefined && location.longitude !== undefined
        ? { latitude: location.latitude, longitude: location.longitude }
        : {}),
      physical_addresses: [
        {
          id: location.address.id,
          location_id: location.id,
          address_1: location.address.address_1,
          city: location.address.city,
          state_province: location.address.state_province,
          postal_code: location.address.postal_code,
          country: location.address.country,
        },
      ],
      accessibility_for_disabilities: location.accessibility.map((a) => ({
        id: a.id,
        location_id: location.id,
        accessibility: a.description,
      })),
    };
  }

  #build(s: Service): Json {
    const d = this.#directory;
    const org = d.organizationOf(s);
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      url: s.url ?? '',
      ...(s.email ? { email: s.email } : {}),
      status: s.status,
      fees: s.fees ?? '',
      accreditations: s.accreditations ?? null,
      deliverable_type: s.deliverableType ?? null,
      assured_date: s.assuredDate,
      attending_type: s.attendingType,
      attending_access: s.attendingAccess,
      organization: {
        id: org.id,
        name: org.name,
        description: org.description,
        ...(org.email ? { email: org.email } : {}),
        ...(org.website ? { url: org.website } : {}),
        logo: null,
        uri: null,
      },
      contacts: s.contacts.map((c) => ({
        id: c.id,
        name: c.name ?? '',
        title: c.title ?? '',
        phones: c.phones.map((p) => ({ id: p.id, number: p.number, language: null })),
      })),
      cost_options: s.costOptions.map((c) => ({
        id: c.id,
        option: c.option ?? '',
        amount: c.amount ?? null,
        amount_description: c.amountDescription ?? '',
        valid_from: null,
        valid_to: null,
      })),
      eligibilitys:
        s.eligibility || s.minimumAge !== undefined || s.maximumAge !== undefined
          ? [
              {
                id: uuidFrom(`eligibility:${s.id}`),
                eligibility: s.eligibility ?? '',
                minimum_age: s.minimumAge ?? null,
                maximum_age: s.maximumAge ?? null,
              },
            ]
          : [],
      fundings: s.funding ? [{ id: uuidFrom(`funding:${s.id}`), source: s.funding }] : [],
      holiday_schedules: [],
      languages: s.languages.map((l) => ({ id: l.id, language: l.name })),
      regular_schedules: this.#schedules(s),
      reviews: [],
      service_areas: s.serviceAreas.map((area) => ({
        id: uuidFrom(`service_area:${s.id}:${area}`),
        service_area: area,
        extent: null,
        uri: null,
      })),
      service_at_locations: d.locationsOf(s).map(({ linkId, location }) => ({
        id: linkId,
        location: this.location(location),
        regular_schedules: [],
        holiday_schedules: [],
      })),
      service_taxonomys: d.termsOf(s).map((term) => ({
        id: uuidFrom(`service_taxonomy:${s.id}:${term.id}`),
        taxonomy: this.taxonomy(term),
      })),
    };
  }

  #schedules(s: Service): Json[] {
    if (s.v1ScheduleStyle === 'weekday') {
      return s.schedules.flatMap((sc) =>
        sc.byday.map((day) => ({
          id: uuidFrom(`${sc.id}:${day}`),
          weekday: WEEKDAY_NAMES[day],
          opens_at: `${sc.opensAt}:00`,
          closes_at: `${sc.closesAt}:00`,
          description: sc.description ?? '',
        })),
      );
    }
    return s.schedules.map((sc) => ({
      id: sc.id,
      byday: sc.byday.join(','),
      freq: 'WEEKLY',
      interval: 1,
      opens_at: `${sc.opensAt}:00`,
      closes_at: `${sc.closesAt}:00`,
      description: sc.description ?? '',
      valid_from: null,
      valid_to: null,
      dtstart: null,
    }));
  }
}
