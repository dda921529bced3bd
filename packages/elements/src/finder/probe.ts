/**
 * The endpoint probe (which filters a live endpoint really honours), in a chunk of its own:
 * the finder fetches it after the first results, and only for a live endpoint without a
 * `supports` list.
 */
export { probeEndpoint } from '@signpost/core';
