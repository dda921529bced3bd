// Benchmark for signpost-map (not a timed test): `npm run bench:map` (after `npm run build`).
//
// Generates the sample API's 10,000-service dataset (seeded, so every run has the same data),
// serves it with the drop-in bundle (packages/elements/dist/cdn) to headless Chromium, and
// measures, in the page:
//   - first view: from the services being in the page to the markers drawn and painted,
//     with Leaflet already loaded (warm) and including Leaflet's lazy download (cold);
//   - a zoom: one step in or out, to the new markers drawn and painted.
// Targets: first view < 300 ms, zoom < 100 ms. "Painted" waits two animation frames, so it
// includes up to a frame or two of waiting for the display; the script time is printed too. Zooms run with prefers-reduced-motion, so
// the time is our work (clustering, markers) and not Leaflet's 250 ms zoom animation.
// Then prints the drop-in bundle's main file and map chunk sizes (minified and gzipped).
//
// Options: --services N (default 10000), --seed S (default 1), --runs R (default 5).
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from './chromium-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'packages/elements/dist/cdn');
const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
  },
});
const SERVICES = Number(values.services);
const SEED = Number(values.seed);
const RUNS = Math.max(1, Number(values.runs));

if (!existsSync(join(cdn, 'signpost.js'))) {
  console.error('No drop-in bundle at packages/elements/dist/cdn: run `npm run build` first.');
  process.exit(1);
}

// The sample API and core are TypeScript: this script runs under tsx (see package.json).
const { generateDataset } = await import('../packages/sample-api/src/index.ts');
const { validLatLng } = await import('../packages/core/src/geo.ts');

/** The dataset as the model the elements render (only what a map needs, as core's adapters give it). */
function toModel(dataset) {
  const organisations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const locations = new Map(dataset.locations.map((l) => [l.id, l]));
  return dataset.services.map((s) => ({
    id: s.id,
    name: s.name,
    organisation: organisations.has(s.organizationId) ? { id: s.organizationId, name: organisations.get(s.organizationId).name } : undefined,
    description: '',
    summary: '',
    phones: [],
    costOptions: [],
    ages: {},
    languages: [],
    schedules: [],
    terms: [],
    contacts: [],
    locations: s.locations.flatMap((link) => {
      const l = locations.get(link.locationId);
      if (!l) return [];
      const position = validLatLng(l.latitude, l.longitude);
      return [
        {
          id: l.id,
          name: l.name,
          ...(position ? { position } : {}),
          addresses: [{ lines: [l.address.address_1], city: l.address.city, postcode: l.address.postal_code }],
          accessibility: [],
        },
      ];
    }),
  }));
}

const started = performance.now();
const services = toModel(generateDataset({ services: SERVICES, seed: SEED }));
const places = services.reduce((n, s) => n + s.locations.filter((l) => l.position).length, 0);
const data = JSON.stringify(services);
console.log(
  `Dataset: ${services.length.toLocaleString('en-GB')} services, ${places.toLocaleString('en-GB')} places with coordinates ` +
    `(generated in ${Math.round(performance.now() - started)} ms, seed ${SEED})`,
);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>signpost-map benchmark</title>
<style>body{margin:0;font:16px system-ui}</style></head>
<body><main id="here"></main>
<script type="module">
  import '/cdn/signpost.js';
  window.__services = await (await fetch('/data.json')).json();
  window.__ready = true;
</script></body></html>`;

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/') return send(res, 200, PAGE, '.html');
  if (path === '/data.json') return send(res, 200, data, '.json');
  if (path.startsWith('/cdn/')) {
    const file = normalize(join(cdn, path.slice('/cdn/'.length)));
    if (file.startsWith(cdn) && existsSync(file) && statSync(file).isFile()) return send(res, 200, readFileSync(file), extname(file));
  }
  return send(res, 404, 'not found', '.html');
});
function send(res, status, body, ext) {
  res.writeHead(status, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// puppeteer-core comes with @web/test-runner-chrome
const require = createRequire(join(root, 'node_modules/@web/test-runner-chrome/package.json'));
const puppeteer = require('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'],
});

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const offsite = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  await page.goto(origin, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready === true, { timeout: 60_000 });

  const results = await page.evaluate(async (runs) => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const services = window.__services;
    const here = document.getElementById('here');
    const mount = () => {
      here.replaceChildren();
      const map = document.createElement('signpost-map');
      map.setAttribute('tile-url', 'none');
      map.style.setProperty('--signpost-map-height', '720px');
      here.append(map);
      return map;
    };
    const markers = (map) => map.shadowRoot.querySelectorAll('.sp-marker').length;
    const out = { cold: 0, warm: [], warmScript: [], zoom: [], zoomScript: [], markers: {} };

    // cold: the services arrive, Leaflet's chunk is downloaded, the markers are drawn
    let map = mount();
    await map.updateComplete;
    let t0 = performance.now();
    map.services = services;
    await map.load();
    await map.updateComplete;
    await frames();
    out.cold = performance.now() - t0;

    for (let i = 0; i < runs; i += 1) {
      map = mount();
      await map.updateComplete;
      await map.load(); // Leaflet is in memory: this is the map itself, with no data
      await frames();
      t0 = performance.now();
      map.services = services;
      await map.updateComplete;
      out.warmScript.push(performance.now() - t0);
      await frames();
      out.warm.push(performance.now() - t0);
    }
    out.markers[`fit (zoom ${map.zoomLevel})`] = markers(map);

    for (let i = 0; i < runs; i += 1) {
      // from the fitted view down to street level and back
      for (const direction of [1, 1, 1, 1, 1, -1, -1, -1, -1, -1]) {
        t0 = performance.now();
        map.zoom(direction); // no animation: the markers are redrawn before this returns
        out.zoomScript.push(performance.now() - t0);
        await frames();
        out.zoom.push(performance.now() - t0);
        out.markers[`zoom ${map.zoomLevel}`] = markers(map);
      }
    }
    return out;
  }, RUNS);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (x) => `${x.toFixed(1)} ms`;
  const verdict = (x, target) => (x < target ? `under the ${target} ms target` : `OVER the ${target} ms target`);
  const warm = median(results.warm);
  const zoom = median(results.zoom);
  console.log('\nsignpost-map, headless Chromium, 1280×900, map 720 px high, tiles off:');
  console.log(`  first view, Leaflet already loaded: median ${ms(warm)} of ${results.warm.length} (min ${ms(Math.min(...results.warm))}, max ${ms(Math.max(...results.warm))}): ${verdict(warm, 300)}`);
  console.log(`    of which our script (index, markers), before painting: median ${ms(median(results.warmScript))}`);
  console.log(`  first view, including Leaflet's lazy download: ${ms(results.cold)} (local server)`);
  console.log(`  zoom one step: median ${ms(zoom)} of ${results.zoom.length} (min ${ms(Math.min(...results.zoom))}, max ${ms(Math.max(...results.zoom))}): ${verdict(zoom, 100)}`);
  console.log(`    of which our script (clusters, marker changes), before painting: median ${ms(median(results.zoomScript))}`);
  console.log(`  markers drawn: ${Object.entries(results.markers).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  console.log(`  requests off this machine: ${offsite.length}`);
} finally {
  await browser.close();
  server.close();
}

// Bundle sizes
const sizes = (file) => {
  const buf = readFileSync(file);
  return { min: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const main = sizes(join(cdn, 'signpost.js'));
const mainText = readFileSync(join(cdn, 'signpost.js'), 'utf8');
console.log('\nDrop-in bundle (packages/elements/dist/cdn):');
console.log(`  signpost.js (main): ${kb(main.min)} min, ${kb(main.gzip)} gzip`);
const chunks = existsSync(join(cdn, 'chunks')) ? readdirSync(join(cdn, 'chunks')).filter((f) => f.endsWith('.js')) : [];
for (const chunk of chunks) {
  const s = sizes(join(cdn, 'chunks', chunk));
  const what = /leaflet-view/.test(chunk)
    ? ' (the map: Leaflet, its CSS, supercluster; loaded only when a map is shown)'
    : /marked/.test(chunk)
      ? ' (the Markdown renderer; loaded only for a response that carries Markdown)'
      : '';
  console.log(`  chunks/${chunk}: ${kb(s.min)} min, ${kb(s.gzip)} gzip${what}`);
}
// Leaflet's own error text is a fingerprint of Leaflet's code
const leafletInMain = mainText.includes('Map container is already initialized') || mainText.includes('leaflet-zoom-anim');
const staticImports = [...mainText.matchAll(/^import[^;]*from\s*["'`]([^"'`]+)["'`]/gm)].map((m) => m[1]);
console.log(`  Leaflet in the main file: ${leafletInMain ? 'YES (it should not be)' : 'no'}; chunks the main file imports at start: ${staticImports.length ? staticImports.join(', ') : 'none'}`);
