/** GET a URL as JSON with a timeout and an abort signal, turning every failure into a SignpostError. */
import { SignpostError, errorMessages } from './errors.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  fetch: FetchLike;
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

  const fail = (error: unknown): never => {
    if (timedOut) throw new SignpostError('timeout', url, errorMessages.timeout(Math.round(options.timeoutMs / 1000)), { cause: error });
    if (controller.signal.aborted) throw new SignpostError('aborted', url, errorMessages.aborted(), { cause: error });
    if (error instanceof SignpostError) throw error;
    throw new SignpostError('network', url, errorMessages.network(url), { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await options.fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      return fail(error);
    }
    if (!response.ok) throw new SignpostError('http', url, errorMessages.http(response.status), { status: response.status });
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return fail(error);
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
