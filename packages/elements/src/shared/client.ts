/** One Directory per source on a page (an endpoint's client or a snapshot), so every element shares its cache. */
import { OrukClient, openSnapshot, type ClientOptions, type Dialect, type Directory, type EndpointCapabilities, type SnapshotOptions } from '@signpost/core';

const clients = new Map<string, Directory>();

export const CAPABILITY_NAMES: Array<keyof EndpointCapabilities> = ['text', 'taxonomy', 'age', 'day', 'time', 'proximity'];

/** "text,age" -> which capabilities are on; empty means all the dialect has. */
export function parseSupports(value: string | null | undefined): Partial<EndpointCapabilities> | undefined {
  const listed = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (!listed.length) return undefined;
  return Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, listed.includes(name)]));
}

export interface SourceConfig {
  endpoint: string;
  /** A snapshot's folder: when set, services come from it rather than from `endpoint`. */
  snapshot?: string | undefined;
  /** With `snapshot`: words that mean the same, as groups or their JSON (read with the snapshot). */
  synonyms?: SnapshotOptions['synonyms'];
  dialect?: string | undefined;
  geocoder?: string | undefined;
  supports?: string | undefined;
}

/** The source an element's attributes name: a snapshot if `snapshot` is set, else the endpoint; undefined with neither. */
export function sourceFor(config: SourceConfig): Directory | undefined {
  if (config.snapshot) return snapshotFor(config.snapshot, config.geocoder, config.synonyms);
  return config.endpoint ? clientFor(config) : undefined;
}

function snapshotFor(folder: string, geocoder: string | undefined, synonyms: SourceConfig['synonyms']): Directory {
  const url = new URL(folder, document.baseURI).href;
  const key = JSON.stringify(['snapshot', url, geocoder, synonyms]);
  let source = clients.get(key);
  if (!source) {
    source = openSnapshot({ url, ...(geocoder ? { geocoder: new URL(geocoder, document.baseURI).href } : {}), ...(synonyms ? { synonyms } : {}) });
    clients.set(key, source);
  }
  return source;
}

function clientFor(config: SourceConfig): Directory {
  const endpoint = new URL(config.endpoint, document.baseURI).href;
  const key = JSON.stringify([endpoint, config.dialect, config.geocoder, config.supports]);
  let client = clients.get(key);
  if (!client) {
    const options: ClientOptions = { endpoint };
    if (config.dialect === 'v1' || config.dialect === 'v3') options.dialect = config.dialect as Dialect;
    if (config.geocoder) options.geocoder = new URL(config.geocoder, document.baseURI).href;
    const capabilities = parseSupports(config.supports);
    if (capabilities) options.capabilities = capabilities;
    client = new OrukClient(options);
    clients.set(key, client);
  }
  return client;
}
