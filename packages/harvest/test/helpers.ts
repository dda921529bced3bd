/**
 * Test helpers: the sample API started in-process, small HTTP servers that log what they
 * are asked (a proxy in front of the sample API that can misbehave on cue, and a server
 * of fixed answers), temporary folders, and a harvest with quiet defaults.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harvest, type HarvestOptions, type HarvestOutcome } from '../src/index.js';

export { start as startSampleApi, type Json, type Running } from '../../sample-api/test/helpers.js';

export function tempDir(prefix = 'signpost-harvest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface Logged {
  /** Path and query, as asked. */
  url: string;
  /** When the request arrived (ms since the epoch). */
  at: number;
  /** Requests being answered when this one arrived (itself included). */
  inFlight: number;
}

export interface TestServer {
  base: string;
  log: Logged[];
  close(): Promise<void>;
}

export type Answer = { status: number; headers?: Record<string, string>; body: string | unknown; delayMs?: number };

/** A server answering each GET with what `answer` says; every request is logged. */
export async function serve(answer: (url: string, req: IncomingMessage) => Answer | Promise<Answer>): Promise<TestServer> {
  const log: Logged[] = [];
  let inFlight = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    log.push({ url: req.url ?? '', at: Date.now(), inFlight });
    void (async () => {
      try {
        const a = await answer(req.url ?? '', req);
        if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
        const body = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
        res.writeHead(a.status, { 'Content-Type': typeof a.body === 'string' ? 'text/html' : 'application/json', ...a.headers });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      } finally {
        inFlight -= 1;
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A proxy in front of `target` (e.g. the sample API's base URL). `intercept` may answer a
 * request itself (return an Answer) or let it through; `rewrite` may change a JSON answer.
 */
export function proxy(
  target: string,
  hooks: {
    intercept?: (url: string, n: number) => Answer | undefined;
    rewrite?: (url: string, json: unknown) => unknown;
    delayMs?: number;
  } = {},
): Promise<TestServer> {
  let n = 0;
  return serve(async (url) => {
    n += 1;
    const own = hooks.intercept?.(url, n);
    if (own) return own;
    const res = await fetch(`${target}${url}`);
    const text = await res.text();
    const headers: Record<string, string> = {};
    for (const key of ['content-type', 'retry-after']) {
      const value = res.headers.get(key);
      if (value) headers[key] = value;
    }
    let body: unknown = text;
    if (res.headers.get('content-type')?.includes('json')) {
      const json = JSON.parse(text) as unknown;
      body = hooks.rewrite ? hooks.rewrite(url, json) : json;
    }
    return { status: res.status, headers, body, ...(hooks.delayMs ? { delayMs: hooks.delayMs } : {}) };
  });
}

/** A harvest with no progress output, fast politeness and short back-off, unless told otherwise. */
export function quietHarvest(options: Partial<HarvestOptions> & Pick<HarvestOptions, 'feeds'>): Promise<HarvestOutcome> {
  return harvest({
    outDir: tempDir(),
    maxRps: 1000,
    ...options,
    polite: { backoffMs: 20, timeoutMs: 10_000, ...options.polite },
  });
}

/** A fetch that notes when each request was sent, as the harvester's clock sees it. */
export function recordingFetch(): { fetch: (input: string, init?: RequestInit) => Promise<Response>; sent: Array<{ url: string; at: number }> } {
  const sent: Array<{ url: string; at: number }> = [];
  return {
    sent,
    fetch: (input, init) => {
      sent.push({ url: input, at: Date.now() });
      return fetch(input, init);
    },
  };
}

/** The requests in a log for pages of services, as "page N". */
export function pagesAsked(log: Logged[]): string[] {
  return log
    .map((l) => new URL(l.url, 'http://x'))
    .filter((u) => u.pathname.endsWith('/services') && u.searchParams.has('page'))
    .map((u) => `page ${u.searchParams.get('page')}`);
}
