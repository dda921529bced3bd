/**
 * A snapshot of the sample ORUK API, for the demo (`npm start`), the tests and the
 * benchmark: the API is started in this process, its v1 and v3 feeds are read through
 * core's adapters, each service listed by both becomes one with both as sources, and
 * writeSnapshot writes the files.
 *
 *   node --conditions=source --import tsx scripts/sample-snapshot.ts --out DIR [--services 10000 --seed 1]
 *     [--site-url URL --script-url URL]   (also the static service pages, as signpost-harvest --site-url writes them)
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { OrukClient, type Service } from '@signpost/core';
import { createSampleApi } from '../packages/sample-api/src/index.js';
import { writeSnapshot, type SnapshotInput, type SnapshotSummary } from '../packages/harvest/src/snapshot/write.js';
import { writePages } from '../packages/harvest/src/pages/write.js';

export interface SampleSnapshotOptions {
  /** Generate this many services (deterministic per seed) instead of the bundled 339. */
  services?: number;
  seed?: number;
  /** When the snapshot says it was harvested (default: now). */
  harvestedAt?: string;
}

const PER_PAGE = 500;

async function readAll(client: OrukClient): Promise<Service[]> {
  const out: Service[] = [];
  for (let page = 1; ; page += 1) {
    const result = await client.search({ page, perPage: PER_PAGE });
    out.push(...result.items);
    if (result.isLast || !result.items.length) return out;
  }
}

/** The sample API's services as a harvest reads them: v1 and v3 merged, each with both as sources. */
export async function sampleHarvest(options: SampleSnapshotOptions = {}): Promise<SnapshotInput> {
  const api = createSampleApi({
    ...(options.services !== undefined ? { services: options.services, seed: options.seed ?? 1 } : {}),
  });
  const { url } = await api.listen(0);
  try {
    const v1 = new OrukClient({ endpoint: `${url}/v1`, dialect: 'v1', geocoder: url });
    const v3 = new OrukClient({ endpoint: `${url}/v3`, dialect: 'v3', geocoder: url });
    const [fromV1, fromV3, vocabularies] = await Promise.all([readAll(v1), readAll(v3), v1.vocabularies()]);
    const twins = new Map(fromV3.map((s) => [s.id, s]));
    const name = { v1: 'the sample directory (ORUK v1)', v3: 'the sample directory (ORUK v3)' };
    const services = fromV1.map((s): Service => {
      const twin = twins.get(s.id);
      const source = (endpoint: string, listing: Service) => ({
        endpoint,
        directory: endpoint === v1.endpoint ? name.v1 : name.v3,
        serviceId: listing.id,
        ...(listing.lastChecked ? { lastChecked: listing.lastChecked } : {}),
      });
      // v1's terms match v1's vocabularies; v3 adds what v1 leaves out (e.g. the assurer's email).
      return { ...twin, ...s, sources: [source(v1.endpoint, s), ...(twin ? [source(v3.endpoint, twin)] : [])] };
    });
    return {
      services,
      vocabularies,
      harvestedAt: options.harvestedAt ?? new Date().toISOString(),
      feeds: [
        { endpoint: v1.endpoint, directory: name.v1, dialect: 'v1', records: fromV1.length },
        { endpoint: v3.endpoint, directory: name.v3, dialect: 'v3', records: fromV3.length },
      ],
    };
  } finally {
    await api.close();
  }
}

export async function writeSampleSnapshot(outDir: string, options: SampleSnapshotOptions = {}): Promise<SnapshotSummary> {
  return writeSnapshot(outDir, await sampleHarvest(options));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, services: { type: 'string' }, seed: { type: 'string' }, 'site-url': { type: 'string' }, 'script-url': { type: 'string' } },
  });
  if (!values.out) {
    console.error('Usage: scripts/sample-snapshot.ts --out DIR [--services N --seed S] [--site-url URL --script-url URL]');
    process.exit(2);
  }
  const input = await sampleHarvest({
    ...(values.services ? { services: Number(values.services) } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  });
  const summary = await writeSnapshot(values.out, input);
  console.log(`Snapshot of ${summary.services} services: ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KiB in ${summary.dir}`);
  if (values['site-url']) {
    const pages = await writePages(values.out, {
      services: input.services,
      harvestedAt: input.harvestedAt,
      siteUrl: values['site-url'],
      ...(values['script-url'] ? { scriptUrl: values['script-url'] } : {}),
    });
    console.log(`Static pages: ${pages.pages} services, their index and sitemap.xml`);
  }
}
