/** GET a URL politely and read it as JSON; every failure is a SignpostError with a plain message. */
import { SignpostError } from '@signpost/core';
import type { Polite } from './polite.js';

export async function getJson(polite: Polite, url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await polite.get(url, signal);
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = response.status;
    const why = status === 404 ? 'there is nothing at this address' : status === 401 || status === 403 ? 'it needs a key or a login' : 'the server failed';
    throw new SignpostError(status === 404 ? 'not-found' : 'http', url, `HTTP ${status} from ${url}: ${why}.`, { status });
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = /^\s*</.test(text) ? 'it sent a web page instead of data' : 'its answer is not valid JSON';
    throw new SignpostError('not-oruk', url, `${url} is not an Open Referral UK API: ${why}.`, { cause: error });
  }
}
