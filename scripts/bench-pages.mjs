// Benchmark for the harvester's static pages (not a timed test): `npm run bench:pages`.
//
// Harvests the sample API's generated dataset (10,000 services by default, seeded; v1 and v3
// merged by the harvester, as scripts/sample-snapshot.ts does), then writes the static pages, index and
// sitemap into a temporary folder with writePages, twice (a first harvest, and a second over
// it, which keeps every page's name), and prints pages per second, the time per page, the
// bytes written (and gzip sizes of a typical page, the index and the sitemap), with the
// machine's load, since a busy shared machine reads slower.
//
// Options: --services N (default 10000), --seed S (default 1), --limit L (URLs per sitemap).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeSampleSnapshot } from './sample-snapshot.ts';
import { writePages } from '../packages/harvest/src/pages/write.ts';

const { values } = parseArgs({
  options: { services: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, limit: { type: 'string' } },
});
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const dir = mkdtempSync(join(tmpdir(), 'signpost-bench-pages-'));
try {
  let t = performance.now();
  const input = await writeSampleSnapshot(join(dir, 'snapshot'), { services: Number(values.services), seed: Number(values.seed) });
  console.log(`harvested ${input.services.length} services from the sample API in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  for (const run of ['first harvest', 'second harvest (same folder)']) {
    t = performance.now();
    const summary = await writePages(dir, {
      services: input.services,
      siteUrl: 'https://www.example.gov.uk/local-offer/',
      harvestedAt: input.report.harvestedAt,
      scriptUrl: 'https://www.example.gov.uk/signpost/signpost.js',
      ...(values.limit ? { sitemapLimit: Number(values.limit) } : {}),
    });
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `${run}: ${summary.pages} pages in ${seconds.toFixed(1)} s = ${(summary.pages / seconds).toFixed(0)} pages/s (${((seconds * 1000) / summary.pages).toFixed(2)} ms a page); ${summary.sitemaps} sitemap file(s); ${(summary.bytes / 1024 / 1024).toFixed(1)} MiB written`,
    );
  }
  const pages = readdirSync(join(dir, 'services'))
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .map((name) => ({ name, size: statSync(join(dir, 'services', name)).size }))
    .sort((a, b) => a.size - b.size);
  const median = pages[Math.floor(pages.length / 2)];
  console.log(`page size: median ${kib(median.size)} (${kib(gz(join(dir, 'services', median.name)))} gzip), largest ${kib(pages.at(-1).size)}`);
  console.log(`index page: ${kib(statSync(join(dir, 'services', 'index.html')).size)} (${kib(gz(join(dir, 'services', 'index.html')))} gzip)`);
  const needs = readdirSync(join(dir, 'services', 'needs')).map((f) => statSync(join(dir, 'services', 'needs', f)).size);
  console.log(`need pages: ${needs.length}, largest ${kib(Math.max(...needs))}`);
  console.log(`page styles: ${kib(statSync(join(dir, 'services', 'signpost-pages.css')).size)} (${kib(gz(join(dir, 'services', 'signpost-pages.css')))} gzip, one file for every page)`);
  console.log(`sitemap.xml: ${kib(statSync(join(dir, 'sitemap.xml')).size)} (${kib(gz(join(dir, 'sitemap.xml')))} gzip)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
