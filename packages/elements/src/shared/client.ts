/** One OrukClient per endpoint configuration on a page, so every element shares its cache. */
import { OrukClient, type ClientOptions, type Dialect, type EndpointCapabilities } from '@signpost/core';

const clients = new Map<string, OrukClient>();

export const CAPABILITY_NAMES: Array<keyof EndpointCapabilities> = ['text', 'taxonomy', 'age', 'day', 'time', 'proximity'];

/** "text,age" -> which capabilities are on; empty means all the dialect has. */
export function parseSupports(value: string | null | undefined): Partial<EndpointCapabilities> | undefined {
  const listed = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (!listed.length) return undefined;
  return Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, listed.includes(name)]));
}

export function clientFor(config: {
  endpoint: string;
  dialect?: string | undefined;
  geocoder?: string | undefined;
  supports?: string | undefined;
}): OrukClient {
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
