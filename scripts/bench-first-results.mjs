// Benchmark (prints, asserts nothing): `npm run bench:first-results` (after `npm run build`).
//
// How long until a person sees the first results: the drop-in finder as a site owner pastes
// it, against a hand-written page that fetches the same first page from the same sample API
// and lists it, both served gzip as a CDN serves them (the bundle, its chunks, the pages and the
// API's answers). Same headless Chromium, cold loads (no cache), runs alternating between
// the pages, unthrottled and with a slow-4G profile (150 ms round trips, 1.6 Mbit/s down,
// 750 kbit/s up, the CPU 4x slower, through the DevTools protocol). "First results" is the
// first animation frame in which the first result is in the page. Prints the medians and
// the ratio (goal: at most 1.2). A third page, the floor, loads the hand-written code the way
// the drop-in file is loaded (a module script in the head) from a file padded to the drop-in
// file's gzip size: what the embed itself costs, before any of Signpost's work, and so how
// far a script-tag component of this size can come towards the hand-written page; a fourth
// loads the hand-written code from a file of its own size (what a script tag costs at all).
//
// Options: --runs N (default 7 per page and profile), --cdn DIR (another build to measure).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath } from './chromium-path.mjs';
import { startBenchServer } from './bench-server.mjs';
import { median } from './median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, cdn: { type: 'string' } } });
const RUNS = Math.max(1, Number(values.runs));

const PAGES = [
  { name: 'drop-in finder (endpoint only)', path: '/dropin.html', found: 'dropin' },
  { name: 'drop-in finder (dialect="v3")', path: '/dropin-v3.html', found: 'dropin' },
  { name: 'hand-written fetch and render', path: '/handwritten.html', found: 'handwritten' },
  { name: 'floor: hand-written, as a script file', path: '/floor.html', found: 'handwritten' },
  { name: 'hand-written, as a small script file', path: '/floor-small.html', found: 'handwritten' },
];
const DROP_INS = PAGES.filter((p) => p.found === 'dropin');
const PROFILES = [
  { name: 'unthrottled', network: undefined, cpu: 1 },
  // Lighthouse's "slow 4G" figures, applied by DevTools: latency is added to every request
  { name: 'slow 4G, CPU x4', network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }, cpu: 4 },
];

// Set in the page before anything else: the time of the first frame with a result in it.
function watchForResults(kind) {
  const found = () =>
    kind === 'dropin'
      ? document.querySelector('signpost-finder')?.shadowRoot?.querySelector('signpost-results')?.shadowRoot?.querySelector('li.card')
      : document.querySelector('#results li');
  const check = () => {
    if (found()) window.__firstResultsAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const require = createRequire(join(root, 'node_modules/@web/test-runner-chrome/package.json'));
const puppeteer = require('puppeteer-core');
const server = await startBenchServer({ gzip: true, ...(values.cdn ? { cdnDir: values.cdn } : {}) });
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'],
});

async function once(page, profile) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1, isMobile: true });
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await tab.evaluateOnNewDocument(watchForResults, page.found);
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${server.origin}${page.path}`, { waitUntil: 'domcontentloaded' });
    await tab.waitForFunction(() => window.__firstResultsAt !== undefined, { timeout: 60_000, polling: 50 });
    if (errors.length) throw new Error(`${page.path}: ${errors.join('; ')}`);
    return await tab.evaluate(() => window.__firstResultsAt);
  } finally {
    await context.close();
  }
}

const ms = (x) => `${Math.round(x)} ms`.padStart(8);

try {
  console.log(`First results, headless Chromium (${await browser.version()}), 412x823 mobile viewport, cold loads, served gzip, ${RUNS} runs each, alternating:`);
  for (const profile of PROFILES) {
    const times = new Map(PAGES.map((p) => [p.path, []]));
    for (let run = 0; run < RUNS; run += 1) {
      for (const page of run % 2 ? [...PAGES].reverse() : PAGES) times.get(page.path).push(await once(page, profile));
    }
    console.log(`\n  ${profile.name}:`);
    for (const page of PAGES) {
      const t = times.get(page.path);
      console.log(`    ${page.name.padEnd(38)} median ${ms(median(t))}  (min ${ms(Math.min(...t))}, max ${ms(Math.max(...t))})`);
    }
    const hand = median(times.get('/handwritten.html'));
    const floor = median(times.get('/floor.html'));
    for (const page of DROP_INS) {
      const ratio = median(times.get(page.path)) / hand;
      console.log(`    ratio, ${page.name} / hand-written: ${ratio.toFixed(2)} (goal: at most 1.2${ratio <= 1.2 ? ', met' : ', not met'})`);
    }
    console.log(`    ratio, floor / hand-written: ${(floor / hand).toFixed(2)} (what any script-tag embed of this size costs before it does any work)`);
    console.log(`    ratio, small script file / hand-written: ${(median(times.get('/floor-small.html')) / hand).toFixed(2)} (what a script tag costs at all)`);
    for (const page of DROP_INS) console.log(`    ${page.name}, beyond the floor: ${ms(median(times.get(page.path)) - floor)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
