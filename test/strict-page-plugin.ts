/**
 * A web-test-runner plugin serving a strict page under /strict/: the drop-in bundle on a
 * page whose Content-Security-Policy is the one the README gives a host (with this test
 * server as the bundle's, the directory's and the tiles' origin), Trusted Types enforced.
 *   /strict/page.html       the page: a finder (with its map) from the built bundle
 *   /strict/watch.js        records every securitypolicyviolation (as window.violations), first
 *   /strict/tile.png        one tile image for every {z}/{x}/{y}
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TestRunnerPlugin } from '@web/test-runner';
import { answerFirst } from './answer-first.js';

/** The README's policy, with 'self' standing for the host's, the bundle's, the directory's and the tiles' origins. */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Signpost on a strict page</title>
    <script type="module" src="/strict/watch.js"></script>
    <script type="module" src="/packages/elements/dist/cdn/signpost.js"></script>
  </head>
  <body>
    <signpost-finder endpoint="/api/v1" geocoder="/api" tile-url="/strict/tile.png?{z}/{x}/{y}"
      tile-attribution='Tiles © <a href="https://example.org/tiles">Example</a>'
      feedback-endpoint="/api/feedback"></signpost-finder>
  </body>
</html>`;

const WATCH = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
});`;

// A 1x1 grey PNG.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');

function answer(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '').split('?')[0]!;
  if (!path.startsWith('/strict/')) return false;
  if (path === '/strict/page.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' }).end(PAGE);
  } else if (path === '/strict/watch.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(WATCH);
  } else if (path === '/strict/tile.png') {
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(TILE);
  } else {
    res.writeHead(404).end();
  }
  return true;
}

export function strictPagePlugin(): TestRunnerPlugin {
  return {
    name: 'signpost-strict-page',
    serverStart({ server }) {
      if (server) answerFirst(server, answer);
    },
  };
}
