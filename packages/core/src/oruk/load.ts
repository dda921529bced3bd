/**
 * The dialect adapters (v1 and v3, and what they share), fetched when a client first needs
 * one: the drop-in file holds none of their code, which is one chunk of its own.
 */
import type { Dialect } from '../model.js';
import type { DialectAdapter } from './dialect.js';

export async function loadAdapter(dialect: Dialect): Promise<DialectAdapter> {
  // What the adapters share with the snapshot reader and the sanitiser (the readers, text) is
  // in chunks of their own, which the drop-in build asks for with this one (build/preload-plugin.ts).
  const { adapterFor } = await import('./detect.js');
  return adapterFor(dialect);
}
