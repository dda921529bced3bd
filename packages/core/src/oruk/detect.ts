/** Dialect adapters by name, and detection that answers with the adapter (for code that holds both, such as the harvester). */
import type { Dialect } from '../model.js';
import type { DialectAdapter } from './dialect.js';
import { detectDialectOf, type FetchJsonFn } from './detect-dialect.js';
import { v1Adapter } from './v1.js';
import { v3Adapter } from './v3.js';

export type { FetchJsonFn } from './detect-dialect.js';

export function adapterFor(dialect: Dialect): DialectAdapter {
  return dialect === 'v3' ? v3Adapter : v1Adapter;
}

export async function detectDialect(baseUrl: string, fetchJson: FetchJsonFn, signal?: AbortSignal): Promise<DialectAdapter> {
  return adapterFor(await detectDialectOf(baseUrl, fetchJson, signal));
}
