/**
 * A web-test-runner plugin serving snapshots of the sample API as a static host would, from
 * the test page's own origin and with no CORS headers: shards `immutable`, the manifest
 * revalidated. Built once when the test server starts, in a temporary folder:
 *
 *   /snapshots/sample/      the sample API's v1 and v3 feeds merged by the harvester (339 services,
 *                           scripts/sample-snapshot.ts)
 *   /snapshots/missing/     nothing at all
 *   /snapshots/corrupt/     the manifest cut off half way
 *   /snapshots/half/        the manifest, but the card files never arrived
 *   /snapshots/damaged/     an area file that is JSON but not an area
 *   /snapshots/newer/       a manifest of a format version from the future
 *   /snapshots/replaced/    the sample, until `snapshot-replace` puts a newer harvest there
 *   /snapshots/sample/services/  the sample's static pages (writePages), upgrading with the
 *                                built drop-in bundle (npm test builds it first)
 *   /snapshot-data/sample.json   the sample API's own dataset, to compute expected answers from
 *
 * Server command (executeServerCommand from '@web/test-runner-commands'):
 *   snapshot-replace  {services?: number}  writes a newer harvest (of that many services) to
 *                     /snapshots/replaced/ and removes every file of the old one
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { TestRunnerPlugin } from '@web/test-runner';
import { generateDataset } from '../packages/sample-api/src/index.js';
import { writePages } from '../packages/harvest/src/pages/write.js';
import { writeSampleSnapshot } from '../scripts/sample-snapshot.js';
import { answerFirst } from './answer-first.js';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.xml': 'application/xml',
};

export const SNAPSHOT_HARVESTED_AT = '2026-11-30T06:00:00.000Z';

export function snapshotPlugin(): TestRunnerPlugin {
  let dir = '';
  let ready: Promise<void> | undefined;

  async function build(): Promise<void> {
    dir = mkdtempSync(join(tmpdir(), 'signpost-snapshots-'));
    const sample = join(dir, 'sample');
    const harvest = await writeSampleSnapshot(sample, { harvestedAt: SNAPSHOT_HARVESTED_AT });
    const copy = (name: string) => {
      cpSync(sample, join(dir, name), { recursive: true });
      return join(dir, name);
    };
    const manifestText = readFileSync(join(sample, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText) as { cards: { folder: string }; areas: Array<{ file: string }> };
    writeFileSync(join(copy('corrupt'), 'manifest.json'), manifestText.slice(0, manifestText.length / 2));
    rmSync(join(copy('half'), manifest.cards.folder), { recursive: true });
    writeFileSync(join(copy('damaged'), manifest.areas[0]!.file), '{"hello":"world"}');
    writeFileSync(join(copy('newer'), 'manifest.json'), JSON.stringify({ ...JSON.parse(manifestText), version: 99 }));
    copy('replaced');
    await writePages(sample, {
      services: harvest.services,
      siteUrl: 'https://www.example.gov.uk/local-offer/',
      harvestedAt: SNAPSHOT_HARVESTED_AT,
      scriptUrl: '/packages/elements/dist/cdn/signpost.js',
    });
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(generateDataset()));
  }

  /** As a static host would: the file or 404, the manifest revalidated, shards cached for ever, no CORS headers. */
  function serve(path: string, res: ServerResponse): void {
    // a folder's index.html for the folder, as static hosts do (the static pages' index)
    const local = `${path.slice('/snapshots/'.length)}${path.endsWith('/') ? 'index.html' : ''}`;
    const file = path === '/snapshot-data/sample.json' ? join(dir, 'dataset.json') : normalize(join(dir, local));
    if (!file.startsWith(`${dir}/`) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const immutable = path.startsWith('/snapshots/') && /\/(areas|names|cards|details|text)\//.test(path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    res.end(readFileSync(file));
  }

  return {
    name: 'signpost-snapshots',

    serverStart({ server }) {
      ready = build();
      // Answered before the test server's own middleware, which would mark every file cacheable for a year.
      if (server) {
        answerFirst(server, (req, res) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (path !== '/snapshot-data/sample.json' && !path.startsWith('/snapshots/')) return false;
          void ready!.then(() => serve(path, res));
          return true;
        });
      }
      return ready;
    },

    serverStop() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },

    async executeCommand({ command, payload }) {
      if (command !== 'snapshot-replace') return undefined;
      await ready;
      const target = join(dir, 'replaced');
      rmSync(target, { recursive: true, force: true });
      const services = (payload as { services?: number } | undefined)?.services ?? 40;
      await writeSampleSnapshot(target, { services, seed: 7, harvestedAt: new Date().toISOString() });
      return true;
    },
  };
}
