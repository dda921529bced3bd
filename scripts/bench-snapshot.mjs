// Benchmark for searching a static snapshot in the browser (not a timed test): `npm run bench:snapshot`.
//
// Writes a snapshot of the sample API's generated dataset (10,000 services, seeded, so every
// run has the same data; v1 and v3 merged, as scripts/sample-snapshot.ts does) to
// .signpost-data/, serves it from a local static server that compresses with gzip as a CDN
// would, and in headless Chromium runs searches through the real reader (SnapshotDirectory,
// bundled with esbuild) over real HTTP. For each search, from a cold page: the time from the
// manifest being read to the first results, the bytes transferred (gzip, counted by the
// server, manifest included) and the files read; then a second search in the same page, to
// show what a later search costs. Postcode lookups go to the sample API's postcodes.io
// look-alike on the same server and are not counted as snapshot bytes.
// Budgets: first results within 300 ms of the manifest; a first search at most 200 KB gzip
// (text-only, need-only, postcode); later ones less; a single outward code reads no other area.
//
// Options: --services N (default 10000), --seed S (default 1), --runs R (default 3), --rebuild
// (write the snapshot again even if .signpost-data/ has it from an earlier run).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from './chromium-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    rebuild: { type: 'boolean', default: false },
  },
});
const SERVICES = Number(values.services);
const SEED = Number(values.seed);
const RUNS = Math.max(1, Number(values.runs));

// TypeScript sources: this script runs under tsx with the "source" condition (see package.json).
const { writeSampleSnapshot } = await import('./sample-snapshot.ts');
const { createSampleApi } = await import('../packages/sample-api/src/index.ts');

const dir = join(root, '.signpost-data', `bench-snapshot-${SERVICES}-${SEED}`);
if (values.rebuild || !existsSync(join(dir, 'manifest.json'))) {
  const started = performance.now();
  const summary = (await writeSampleSnapshot(dir, { services: SERVICES, seed: SEED, harvestedAt: '2026-12-01T02:00:00.000Z' })).snapshot;
  console.log(
    `Snapshot of ${summary.services} services harvested from the sample API (v1 and v3) and written in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${summary.files} files, ${(summary.bytes / 1024 / 1024).toFixed(1)} MiB uncompressed (${dir})`,
  );
} else {
  console.log(`Snapshot in ${dir} (written before; --rebuild writes it again)`);
}

const require = createRequire(join(root, 'node_modules/@web/test-runner-chrome/package.json'));
const esbuild = require('esbuild');
const bundle = await esbuild.build({
  entryPoints: [join(root, 'packages/core/src/snapshot/index.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  conditions: ['source', 'browser'],
  logLevel: 'error',
});
const reader = bundle.outputFiles[0].text;
console.log(`Reader (SnapshotDirectory with MiniSearch and the stemmer), minified: ${(gzipSync(reader).length / 1024).toFixed(1)} KiB gzip`);

const page = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
import { SnapshotDirectory } from '/reader.js';
window.SnapshotDirectory = SnapshotDirectory;
window.benchReady = true;
</script>`;

const api = createSampleApi({ basePath: '/api', ...(SERVICES ? { services: SERVICES, seed: SEED } : {}) });
/** Compressed once, as a CDN keeps them. */
const compressed = new Map();
/** Bytes sent per snapshot file since the last reset. */
let sent = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  if (path.startsWith('/api/')) return api.middleware(req, res);
  let body;
  let type = 'application/json';
  let cache = 'no-cache';
  if (path === '/') [body, type] = [page, 'text/html'];
  else if (path === '/reader.js') [body, type] = [reader, 'text/javascript'];
  else if (path.startsWith('/snapshot/')) {
    const file = normalize(join(dir, path.slice('/snapshot/'.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    body = readFileSync(file);
    if (!file.endsWith('manifest.json')) cache = 'public, max-age=31536000, immutable';
  } else return res.writeHead(404).end();
  const gz = compressed.get(path) ?? gzipSync(body);
  compressed.set(path, gz);
  if (path.startsWith('/snapshot/')) sent.push({ path: path.slice('/snapshot/'.length), bytes: gz.length });
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': cache, 'Content-Length': gz.length });
  res.end(gz);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const puppeteer = require('puppeteer-core');
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

const SCENARIOS = [
  { name: 'browse (nothing asked)', first: {}, later: { page: 2 } },
  { name: 'text only: "football"', first: { text: 'football' }, later: { text: 'swimming lessons' } },
  { name: 'text prefix: "footb"', first: { text: 'footb' }, later: { text: 'footb', page: 2 } },
  { name: 'need only: autism', first: { terms: ['sendNeeds:CI-ASD'] }, later: { terms: ['esdServiceTypes:131'] } },
  { name: 'postcode S10 2TN, 1 mile', first: { postcode: 'S10 2TN', proximity: 1609 }, later: { postcode: 'S10 2TN', proximity: 1609, terms: ['sendNeeds:CI-ASD'] } },
  { name: 'postcode S1 2HE, 3 miles', first: { postcode: 'S1 2HE', proximity: 4828 }, later: { postcode: 'S1 2HE', proximity: 4828, page: 2 } },
  { name: 'one outward code: S35 2YH, 1 mile', first: { postcode: 'S35 2YH', proximity: 1609 }, later: { postcode: 'S35 2YH', proximity: 1609, day: 'SA' } },
  { name: 'need + ages + day + free', first: { terms: ['sendNeeds:CI'], ages: { min: 11, max: 15 }, day: 'SA', freeOnly: true }, later: { terms: ['sendNeeds:CI'], ages: { min: 11, max: 15 } } },
  { name: 'words + need + postcode', first: { text: 'club', terms: ['sendNeeds:CI'], postcode: 'S6 2LW', proximity: 4828 }, later: { text: 'club', postcode: 'S6 2LW', proximity: 4828 } },
];

async function run(scenario) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(origin, { waitUntil: 'load' });
  await tab.waitForFunction('window.benchReady === true');
  sent = [];
  const timings = await tab.evaluate(async ({ first, later }) => {
    const dir = new window.SnapshotDirectory({ url: '/snapshot/', geocoder: '/api' });
    const t0 = performance.now();
    await dir.harvestedAt();
    const t1 = performance.now();
    const result = await dir.search({ perPage: 10, ...first });
    const t2 = performance.now();
    const afterFirst = dir.fetched.length;
    const more = await dir.search({ perPage: 10, ...later });
    const t3 = performance.now();
    const afterLater = dir.fetched.length;
    await dir.getService(result.items[0]?.id ?? more.items[0]?.id);
    const t4 = performance.now();
    const files = dir.fetched.map((u) => u.split('/snapshot/')[1]);
    return {
      manifestMs: t1 - t0,
      firstMs: t2 - t1,
      total: result.total,
      laterMs: t3 - t2,
      laterTotal: more.total,
      detailMs: t4 - t3,
      firstFiles: files.slice(0, afterFirst),
      laterFiles: files.slice(afterFirst, afterLater),
      detailFiles: files.slice(afterLater),
    };
  }, scenario);
  await context.close();
  const bytes = (files) => sent.filter((s) => files.includes(s.path)).reduce((a, s) => a + s.bytes, 0);
  return { ...timings, firstBytes: bytes(timings.firstFiles), laterBytes: bytes(timings.laterFiles), detailBytes: bytes(timings.detailFiles) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const areasOf = (files) => [...new Set(files.filter((f) => f.startsWith('areas/')).map((f) => f.slice(6).split('.')[0]))];

try {
  console.log(`\nLoad average on this machine: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (${cpus().length} cores): timings vary with it.`);
  console.log(`\n${RUNS} cold runs each, median times; bytes are gzip as sent, manifest included in the first search.\n`);
  for (const scenario of SCENARIOS) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await run(scenario));
    const r = runs[0];
    const count = (files, kind) => files.filter((f) => f.startsWith(`${kind}/`)).length;
    console.log(`${scenario.name}`);
    console.log(
      `  first search: ${median(runs.map((x) => x.firstMs)).toFixed(0)} ms after the manifest (manifest ${median(runs.map((x) => x.manifestMs)).toFixed(0)} ms), ` +
        `${r.total} found, ${kb(r.firstBytes)} in ${r.firstFiles.length} files ` +
        `(areas ${count(r.firstFiles, 'areas')}, text ${count(r.firstFiles, 'text')}, cards ${count(r.firstFiles, 'cards')}, names ${count(r.firstFiles, 'names')})`,
    );
    console.log(`  areas read: ${areasOf(r.firstFiles).join(', ') || 'none'}`);
    console.log(
      `  later search: ${median(runs.map((x) => x.laterMs)).toFixed(0)} ms, ${r.laterTotal} found, ${kb(r.laterBytes)} more in ${r.laterFiles.length} files` +
        `${areasOf(r.laterFiles).length ? ` (areas ${areasOf(r.laterFiles).join(', ')})` : ''}; detail ${median(runs.map((x) => x.detailMs)).toFixed(0)} ms, ${kb(r.detailBytes)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
