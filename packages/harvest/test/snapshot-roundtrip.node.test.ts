// What the harvester writes, read back by core's snapshot reader as the finder reads it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSnapshot } from '@signpost/core';
import { quietHarvest, serve, startSampleApi, tempDir, type Running, type TestServer } from './helpers.js';

let api: Running;
let site: TestServer;
let outDir: string;

before(async () => {
  api = await startSampleApi();
  outDir = tempDir();
  const outcome = await quietHarvest({
    feeds: [
      { endpoint: `${api.base}/v3`, directory: 'Sheffield directory' },
      { endpoint: `${api.base}/outpost`, directory: 'Sheffield Local Offer' },
    ],
    outDir,
  });
  assert.equal(outcome.status, 'complete');
  // The folder served as a static host would serve it.
  site = await serve(async (url) => {
    const path = normalize(join(outDir, decodeURIComponent(new URL(url, 'http://x').pathname)));
    if (!path.startsWith(outDir)) return { status: 403, body: 'no' };
    try {
      return { status: 200, body: JSON.parse(await readFile(path, 'utf8')) as unknown };
    } catch {
      return { status: 404, body: 'not found' };
    }
  });
});
after(async () => {
  await api.close();
  await site.close();
});

describe('the harvested snapshot, read back', () => {
  it('holds every merged service, each listing kept as a source', async () => {
    const snapshot = openSnapshot({ url: `${site.base}/`, geocoder: api.base });
    const all = await snapshot.search({ perPage: 10 });
    assert.equal(all.total, 346);
    const found = await snapshot.search({ text: 'Heeley Youth Club' });
    const club = found.items.find((s) => s.name === 'Heeley Youth Club')!;
    const { value } = await snapshot.getService(club.id);
    assert.deepEqual(
      value.sources!.map((s) => [s.directory, s.serviceId]),
      [
        ['Sheffield directory', 'e2058371-03c1-5781-9cbf-a88b96cba24d'],
        ['Sheffield Local Offer', '1104'],
      ],
    );
    assert.deepEqual(value.schedules.map((s) => s.days.join(',')), ['TU', 'FR'], 'the copy checked last won');
  });

  it('finds the Outpost-style services by their address, SEND needs and words', async () => {
    const snapshot = openSnapshot({ url: `${site.base}/`, geocoder: api.base });
    const autism = (await snapshot.vocabularies()).flatMap((v) => v.terms).find((t) => t.id === 'send_needs:1')!;
    assert.equal(autism.name, 'Autism');
    const needs = await snapshot.search({ terms: [autism.id], perPage: 50 });
    assert.deepEqual(needs.items.map((s) => s.name).sort(), [
      'Autism Parent Support Group (Sheffield Central)',
      'Online Sleep Clinic for Parents of Disabled Children',
      'Sensory Swim Sessions',
    ]);
    const group = (await snapshot.search({ text: 'autism parent support' })).items[0]!;
    const { value } = await snapshot.getService(group.id);
    assert.deepEqual(value.locations[0]!.addresses[0]!.lines, ['1 Cathedral Walk']);
    assert.deepEqual(value.phones.map((p) => p.href), ['tel:01144960901', 'tel:07700900123']);
  });
});
