/** HTTP plumbing: errors as JSON, CORS, caching headers, ETags and reading bodies. */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** What a route handler answers; the server turns it into headers and a body. */
export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** 'public' (default for 2xx GETs): Cache-Control max-age and an ETag; 'no-store' otherwise. */
  cache?: 'public' | 'no-store';
}

/** What a route handler is given. */
export interface ApiRequest {
  method: string;
  /** The path below the API's base path, without a trailing slash ("/" at the root). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw request, for reading a body. */
  raw: IncomingMessage;
}

/** An error that becomes a JSON answer `{error, message}` with its status. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad-request', message);
export const notFound = (message: string) => new HttpError(404, 'not-found', message);

export const MAX_AGE_SECONDS = 60;

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
};

export const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, If-None-Match, Authorization',
  'Access-Control-Max-Age': '600',
};

export function errorResponse(error: HttpError): ApiResponse {
  return {
    status: error.status,
    body: { error: error.code, message: error.message },
    headers: error.headers,
    cache: 'no-store',
  };
}

/** A strong ETag for a body. */
export function etagFor(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Does an If-None-Match header match this ETag (weak comparison, as RFC 9110 asks)? */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare);
}

/**
 * Write an ApiResponse: JSON body, CORS (unless `cors` is false: then no Access-Control-*
 * header at all), Cache-Control, ETag and 304 for GET/HEAD.
 */
export function writeResponse(req: IncomingMessage, res: ServerResponse, response: ApiResponse, cors = true): void {
  const method = req.method ?? 'GET';
  const headers: Record<string, string> = { ...CORS_HEADERS, ...response.headers };
  if (!cors) for (const name of Object.keys(headers)) if (name.startsWith('Access-Control-')) delete headers[name];
  const hasBody = response.body !== undefined;
  const json = hasBody ? JSON.stringify(response.body) : '';
  const cacheable = (method === 'GET' || method === 'HEAD') && response.status >= 200 && response.status < 300;
  const policy = response.cache ?? (cacheable ? 'public' : 'no-store');
  headers['Cache-Control'] = policy === 'public' ? `public, max-age=${MAX_AGE_SECONDS}` : 'no-store';
  if (cacheable && hasBody && policy === 'public') {
    const etag = etagFor(json);
    headers.ETag = etag;
    if (etagMatches(header(req.headers, 'if-none-match'), etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }
  if (hasBody) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(json));
  }
  res.writeHead(response.status, headers);
  res.end(method === 'HEAD' ? undefined : json);
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Read a request body up to `limit` bytes. Past the limit the rest is read and dropped
 * (so the client sees the answer rather than a reset connection) and a 413 is thrown;
 * a body past ten times the limit is cut off.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(header(req.headers, 'content-length'));
  if (Number.isFinite(declared) && declared > limit * 10) {
    req.resume();
    throw tooLarge(limit, { Connection: 'close' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      over = true;
      if (size > limit * 10) {
        req.destroy();
        break;
      }
      continue;
    }
    chunks.push(chunk);
  }
  if (over) throw tooLarge(limit, { Connection: 'close' });
  return Buffer.concat(chunks);
}

function tooLarge(limit: number, headers: Record<string, string>): HttpError {
  return new HttpError(413, 'payload-too-large', `The body is larger than ${Math.round(limit / 1024)} KB.`, headers);
}
