/** A source of services that answers getService from fixtures (anything else is not listed): for tests and stories of "My list". */
import { SignpostError, type Directory, type Service } from '@signpost/core';
import { makeContext } from './context-host.js';

export function fixtureDirectory(services: Service[]): Directory & { asked: string[] } {
  const asked: string[] = [];
  const base = makeContext().client;
  return {
    endpoint: base.endpoint,
    geocoder: base.geocoder,
    asked,
    capabilities: () => base.capabilities(),
    search: () => Promise.reject(new Error('not used')),
    vocabularies: () => Promise.resolve([]),
    getService: (id: string) => {
      asked.push(id);
      const service = services.find((s) => s.id === id);
      return service ? Promise.resolve({ value: service, diagnostics: [] }) : Promise.reject(new SignpostError('not-found', id, 'This service is no longer listed.'));
    },
  };
}
