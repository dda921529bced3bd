/**
 * A snapshot of the sample ORUK API, for the demo (`npm start`), the tests and the
 * benchmarks: the harvester itself (packages/harvest) reads the sample API's v1 and v3
 * feeds, started in this process, merges them and writes the snapshot (with its feed
 * health report, and the static service pages when asked for). What it writes is what
 *
 *   npm run sample-api
 *   npm run harvest -- --endpoint http://127.0.0.1:8787/v1 --directory-name "the sample directory (ORUK v1)" \
 *     --endpoint http://127.0.0.1:8787/v3 --directory-name "the sample directory (ORUK v3)" --out DIR
 *
 * writes: the feeds are named by that address (so a harvest's ids, and the files named by
 * them, are the same from run to run) and their requests go to this process's API.
 *
 *   node --conditions=source --import tsx scripts/sample-snapshot.ts --out DIR [--services 10000 --seed 1]
 *     [--site-url URL --script-url URL]   (also the static service pages, as signpost-harvest --site-url writes them)
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createSampleApi } from '../packages/sample-api/src/index.js';
import { harvest, type HarvestOptions, type HarvestOutcome } from '../packages/harvest/src/index.js';

export interface SampleSnapshotOptions {
  /** Generate this many services (deterministic per seed) instead of the bundled 339. */
  services?: number;
  seed?: number;
  /** When the snapshot says it was harvested (default: now). */
  harvestedAt?: string;
  /** The static service pages too (as `signpost-harvest --site-url` writes them). */
  pages?: HarvestOptions['pages'];
}

/** The address the sample feeds are harvested as: `npm run sample-api`'s. */
const SAMPLE_ORIGIN = 'http://127.0.0.1:8787';

const SAMPLE_FEEDS = [
  { endpoint: `${SAMPLE_ORIGIN}/v1`, directory: 'the sample directory (ORUK v1)' },
  { endpoint: `${SAMPLE_ORIGIN}/v3`, directory: 'the sample directory (ORUK v3)' },
];

/** Harvest the sample API's v1 and v3 feeds into `outDir`: the snapshot and its report. Throws unless the harvest is complete. */
export async function writeSampleSnapshot(outDir: string, options: SampleSnapshotOptions = {}): Promise<HarvestOutcome> {
  const api = createSampleApi({
    ...(options.services !== undefined ? { services: options.services, seed: options.seed ?? 1 } : {}),
  });
  const { url } = await api.listen(0);
  try {
    const outcome = await harvest({
      feeds: SAMPLE_FEEDS,
      outDir,
      fresh: true,
      // the most the harvester's command line allows: the API is in this process
      maxRps: 100,
      perPage: 500,
      polite: { fetch: (address, init) => fetch(address.replace(SAMPLE_ORIGIN, url), init) },
      ...(options.harvestedAt ? { now: new Date(options.harvestedAt) } : {}),
      ...(options.pages ? { pages: options.pages } : {}),
    });
    if (outcome.status !== 'complete') {
      const why = outcome.feeds.flatMap((f) => (f.error ? [`${f.directory}: ${f.error}`] : []));
      throw new Error(`The sample harvest was ${outcome.status}: ${why.join(' ') || 'no services were read'}`);
    }
    return outcome;
  } finally {
    await api.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, services: { type: 'string' }, seed: { type: 'string' }, 'site-url': { type: 'string' }, 'script-url': { type: 'string' } },
  });
  if (!values.out) {
    console.error('Usage: scripts/sample-snapshot.ts --out DIR [--services N --seed S] [--site-url URL --script-url URL]');
    process.exit(2);
  }
  const siteUrl = values['site-url'];
  const outcome = await writeSampleSnapshot(values.out, {
    ...(values.services ? { services: Number(values.services) } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    ...(siteUrl ? { pages: { siteUrl, ...(values['script-url'] ? { scriptUrl: values['script-url'] } : {}) } } : {}),
  });
  const summary = outcome.snapshot!;
  console.log(`Snapshot of ${summary.services} services: ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KiB in ${summary.dir}`);
  if (outcome.pages) console.log(`Static pages: ${outcome.pages.pages} services, their index and sitemap.xml`);
}
