/**
 * Where a feedback report goes: the host's endpoint (POSTed JSON), else the host's email
 * address, else, for a listing, whoever the listing names (its assurer, the service, its
 * organisation) by email. Pure: the elements turn the route into words.
 */
import { isEmailAddress } from '../url.js';
import type { FeedbackKind } from './report.js';

/** Where the host says reports go (the feedback-* attributes). */
export interface FeedbackConfig {
  /** A URL that accepts POSTed JSON reports. */
  endpoint?: string | undefined;
  /** An address for the email fallback (and the channel when there is no endpoint). */
  email?: string | undefined;
  /** Who receives reports, in words ("the Family Information Service"). */
  recipient?: string | undefined;
}

/** The parts of a listing that say who can correct it. */
export interface ListingContacts {
  name: string;
  email?: string | undefined;
  assurerEmail?: string | undefined;
  organisation?: { name: string; email?: string | undefined } | undefined;
}

/**
 * Who receives a report:
 * - `named`: the host's own words (feedback-recipient);
 * - `directory`: the directory's team, unnamed (an endpoint without feedback-recipient);
 * - `address`: the host's email address, unnamed;
 * - `assurer`: the people who check the listing (ORUK v3 assurer_email);
 * - `service`: the service itself, or its organisation (`name` says which).
 */
export type ReportRecipient =
  | { kind: 'named'; name: string }
  | { kind: 'directory' }
  | { kind: 'address'; email: string }
  | { kind: 'assurer'; email: string }
  | { kind: 'service'; name: string; email: string };

export interface ReportRoute {
  /** POST the report here; without one, the person's email app is the channel. */
  endpoint?: string;
  /** The mailto recipient: the channel without an endpoint, the fallback offered with one. */
  email?: string;
  recipient: ReportRecipient;
  /** The directory's team handles it (they check listings), or the service does. */
  handledBy: 'directory' | 'service';
}

/** Where a report of this kind goes, or undefined when there is nowhere (the form is not offered then). */
export function routeReport(config: FeedbackConfig, kind: FeedbackKind, listing?: ListingContacts): ReportRoute | undefined {
  const configuredEmail = isEmailAddress(config.email) ? config.email : undefined;
  const fallback = kind === 'listing' && listing ? listingRoute(listing) : undefined;
  const named = config.recipient?.trim() ? ({ kind: 'named', name: config.recipient.trim() } as const) : undefined;
  if (config.endpoint?.trim()) {
    const email = configuredEmail ?? fallback?.email;
    return { endpoint: config.endpoint.trim(), ...(email ? { email } : {}), recipient: named ?? { kind: 'directory' }, handledBy: 'directory' };
  }
  if (configuredEmail) return { email: configuredEmail, recipient: named ?? { kind: 'address', email: configuredEmail }, handledBy: 'directory' };
  return fallback;
}

/** With nothing configured: the listing's assurer, else the service, else its organisation. */
function listingRoute(listing: ListingContacts): (ReportRoute & { email: string }) | undefined {
  if (isEmailAddress(listing.assurerEmail)) {
    return { email: listing.assurerEmail, recipient: { kind: 'assurer', email: listing.assurerEmail }, handledBy: 'directory' };
  }
  if (isEmailAddress(listing.email)) {
    return { email: listing.email, recipient: { kind: 'service', name: listing.name, email: listing.email }, handledBy: 'service' };
  }
  const org = listing.organisation;
  if (org && isEmailAddress(org.email)) {
    return { email: org.email, recipient: { kind: 'service', name: org.name, email: org.email }, handledBy: 'service' };
  }
  return undefined;
}
