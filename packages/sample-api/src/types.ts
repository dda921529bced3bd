/**
 * The dataset's own neutral shape. Both dialects are views of it (see v1-shape.ts and
 * v3-shape.ts); a file passed with --data must hold one of these as JSON.
 */

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type AttendingType = 'venue' | 'online' | 'phone' | 'home visit';
export type AttendingAccess = 'drop-in' | 'appointment' | 'referral' | 'membership';
export type DeliverableType =
  | 'Advice'
  | 'Assessment'
  | 'Counselling'
  | 'Equipment'
  | 'Financial Support'
  | 'Information'
  | 'Permission'
  | 'Training';
export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface Dataset {
  name: string;
  /** Words about where the data came from (fictional sample data). */
  notice: string;
  /** The local authority area the data covers, e.g. "Sheffield". */
  area: string;
  organizations: Organization[];
  locations: Location[];
  services: Service[];
  taxonomies: Taxonomy[];
  terms: Term[];
  postcodes: PostcodeEntry[];
}

export interface Organization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  /** A registered charity number, shown as an organisation identifier in v3. */
  charityNumber?: string;
}

export interface Address {
  id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
}

export interface Location {
  id: string;
  name: string;
  description?: string;
  /** Absent for the few places a real feed gives no coordinates for. */
  latitude?: number;
  longitude?: number;
  address: Address;
  accessibility: Array<{ id: string; description: string }>;
}

export interface Schedule {
  id: string;
  byday: Weekday[];
  /** "HH:MM" (24-hour). */
  opensAt: string;
  closesAt: string;
  description?: string;
  validFrom?: string;
  validTo?: string;
}

export interface CostOption {
  id: string;
  option?: string;
  amount?: number;
  amountDescription?: string;
}

export interface Phone {
  id: string;
  number: string;
}

export interface Contact {
  id: string;
  name?: string;
  title?: string;
  email?: string;
  phones: Phone[];
}

export interface Language {
  id: string;
  /** English name, e.g. "Urdu", "British Sign Language". */
  name: string;
  /** ISO 639 code, e.g. "ur", "bfi". */
  code: string;
}

export interface Service {
  id: string;
  organizationId: string;
  name: string;
  /** Plain text, or HTML, or Markdown, as real feeds carry. */
  description: string;
  url?: string;
  email?: string;
  status: ServiceStatus;
  fees?: string;
  accreditations?: string;
  minimumAge?: number;
  maximumAge?: number;
  /** Words about who the service is for (v1 eligibilitys[].eligibility). */
  eligibility?: string;
  assuredDate: string;
  assurerEmail?: string;
  alert?: string;
  lastModified: string;
  attendingType: AttendingType;
  attendingAccess: AttendingAccess;
  deliverableType?: DeliverableType;
  /** Where the service is offered: the area name (e.g. "Sheffield") or postcode districts. */
  serviceAreas: string[];
  funding?: string;
  /** Service-at-location links: one per place the service is offered. */
  locations: Array<{ id: string; locationId: string }>;
  schedules: Schedule[];
  costOptions: CostOption[];
  contacts: Contact[];
  languages: Language[];
  /** Ids (CURIEs such as "esdServiceTypes:121") of the terms the service is tagged with. */
  termIds: string[];
  /** How the v1 view writes regular schedules: RRULE-style `byday` or one entry per `weekday`. */
  v1ScheduleStyle?: 'byday' | 'weekday';
}

export interface Taxonomy {
  /** UUID (v3 id). */
  id: string;
  /** Short vocabulary name, the v1 `vocabulary` and the prefix of term ids, e.g. "esdNeeds". */
  vocabulary: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface Term {
  /** The term's CURIE, e.g. "esdServiceTypes:121": the v1 id. */
  id: string;
  /** UUID: the v3 id. */
  uuid: string;
  /** The code within the vocabulary, e.g. "121". */
  code: string;
  name: string;
  description: string;
  vocabulary: string;
  /** The parent's CURIE. */
  parent?: string;
}

export interface PostcodeEntry {
  postcode: string;
  latitude: number;
  longitude: number;
  /** Neighbourhood (used as the admin ward). */
  ward: string;
  constituency: string;
}
