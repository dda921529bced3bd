/**
 * What the hand-written catalogue is made of. A template describes a kind of service; the
 * generator turns it into one service per neighbourhood listed in `areas` (or a single
 * city-wide service), choosing days, times, contacts and dates deterministically.
 */
import type { AttendingAccess, AttendingType, DeliverableType, ServiceStatus } from '../types.js';

export type VenueKind =
  | 'community centre'
  | 'library'
  | 'family hub'
  | 'church hall'
  | 'school'
  | 'leisure centre'
  | 'youth centre'
  | 'health centre'
  | 'sports hall'
  | 'cafe'
  | 'childminder'
  | 'named';

export interface ScheduleSpec {
  /** RRULE-style days, e.g. "MO,WE,FR". */
  days: string;
  opens: string;
  closes: string;
  description?: string;
}

export interface CostSpec {
  option?: string;
  amount: number;
  amountDescription?: string;
}

export interface Template {
  /** Unique, stable: ids are derived from it. */
  key: string;
  /** "{area}" becomes the neighbourhood's name, "{venue}" the venue's. */
  name: string;
  org: string;
  /** Plain text, HTML or Markdown; may use {area} and {venue}. */
  description: string;
  /** esdServiceTypes codes. */
  types: string[];
  needs?: string[];
  circumstances?: string[];
  send?: string[];
  ages?: [number | undefined, number | undefined];
  eligibility?: string;
  access: AttendingAccess;
  attending?: AttendingType;
  deliverable?: DeliverableType;
  cost?: 'free' | CostSpec[];
  fees?: string;
  /** One entry is used per instance (rotating), so areas get different days and times. */
  times?: Array<ScheduleSpec | ScheduleSpec[]>;
  /** One service per neighbourhood named here; without it, one city-wide service. */
  areas?: string[];
  venue?: VenueKind;
  /** For venue 'named': the venue's name and neighbourhood. */
  venueName?: string;
  /** Neighbourhood of a city-wide service's venue (default "City Centre"). */
  home?: string;
  /** Further places a city-wide service is offered: [venue kind, neighbourhood, name for 'named']. */
  sites?: Array<[VenueKind, string, string?]>;
  /** No physical location (online or phone only). */
  online?: boolean;
  /** Language codes spoken besides English. */
  languages?: string[];
  alert?: string;
  status?: ServiceStatus;
  accreditations?: string;
  funding?: string;
  contactTitle?: string;
  /** Postcode districts covered instead of the default (own district, or the whole city). */
  coverage?: string[];
  /** Leave out the website (some listings have none). */
  noUrl?: boolean;
}

export interface OrganizationSource {
  key: string;
  name: string;
  description: string;
  charityNumber?: string;
}
