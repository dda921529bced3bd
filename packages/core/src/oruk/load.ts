/**
 * The dialect adapters (v1 and v3, and what they share), fetched when a client first needs
 * one: the drop-in file holds none of their code, which is one chunk of its own. The small
 * module of URL checks it shares with the sanitiser is asked for at the same time, so that
 * neither waits for the other.
 */
import type { Dialect } from '../model.js';
import type { DialectAdapter } from './dialect.js';

export async function loadAdapter(dialect: Dialect): Promise<DialectAdapter> {
  const [{ adapterFor }] = await Promise.all([import('./detect.js'), import('../url.js')]);
  return adapterFor(dialect);
}
