/**
 * The normalised model every Signpost element renders. Both ORUK dialects (v1, v3)
 * are parsed into these shapes; every field that a feed may omit is optional or empty.
 * Strings here are plain text, except `Service.description`, which is the feed's own
 * untrusted text (HTML, Markdown or plain) to be shown only through `descriptionHtml` from
 * `@signpost/core/sanitise`.
 */

export type Dialect = 'v1' | 'v3';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** How a person gets to use a service. ORUK v1 `attending_access`. */
export type AccessRoute = 'drop-in' | 'appointment' | 'referral' | 'membership';
export const ACCESS_ROUTES: readonly AccessRoute[] = ['drop-in', 'appointment', 'referral', 'membership'];

/** Where a service happens. ORUK v1 `attending_type`. */
export type AttendingType = 'venue' | 'online' | 'phone' | 'home visit';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface AgeRange {
  /** Inclusive lower bound in years; absent means no lower bound. */
  min?: number;
  /** Inclusive upper bound in years; absent means no upper bound. */
  max?: number;
}

export interface TaxonomyTerm {
  id: string;
  name: string;
  /** The vocabulary (v1) or taxonomy (v3) the term belongs to, e.g. "LGA needs". */
  vocabulary?: string;
  parentId?: string;
  description?: string;
}

export interface Taxonomy {
  id: string;
  name: string;
  description?: string;
}

export interface Phone {
  number: string;
  /** A `tel:` URL built from the number, safe to put in an href. */
  href: string;
  description?: string;
}

export interface Contact {
  name?: string;
  title?: string;
  email?: string;
  phones: Phone[];
}

export interface CostOption {
  /** e.g. "Under 18s" */
  option?: string;
  /** Amount in pounds; 0 means free. */
  amount?: number;
  amountDescription?: string;
}

export interface Address {
  lines: string[];
  city?: string;
  region?: string;
  postcode?: string;
}

export interface Location {
  id: string;
  name?: string;
  description?: string;
  /** Present only when the feed gave coordinates that are on Earth (and not 0,0). */
  position?: LatLng;
  addresses: Address[];
  accessibility: string[];
  /** Metres from the searched point, when a search was made near a place. */
  distanceMetres?: number;
}

/** One occurrence of a day in a month: `week` 1 to 5 (the first to the fifth), -1 to -5 counting from the end. */
export interface MonthlyDay {
  week: number;
  day: Weekday;
}

export interface Schedule {
  /** Days the schedule applies on; empty means not stated. */
  days: Weekday[];
  /**
   * How often it repeats, when the feed says (RFC 5545 `freq`): weekly on `days`, or monthly
   * on `monthlyDays`. Absent with days given: weekly, as most feeds mean.
   */
  freq?: 'weekly' | 'monthly';
  /** Every `interval` weeks or months (2 is fortnightly); absent means every one. */
  interval?: number;
  /** For a monthly schedule, which occurrences of its days ("1MO" the first Monday, "-1FR" the last Friday). */
  monthlyDays?: MonthlyDay[];
  /** The date (ISO) of the first session, which fixes the weeks or months of one every few (RFC 5545 `dtstart`). */
  firstDate?: string;
  /** The first and last dates (ISO) on which the schedule holds, when the feed says. */
  validFrom?: string;
  validTo?: string;
  /** "HH:MM" 24-hour. */
  opensAt?: string;
  closesAt?: string;
  description?: string;
  /** Where a schedule belongs to one location of the service. */
  locationId?: string;
}

/** Where the "last checked" date came from (`updated_at`: Outpost-style feeds' last edit). */
export type CheckedSource = 'assured_date' | 'last_modified' | 'updated_at';

export interface Service {
  id: string;
  name: string;
  organisation?: { id?: string; name: string; url?: string; email?: string };
  /**
   * The description as the feed gives it: HTML, Markdown or plain text, UNTRUSTED (never
   * put it in innerHTML; show it through `descriptionHtml` from `@signpost/core/sanitise`).
   * At most MAX_DESCRIPTION_LENGTH (20,000) characters: a longer one is cut at a safe point
   * and ends with "…". '' when the feed gives none.
   */
  description: string;
  /** Plain-text summary of the description, at most a couple of sentences. */
  summary: string;
  /** Safe http(s) URL of the service's own web page. */
  url?: string;
  email?: string;
  /** The service's phones and its contacts' phones, each number once. */
  phones: Phone[];
  status?: ServiceStatus;
  /** Free text about charges. */
  fees?: string;
  costOptions: CostOption[];
  /** true when the data says it costs nothing, false when it says it costs, absent when unknown. */
  free?: boolean;
  ages: AgeRange;
  eligibility?: string;
  access?: AccessRoute;
  attending?: AttendingType;
  languages: string[];
  /** When the listing was last checked, ISO date (YYYY-MM-DD). */
  lastChecked?: string;
  lastCheckedSource?: CheckedSource;
  /** Who assures the listing: where corrections go when nothing else is configured. */
  assurerEmail?: string;
  alert?: string;
  locations: Location[];
  schedules: Schedule[];
  terms: TaxonomyTerm[];
  contacts: Contact[];
  /** Metres to the nearest location from the searched point, when known. */
  distanceMetres?: number;
  /**
   * The directories that list this service, when it comes from a merged snapshot of several
   * feeds ("Listed by ... and ..."); absent for a service read live from one endpoint.
   */
  sources?: ServiceSource[];
}

/** One directory's listing of a service, kept when feeds are merged into a snapshot. */
export interface ServiceSource {
  /** The ORUK endpoint the listing was read from. */
  endpoint: string;
  /** The directory's name in words, e.g. "Sheffield Family Information Service", when known. */
  directory?: string;
  /** The service's id in that feed. */
  serviceId: string;
  /** When that feed says the listing was last checked (ISO date). */
  lastChecked?: string;
}

/** Which filters an endpoint honours; controls for the rest are hidden. */
export interface EndpointCapabilities {
  text: boolean;
  taxonomy: boolean;
  age: boolean;
  day: boolean;
  time: boolean;
  proximity: boolean;
  /** Whether `freeOnly` is honoured (ORUK APIs have no such parameter; a snapshot has). */
  free: boolean;
  /** Whether `access` is honoured (ORUK APIs have no such parameter; a snapshot has). */
  access: boolean;
}

export const ALL_CAPABILITIES: EndpointCapabilities = {
  text: true,
  taxonomy: true,
  age: true,
  day: true,
  time: true,
  proximity: true,
  free: true,
  access: true,
};

/** Capabilities without the filters a probe found ignored (those it could not try stay as they were). */
export function withoutIgnored(capabilities: EndpointCapabilities, report: { ignored: readonly (keyof EndpointCapabilities)[] } | undefined): EndpointCapabilities {
  if (!report?.ignored.length) return capabilities;
  const out = { ...capabilities };
  for (const filter of report.ignored) out[filter] = false;
  return out;
}

/** A search the finder asks for. Every part is optional. */
export interface SearchQuery {
  text?: string;
  /** Taxonomy term ids; a service matches if it has any of them. */
  terms?: string[];
  /** v1 only: restrict to a vocabulary. */
  vocabulary?: string;
  ages?: AgeRange;
  day?: Weekday;
  /** "HH:MM" */
  startTime?: string;
  endTime?: string;
  /** A normalised UK postcode, e.g. "S1 2HE". */
  postcode?: string;
  /** Metres. */
  proximity?: number;
  /** Only services the data says are free (honoured where `capabilities.free`). */
  freeOnly?: boolean;
  /** Only services reached this way (honoured where `capabilities.access`). */
  access?: AccessRoute;
  page?: number;
  perPage?: number;
}

export interface Diagnostic {
  /** Dotted path into the response, e.g. "contents[3].service_at_locations[0].location.latitude". */
  path: string;
  message: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  totalPages: number;
  perPage: number;
  isFirst: boolean;
  isLast: boolean;
}

export interface SearchResult extends Page<Service> {
  diagnostics: Diagnostic[];
}

export interface Parsed<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** A vocabulary (v1) or taxonomy (v3) with its terms, for need filters. */
export interface Vocabulary {
  id: string;
  name: string;
  terms: TaxonomyTerm[];
}
