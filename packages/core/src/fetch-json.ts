/**
 * GET a URL as JSON with a timeout, an abort signal and a size limit, turning every
 * failure into a SignpostError. The body is read as a stream and counted as it arrives
 * (after any decompression), so an answer over the limit (a runaway page, a compression
 * bomb) is cut off there and never parsed.
 */
import { SignpostError, abortedError, errorMessages } from './errors.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The most of one answer that is read by default: 5 MB (a page of 50 full v3 services is about 0.3 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 5_000_000;

export interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  fetch: FetchLike;
  /** The most bytes of body to read (default DEFAULT_MAX_RESPONSE_BYTES). */
  maxBytes?: number | undefined;
}

export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  const outer = options.signal;
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  /** A failure to get an answer (`answered` false) or to read one that came. */
  const fail = (error: unknown, answered: boolean): never => {
    if (error instanceof SignpostError) throw error;
    if (timedOut) throw new SignpostError('timeout', url, errorMessages.timeout(Math.round(options.timeoutMs / 1000)), { cause: error });
    if (controller.signal.aborted) throw abortedError(url, error);
    if (answered) throw new SignpostError('unreadable', url, errorMessages.unreadable(), { cause: error });
    throw new SignpostError('network', url, errorMessages.network(url), { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await options.fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      return fail(error, false);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new SignpostError('http', url, errorMessages.http(response.status), { status: response.status });
    }
    let text: string;
    try {
      text = await readText(response, maxBytes, url);
    } catch (error) {
      try {
        return fail(error, true);
      } finally {
        controller.abort(); // stop whatever is still arriving
      }
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const why = /^\s*</.test(text) ? 'it sent a web page instead of data' : 'it is not valid JSON';
      throw new SignpostError('not-oruk', url, errorMessages.notOruk(why), { cause: error });
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/** The body as text, read no further than `maxBytes`; a byte-order mark is dropped. */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () => new SignpostError('too-large', url, errorMessages.tooLarge(maxBytes));
  const declared = Number(response.headers.get('Content-Length'));
  // A compressed answer declares its compressed size: only the bytes read tell for sure.
  if (declared > maxBytes && !response.headers.get('Content-Encoding')) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > maxBytes) throw tooLarge();
    return decoder.decode(buffer);
  }
  const reader = response.body.getReader();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
