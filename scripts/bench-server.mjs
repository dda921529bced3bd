// A local server for the benchmarks: the sample ORUK API at /api, the built drop-in bundle
// at /cdn, and pages showing the same first results from the same API:
//   /dropin.html       the drop-in finder as a site owner pastes it (endpoint only, or with dialect)
//   /handwritten.html  a hand-written page: fetch one page of services, render a list
//   /floor.html        the same hand-written code, as a script file of the drop-in file's gzip size
//   /floor-small.html  the same hand-written code, as a script file of its own size (under 1 KB)
// With `gzip`, text answers are gzip-compressed when the browser accepts it (as a CDN would).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'packages/elements/dist/cdn');

const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Find services</title>
<style>body{margin:0 auto;max-width:60em;padding:1em;font:16px/1.5 system-ui,sans-serif}</style>`;

function dropInPage(attrs = '') {
  return `<!doctype html><html lang="en"><head>${head}
<script type="module" src="/cdn/signpost.js"></script></head>
<body><main><h1>Find services</h1>
<signpost-finder endpoint="/api/v3" geocoder="/api" ${attrs}></signpost-finder>
</main></body></html>`;
}

/** The least a developer would write by hand: fetch the first page of services, list names and summaries. */
const HANDWRITTEN_SCRIPT = `
  const list = document.getElementById('results');
  const response = await fetch('/api/v3/services?page=1&per_page=10');
  const page = await response.json();
  for (const service of page.contents) {
    const item = document.createElement('li');
    const name = document.createElement('h2');
    name.textContent = service.name;
    const text = document.createElement('p');
    text.textContent = (service.description ?? '').replace(/<[^>]*>/g, ' ').slice(0, 160);
    item.append(name, text);
    list.append(item);
  }
`;

const HANDWRITTEN = `<!doctype html><html lang="en"><head>${head}</head>
<body><main><h1>Find services</h1><ol id="results"></ol></main>
<script type="module">${HANDWRITTEN_SCRIPT}</script></body></html>`;

/**
 * The floor for any script-tag embed: the hand-written code, loaded as the drop-in is (a
 * module script in the head), from a file padded with incompressible bytes to the drop-in
 * file's gzip size. It pays the drop-in's extra round trip and transfer, and none of its work.
 * Unpadded, it pays the round trip alone: what any script-tag embed, however small, costs.
 */
const floorPage = (script) => `<!doctype html><html lang="en"><head>${head}
<script type="module" src="${script}"></script></head>
<body><main><h1>Find services</h1><ol id="results"></ol></main></body></html>`;

/** The hand-written script, then a comment of random letters (a fixed seed) until it gzips to `bytes`. */
function paddedScript(bytes) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let seed = 1;
  // a 32-bit linear congruential generator (a fixed seed: the same file every run), its top 6 bits a letter
  const letter = () => letters[(seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 26];
  const more = (n) => Array.from({ length: n }, letter).join('');
  const script = (padding) => `${HANDWRITTEN_SCRIPT}/* ${padding} */\n`;
  // these letters gzip to about 0.76 bytes each: start a little short, then add until it is the size
  let padding = more(Math.max(0, Math.floor(((bytes - gzipSync(HANDWRITTEN_SCRIPT).length) / 0.76) * 0.98)));
  while (gzipSync(script(padding)).length < bytes) padding += more(64);
  return script(padding);
}

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/** Start the server on a free port (the bundle from `cdnDir`, by default this repository's build); resolves to its origin and a close function. */
export async function startBenchServer({ gzip = false, cdnDir = cdn } = {}) {
  if (!existsSync(join(cdnDir, 'signpost.js'))) throw new Error(`No drop-in bundle at ${cdnDir}: run \`npm run build\` first.`);
  // The sample API is TypeScript: the benchmarks run under tsx (see package.json).
  const { createSampleApi } = await import('../packages/sample-api/src/index.ts');
  const api = createSampleApi({ basePath: '/api' });
  const pages = {
    '/dropin.html': dropInPage(),
    '/dropin-v3.html': dropInPage('dialect="v3"'),
    '/handwritten.html': HANDWRITTEN,
    '/floor.html': floorPage('/floor.js'),
    '/floor-small.html': floorPage('/floor-small.js'),
  };
  const floorScript = paddedScript(gzipSync(readFileSync(join(cdnDir, 'signpost.js'))).length);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const accepts = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (path.startsWith('/api/') || path === '/api') {
      if (accepts) compressApi(res);
      return api.middleware(req, res);
    }
    if (pages[path]) return send(res, pages[path], '.html', accepts);
    if (path === '/floor.js') return send(res, floorScript, '.js', accepts);
    if (path === '/floor-small.js') return send(res, HANDWRITTEN_SCRIPT, '.js', accepts);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(cdnDir, path.slice('/cdn/'.length)));
      if (file.startsWith(cdnDir) && existsSync(file) && statSync(file).isFile()) return send(res, readFileSync(file), extname(file), accepts);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

function send(res, body, ext, gzip) {
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  if (gzip) {
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(gzipSync(body));
  } else {
    res.writeHead(200, headers);
    res.end(body);
  }
}

/** Gzip what the sample API answers (it writes a status, headers and one body). */
function compressApi(res) {
  const { writeHead, end } = res;
  let status = 200;
  let headers = {};
  res.writeHead = (code, given) => {
    status = code;
    headers = given ?? {};
    return res;
  };
  res.end = (body) => {
    if (!body || status === 304) {
      writeHead.call(res, status, headers);
      return end.call(res, body);
    }
    const compressed = gzipSync(Buffer.from(body));
    const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-length'));
    writeHead.call(res, status, { ...rest, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    return end.call(res, compressed);
  };
}
