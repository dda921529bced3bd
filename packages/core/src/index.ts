/**
 * @signpost/core's public API: what the elements, the harvester and host integrations
 * use, and what a developer may build on (the client, the model, the adapters, the
 * feedback report and its outbox). Everything else in src/ is internal.
 */

// The model every element renders (types), and the few values that go with it.
export type {
  AccessRoute,
  Address,
  AgeRange,
  AttendingType,
  CheckedSource,
  Contact,
  CostOption,
  Diagnostic,
  Dialect,
  EndpointCapabilities,
  LatLng,
  Location,
  MonthlyDay,
  Page,
  Parsed,
  Phone,
  Schedule,
  SearchQuery,
  SearchResult,
  Service,
  ServiceSource,
  ServiceStatus,
  Taxonomy,
  TaxonomyTerm,
  Vocabulary,
  Weekday,
} from './model.js';
export { ACCESS_ROUTES, ALL_CAPABILITIES, WEEKDAYS, withoutIgnored } from './model.js';

// Reading a directory: the client (a live ORUK endpoint), the interface every source implements, errors.
export { OrukClient, type CallOptions, type ClientOptions, type ClientSearchResult, type ClientServiceResult, type Directory } from './client.js';
// A static snapshot as a Directory (its reader loads on first use; the format is in @signpost/core/snapshot).
export { openSnapshot, type SnapshotOptions, type SnapshotSource } from './snapshot/open.js';
// Whether a query asks for nothing but a page (a search that needs no filter, so no capabilities).
export { pageOfAll } from './oruk/page-request.js';
export { SignpostError, isAbortError, toSignpostError, type SignpostErrorKind } from './errors.js';
// Which filters an endpoint really honours (a filter that does not narrow the results is not).
export {
  PROBED_FILTERS,
  judge,
  probe,
  probeEndpoint,
  probeQueries,
  type FilterVerdict,
  type ProbeReport,
  type ProbedFilter,
} from './probe.js';
export { Geocoder, DEFAULT_GEOCODER } from './geocoder.js';
export { DEFAULT_MAX_RESPONSE_BYTES, type FetchLike } from './fetch-json.js';

// The dialect adapters (for sources that read feeds themselves, such as the harvester).
export type { DialectAdapter, OrukRequest } from './oruk/dialect.js';
export { v1Adapter } from './oruk/v1.js';
export { v3Adapter } from './oruk/v3.js';
export { adapterFor, detectDialect, type FetchJsonFn } from './oruk/detect.js';

// Text and places, as the harvester writes them into a snapshot and its static pages.
export { descriptionText } from './text.js';
export { readableName } from './names.js';
export { safeEmail, safeWebUrl, telHref } from './url.js';
export { distanceMetres, postcodeDistrict } from './geo.js';

// Values the elements show.
export { isStale } from './freshness.js';
export { openDuring, scheduleOpenDuring, type OpeningWindow } from './opening.js';
export { metresToMiles, milesToMetres, normalisePostcode } from './geo.js';

// Feedback reports: where they go, what they hold, and the outbox that delivers them.
export { routeReport, type FeedbackConfig, type ListingContacts, type ReportRecipient, type ReportRoute } from './feedback/route.js';
export {
  LISTING_REASONS,
  buildReport,
  reportText,
  searchForReport,
  type FeedbackFilters,
  type FeedbackKind,
  type FeedbackReason,
  type FeedbackReport,
  type FeedbackSearch,
  type ListingReason,
  type ReportTextLabels,
  type UnmetNeedReason,
} from './feedback/report.js';
export { FeedbackOutbox, type DeliveryResult, type FeedbackOutboxOptions } from './feedback/outbox.js';
export { OUTBOX_KEY } from './feedback/outbox-key.js';
export { mailtoUrl } from './feedback/mailto.js';
export { isEmailAddress } from './url.js';
export { RateLimiter } from './feedback/rate-limit.js';
