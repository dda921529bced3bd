// Benchmark (prints, asserts nothing): `npm run bench:lighthouse` (after `npm run build`).
//
// Lighthouse (mobile, simulated throttling: its default) on a plain page with the drop-in
// finder (endpoint only, as a site owner pastes it), the bundle and the sample API served
// gzip by this script. Lighthouse runs through its Node API, asynchronously: the server lives
// in this same process and must keep answering. Prints the median of the runs; goals:
// performance at least 95, cumulative layout shift under 0.02, total blocking time under 150 ms.
//
// Options: --runs N (default 3), --page PATH (default /dropin.html), --cdn DIR (another build to measure).
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium-path.mjs';
import { startBenchServer } from './bench-server.mjs';
import { median } from './median.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, page: { type: 'string', default: '/dropin.html' }, cdn: { type: 'string' } },
});
const RUNS = Math.max(1, Number(values.runs));

const server = await startBenchServer({ gzip: true, ...(values.cdn ? { cdnDir: values.cdn } : {}) });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'Speed index', 'ms'],
];


try {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const result = await lighthouse(`${server.origin}${values.page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    runs.push({
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      ...Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id]?.numericValue ?? NaN])),
      scripts: lhr.audits['bootup-time']?.numericValue ?? NaN,
      bytes: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
    });
  }
  const score = median(runs.map((r) => r.score));
  console.log(`Lighthouse ${lighthouse.version ?? '12'} (mobile, simulated slow 4G, CPU x4), ${values.page}, served gzip, ${RUNS} runs (median):`);
  console.log(`  performance       ${String(score).padStart(6)}   (each run: ${runs.map((r) => r.score).join(', ')}; goal: at least 95${score >= 95 ? ', met' : ', not met'})`);
  for (const [id, label, unit] of METRICS) {
    const value = median(runs.map((r) => r[id]));
    const shown = unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3);
    const goal = id === 'total-blocking-time' ? ` (goal: under 150 ms${value < 150 ? ', met' : ', not met'})` : id === 'cumulative-layout-shift' ? ` (goal: under 0.02${value < 0.02 ? ', met' : ', not met'})` : '';
    console.log(`  ${label.padEnd(17)} ${shown.padStart(9)}${goal}`);
  }
  console.log(`  script start-up   ${`${Math.round(median(runs.map((r) => r.scripts)))} ms`.padStart(9)}   transferred ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} KiB`);
} finally {
  chrome.kill();
  await server.close();
}
