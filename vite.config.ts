/**
 * `npm start`: the demo pages in demo/, with the sample ORUK API mounted at /api (v1, v3,
 * postcodes and the feedback receiver), and @signpost/* packages served from their
 * TypeScript sources, and a static snapshot of the sample API at /snapshot/ (written by
 * `npm start` before Vite starts). Feedback sent from the demo is kept in .signpost-data/ (git-ignored).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { createSampleApi } from './packages/sample-api/src/index.js';

function sampleApi(): Plugin {
  // SIGNPOST_INBOX_TOKEN=... npm start keeps the demo inbox for whoever has the token.
  const inboxToken = process.env.SIGNPOST_INBOX_TOKEN;
  const api = createSampleApi({
    basePath: '/api',
    feedbackFile: fileURLToPath(new URL('./.signpost-data/feedback.jsonl', import.meta.url)),
    ...(inboxToken ? { inboxToken } : {}),
  });
  // The same data from a feed that takes ages and days and ignores them (for the embed builder's check).
  const deaf = createSampleApi({ basePath: '/deaf-api', ignore: ['minimum_age', 'maximum_age', 'day'] });
  const endpoints = (origin: string) =>
    [
      `  ➜  Sample ORUK API (${api.dataset.services.length} services):`,
      `       v3         ${origin}/api/v3/services`,
      `       v1         ${origin}/api/v1/services`,
      `       postcodes  ${origin}/api/postcodes/S1%202HE`,
      `       feedback   ${origin}/api/feedback`,
    ].join('\n');
  return {
    name: 'signpost-sample-api',
    configureServer(server) {
      server.middlewares.use(api.middleware);
      server.middlewares.use(deaf.middleware);
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const origin = (server.resolvedUrls?.local[0] ?? 'http://localhost:5173/').replace(/\/$/, '');
        server.config.logger.info(endpoints(origin));
      };
    },
    configurePreviewServer(server) {
      server.middlewares.use(api.middleware);
    },
  };
}

/** Serves the built drop-in bundle at /cdn/, as a site owner would host it (`npm start` builds it first). */
function dropInBundle(): Plugin {
  const dir = fileURLToPath(new URL('./packages/elements/dist/cdn/', import.meta.url));
  const types: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };
  return {
    name: 'signpost-drop-in-bundle',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/cdn/')) return next();
        const file = normalize(join(dir, path.slice('/cdn/'.length)));
        if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Access-Control-Allow-Origin', '*');
        createReadStream(file).pipe(res);
      });
    },
  };
}

const SNAPSHOT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.xml': 'application/xml',
};

/**
 * Serves the sample snapshot at /snapshot/ as a static host would (the manifest revalidated,
 * shards cached for ever), with its static service pages at /snapshot/services/. `npm start`
 * writes it to .signpost-data/snapshot/ first.
 */
function sampleSnapshot(): Plugin {
  const dir = fileURLToPath(new URL('./.signpost-data/snapshot/', import.meta.url));
  return {
    name: 'signpost-sample-snapshot',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!path.startsWith('/snapshot/')) return next();
        // a folder's index.html for the folder (the static pages' index), as static hosts do
        const file = normalize(join(dir, path.slice('/snapshot/'.length), path.endsWith('/') ? 'index.html' : ''));
        if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        const shard = /\/(areas|names|cards|details|text)\//.test(path);
        res.setHeader('Content-Type', SNAPSHOT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', shard ? 'public, max-age=31536000, immutable' : 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  // cors: false leaves CORS to the sample API, which answers its own preflights (Vite's
  // default CORS would answer them first, for localhost origins only). Demo assets are same-origin.
  server: { port: 5173, strictPort: false, cors: false },
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [sampleApi(), dropInBundle(), sampleSnapshot()],
});
