/**
 * createSampleApi: the whole server as a request handler, a connect-style middleware
 * and a listen() helper. Every answer is JSON with CORS headers; GETs get Cache-Control
 * and an ETag (and 304 on If-None-Match); any exception becomes a 500 JSON answer.
 */
import { timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Directory, loadDataset } from './directory.js';
import {
  ClientRateLimit,
  FEEDBACK_BODY_LIMIT,
  FeedbackStore,
  StoreFullError,
  validateReport,
  type FeedbackLimits,
  type StoredReport,
} from './feedback.js';
import {
  HttpError,
  PREFLIGHT_HEADERS,
  badRequest,
  errorResponse,
  header,
  readBody,
  writeResponse,
  type ApiRequest,
  type ApiResponse,
} from './http.js';
import { outpostRoutes } from './outpost.js';
import { lookupPostcode, reverseGeocode } from './postcodes.js';
import { Random } from './random.js';
import { Router, type Route } from './router.js';
import type { Dataset } from './types.js';
import { v1Routes } from './v1.js';
import { V3_META, v3Routes } from './v3.js';

export interface SampleApiOptions {
  /** Path prefix the API answers under, e.g. "/api" (default "": the root). */
  basePath?: string;
  /** A dataset object or the path of a dataset JSON file (default: the bundled Sheffield set). */
  data?: Dataset | string;
  /** Build a dataset of this many services from the catalogue instead (deterministic per seed). */
  services?: number;
  /** Seed for `services` and for choosing which requests `failRate` fails (default 1). */
  seed?: number;
  /** Delay every response by this many milliseconds. */
  latencyMs?: number;
  /** Answer this fraction (0..1) of GETs under /v1 and /v3 with 500. */
  failRate?: number;
  /** The append-only feedback file (default: a new file in a new temporary directory). */
  feedbackFile?: string;
  /** Start with POST /feedback answering 503. */
  feedbackDown?: boolean;
  /** Bounds of the feedback store: file size before rotation, rotated files kept (default 5 MB, 3). */
  feedbackLimits?: Partial<FeedbackLimits>;
  /** Reports accepted from one client (IP address) a minute; more are answered 429 (default 30). */
  feedbackPerMinute?: number;
  /**
   * When set, GET /feedback (the inbox, which holds people's emails) answers only requests
   * with `Authorization: Bearer <token>`. POST stays open: widgets send reports without it.
   * Recommended for any real use; the demo reads openly.
   */
  inboxToken?: string;
  /** Send CORS headers (default true); false plays a feed that browsers on other sites cannot read. */
  cors?: boolean;
  /** Query parameters to ignore, e.g. ["minimum_age", "maximum_age"]: a feed deaf to some filters. */
  ignore?: string[];
  /** Told about unexpected exceptions (answered with 500); default console.error. */
  onError?: (error: unknown) => void;
}

export type NextFunction = (error?: unknown) => void;

export interface ListeningInfo {
  port: number;
  /** e.g. "http://127.0.0.1:8787" plus the base path. */
  url: string;
  server: Server;
}

export interface SampleApi {
  readonly basePath: string;
  readonly dataset: Dataset;
  readonly feedbackFile: string;
  /** Connect/Express/Vite middleware: serves paths under basePath, calls next() for others. */
  middleware(req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  /** Answer one request (paths outside basePath get a 404). Never rejects. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Start an HTTP server (port 0 picks a free port; host defaults to 127.0.0.1). */
  listen(port?: number, host?: string): Promise<ListeningInfo>;
  /** Stop the server started by listen(), if any. */
  close(): Promise<void>;
  /** Make POST /feedback answer 503 (true) or work again (false). */
  setFeedbackDown(down: boolean): void;
  setLatency(ms: number): void;
  setFailRate(rate: number): void;
  /** What the feedback store holds, oldest first. */
  feedbackItems(): StoredReport[];
  /** Empty the feedback store (file included). */
  resetFeedback(): void;
}

export function createSampleApi(options: SampleApiOptions = {}): SampleApi {
  const basePath = normaliseBasePath(options.basePath ?? '');
  let latencyMs = checkLatency(options.latencyMs ?? 0);
  let failRate = checkRate(options.failRate ?? 0);
  const dataset = loadDataset(options.data, {
    ...(options.services !== undefined ? { services: options.services } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  const directory = new Directory(dataset);
  const feedbackFile = options.feedbackFile ?? join(mkdtempSync(join(tmpdir(), 'signpost-feedback-')), 'feedback.jsonl');
  const store = new FeedbackStore(feedbackFile, options.feedbackLimits);
  const rateLimit = new ClientRateLimit(options.feedbackPerMinute);
  const inboxToken = options.inboxToken ? Buffer.from(options.inboxToken) : undefined;
  const failures = new Random(options.seed ?? 1);
  const onError = options.onError ?? ((error: unknown) => console.error('[sample-api] unexpected error:', error));
  const toHttpError = (error: unknown): HttpError => {
    if (error instanceof HttpError) return error;
    onError(error);
    return new HttpError(500, 'internal', 'Something went wrong in the sample API.');
  };
  let feedbackDown = options.feedbackDown ?? false;
  const cors = options.cors ?? true;
  const ignored = options.ignore ?? [];
  let server: Server | undefined;

  const routes: Route[] = [
    { method: 'GET', pattern: '/', handler: () => ({ status: 200, body: index(basePath, dataset) }) },
    ...v3Routes(directory),
    ...v1Routes(directory),
    ...outpostRoutes(),
    { method: 'GET', pattern: '/postcodes', handler: (req) => reverseGeocode(directory, req.query) },
    { method: 'GET', pattern: '/postcodes/:postcode', handler: (_req, [pc = '']) => lookupPostcode(directory, pc, false) },
    {
      method: 'GET',
      pattern: '/postcodes/:postcode/validate',
      handler: (_req, [pc = '']) => lookupPostcode(directory, pc, true),
    },
    {
      method: 'GET',
      pattern: '/feedback',
      handler: (req) => {
        if (inboxToken && !bearerMatches(header(req.headers, 'authorization'), inboxToken)) {
          throw new HttpError(401, 'unauthorised', 'The feedback inbox needs its token: send Authorization: Bearer <token>.', {
            'WWW-Authenticate': 'Bearer realm="feedback inbox"',
          });
        }
        return { status: 200, body: { items: store.list() }, cache: 'no-store' };
      },
    },
    {
      method: 'POST',
      pattern: '/feedback',
      handler: async (req) => {
        if (feedbackDown) {
          req.raw.resume();
          throw new HttpError(503, 'unavailable', 'The feedback receiver is down for maintenance; try again later.', {
            'Retry-After': '30',
          });
        }
        const wait = rateLimit.take(req.raw.socket.remoteAddress ?? 'unknown');
        if (wait !== undefined) {
          req.raw.resume();
          throw new HttpError(429, 'too-many-requests', `Too many reports from one place; try again in ${wait} seconds.`, {
            'Retry-After': String(wait),
          });
        }
        const type = (header(req.headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (type && type !== 'application/json' && type !== 'text/plain' && !type.endsWith('+json')) {
          req.raw.resume();
          throw new HttpError(415, 'unsupported-media-type', 'Send the report as JSON (Content-Type: application/json).');
        }
        const body = await readBody(req.raw, FEEDBACK_BODY_LIMIT);
        let json: unknown;
        try {
          json = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
        } catch {
          throw badRequest('The body is not valid JSON.');
        }
        const result = validateReport(json);
        if ('error' in result) throw badRequest(result.error);
        let created: boolean;
        try {
          created = store.add(result.report);
        } catch (error) {
          if (!(error instanceof StoreFullError)) throw error;
          throw new HttpError(507, 'insufficient-storage', 'The feedback store is full until the directory team collects the reports; try again later.', {
            'Retry-After': '3600',
          });
        }
        return created
          ? { status: 201, body: { id: result.report.id }, cache: 'no-store' }
          : { status: 200, body: { id: result.report.id, duplicate: true }, cache: 'no-store' };
      },
    },
  ];
  const router = new Router(routes);

  async function respond(req: IncomingMessage, path: string, query: URLSearchParams): Promise<ApiResponse> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') return { status: 204, headers: PREFLIGHT_HEADERS, cache: 'no-store' };
    const found = router.match(method, path);
    if (!found) throw new HttpError(404, 'not-found', `Nothing here: ${path}`);
    if ('allowed' in found) {
      const allow = [...new Set([...found.allowed, ...(found.allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'])].join(', ');
      throw new HttpError(405, 'method-not-allowed', `${method} is not allowed here; use ${allow}.`, { Allow: allow });
    }
    if ((method === 'GET' || method === 'HEAD') && /^\/v[13](\/|$)/.test(path) && failRate > 0 && failures.next() < failRate) {
      throw new HttpError(500, 'injected-failure', 'A failure injected by the sample API (failRate).');
    }
    for (const name of ignored) query.delete(name);
    const apiRequest: ApiRequest = { method, path, query, headers: req.headers, raw: req };
    return found.route.handler(apiRequest, found.params);
  }

  async function serve(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    try {
      if (latencyMs > 0) {
        // A client that gives up (closes the connection) is not kept waiting for, nor is its timer.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, latencyMs);
          function done() {
            clearTimeout(timer);
            res.off('close', done);
            resolve();
          }
          res.once('close', done);
        });
        if (res.destroyed) return;
      }
      let response: ApiResponse;
      try {
        response = await respond(req, path, query);
      } catch (error) {
        response = errorResponse(toHttpError(error));
      }
      if (!res.headersSent && !res.destroyed) writeResponse(req, res, response, cors);
    } catch (error) {
      if (!res.headersSent && !res.destroyed) writeResponse(req, res, errorResponse(toHttpError(error)), cors);
      else res.destroy();
    }
  }

  /** The path below basePath, or undefined when the request is not for this API. */
  function locate(req: IncomingMessage): { path: string; query: URLSearchParams } | undefined {
    let url: URL;
    const raw = req.url ?? '/';
    try {
      // Prefix the origin ourselves: new URL('//x/y', base) would read "x" as a host.
      url = new URL(`http://localhost${raw.startsWith('/') ? '' : '/'}${raw}`);
    } catch {
      return undefined;
    }
    const pathname = url.pathname;
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
    const rest = pathname.slice(basePath.length).replace(/\/+$/, '');
    return { path: rest || '/', query: url.searchParams };
  }

  const api: SampleApi = {
    basePath,
    dataset,
    feedbackFile,
    middleware(req, res, next) {
      const target = locate(req);
      if (!target) {
        next?.();
        return;
      }
      void serve(req, res, target.path, target.query);
    },
    async handle(req, res) {
      const target = locate(req);
      if (!target) {
        writeResponse(req, res, errorResponse(new HttpError(404, 'not-found', `Outside this API (${basePath || '/'})`)), cors);
        return;
      }
      await serve(req, res, target.path, target.query);
    },
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        if (server) {
          reject(new Error('Already listening'));
          return;
        }
        const s = createServer((req, res) => void api.handle(req, res));
        s.once('error', reject);
        s.listen(port, host, () => {
          server = s;
          const address = s.address() as AddressInfo;
          const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host;
          resolve({ port: address.port, url: `http://${shownHost}:${address.port}${basePath}`, server: s });
        });
      });
    },
    close() {
      const s = server;
      server = undefined;
      if (!s) return Promise.resolve();
      return new Promise((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
    setFeedbackDown(down) {
      feedbackDown = down;
    },
    setLatency(ms) {
      latencyMs = checkLatency(ms);
    },
    setFailRate(rate) {
      failRate = checkRate(rate);
    },
    feedbackItems: () => store.list(),
    resetFeedback: () => store.clear(),
  };
  return api;
}

/** Whether an Authorization header carries the token, compared in constant time. */
function bearerMatches(authorization: string | undefined, token: Buffer): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '');
  return given.length === token.length && timingSafeEqual(given, token);
}

function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function checkLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('latencyMs must be 0 or more');
  return ms;
}

function checkRate(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new RangeError('failRate must be between 0 and 1');
  return rate;
}

function index(basePath: string, dataset: Dataset) {
  return {
    name: dataset.name,
    notice: dataset.notice,
    services: dataset.services.length,
    endpoints: {
      v1: `${basePath}/v1`,
      v3: `${basePath}/v3`,
      outpost: `${basePath}/outpost`,
      v3_meta: V3_META,
      postcodes: `${basePath}/postcodes/{postcode}`,
      reverse_geocode: `${basePath}/postcodes?lon={longitude}&lat={latitude}`,
      feedback: `${basePath}/feedback`,
    },
  };
}
