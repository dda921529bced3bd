/**
 * Telling the dialect of an endpoint. A page of services is asked for first (one service,
 * or the page a first search asks for), which both dialects answer, and the list envelope
 * tells: `content`/`totalElements` is v1, `contents`/`total_items` is v3 (so a v1 API,
 * which has nothing at its root, is never asked for it and logs no 404). Only when that
 * does not tell is the root asked: a v3 API answers `GET {base}/` with `{version: "3...",
 * profile, openapi_url}`. Anything else is not an ORUK API. (No adapter here: the client
 * loads the one it needs.)
 */
import { SignpostError, errorMessages, isAbortError } from '../errors.js';
import type { Dialect } from '../model.js';
import { isObject } from './json.js';

export type FetchJsonFn = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** Whether a `GET {base}/` answer is the v3 API description. */
function isV3Root(json: unknown): boolean {
  if (!isObject(json)) return false;
  const version = json['version'];
  if (typeof version === 'string' || typeof version === 'number') {
    if (/^\D*3(\.|\s*$)/.test(String(version).trim())) return true; // "3.0", "v3", "HSDS 3.0"
    if (/\d/.test(String(version))) return false; // another version: not this API description
  }
  return typeof json['profile'] === 'string' || typeof json['openapi_url'] === 'string';
}

/** The dialect a list envelope belongs to, if any. */
function envelopeDialect(json: unknown): Dialect | undefined {
  if (!isObject(json)) return undefined;
  if (Array.isArray(json['contents']) || 'total_items' in json) return 'v3';
  if (Array.isArray(json['content']) || 'totalElements' in json) return 'v1';
  return undefined;
}

/** The dialect of the API at `baseUrl`, told from `probe` (a page of its services: by default, one service). */
export async function detectDialectOf(baseUrl: string, fetchJson: FetchJsonFn, signal?: AbortSignal, probe?: string): Promise<Dialect> {
  const base = baseUrl.trim().replace(/\/+$/, '');
  probe ??= `${base}/services?per_page=1`;
  let failure: unknown;
  try {
    const dialect = envelopeDialect(await fetchJson(probe, signal));
    if (dialect) return dialect;
    failure = new SignpostError('not-oruk', probe, errorMessages.notOruk('its service list has neither the v1 nor the v3 page shape'));
  } catch (error) {
    if (isAbortError(error)) throw error;
    failure = error;
  }
  // The service list did not tell: a v3 API may still describe itself at its root.
  try {
    if (isV3Root(await fetchJson(`${base}/`, signal))) return 'v3';
  } catch (error) {
    if (isAbortError(error)) throw error;
  }
  throw failure;
}
