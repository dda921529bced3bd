/** writeSnapshot: the format on disk, content hashes, idempotence and atomic replacement. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Service } from '@signpost/core';
import type { AreaShard, CardShard, DetailShard, OrderShard, SnapshotManifest } from '@signpost/core/snapshot';
import { bucketOf } from '@signpost/core/snapshot';
import { shardsOf, writeSnapshot } from '../src/snapshot/write.js';

const PLACES = [
  { postcode: 'S1 2HE', lat: 53.3807, lng: -1.4702 },
  { postcode: 'S10 2TN', lat: 53.3814, lng: -1.4995 },
  { postcode: 'S35 2YH', lat: 53.4561, lng: -1.4957 },
  { postcode: 'not a postcode', lat: 53.3809, lng: -1.4705 },
];

function service(i: number, overrides: Partial<Service> = {}): Service {
  const place = PLACES[i % 5]; // every fifth service has no place
  return {
    id: `svc-${i}`,
    name: `${['Riverside', 'Autism', 'Football', 'Parent'][i % 4]} group ${i}`,
    description: `<p>Service number ${i}: a ${i % 2 ? 'swimming' : 'football'} club for young people.</p>`,
    summary: `Service number ${i}.`,
    phones: [],
    costOptions: [],
    free: i % 3 === 0 ? true : undefined,
    access: i % 2 ? 'referral' : 'drop-in',
    ages: { min: i % 10, max: 10 + (i % 10) },
    languages: [],
    locations: place
      ? [{ id: `loc-${i}`, name: `Hall ${i}`, position: { lat: place.lat, lng: place.lng }, addresses: [{ lines: [`${i} Road`], postcode: place.postcode }], accessibility: [] }]
      : [],
    schedules: [{ days: ['SA'], opensAt: '10:00', closesAt: '12:00' }],
    terms: [{ id: i % 2 ? 'needs:ASD' : 'needs:CI', name: i % 2 ? 'Autism' : 'Communication', vocabulary: 'needs', ...(i % 2 ? { parentId: 'needs:CI' } : {}) }],
    contacts: [],
    sources: [
      { endpoint: 'https://one.example.org/api', directory: 'One', serviceId: `svc-${i}` },
      { endpoint: 'https://two.example.org/api', directory: 'Two', serviceId: `two-${i}` },
    ],
    ...overrides,
  };
}

const services = (n: number, from = 0) => Array.from({ length: n }, (_, i) => service(from + i));
const input = (list: Service[], harvestedAt = '2026-11-30T06:00:00Z') => ({
  services: list,
  harvestedAt,
  feeds: [{ endpoint: 'https://one.example.org/api', directory: 'One', dialect: 'v3', records: list.length }],
});

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-snapshot-test-'));
  dirs.push(dir);
  return dir;
}
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const read = <T>(dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
/** Every file under a folder, as relative paths. */
function files(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(under, e.name)) : [join(under, e.name)],
  );
}

describe('writeSnapshot', () => {
  it('writes a manifest naming content-hashed shards that hold every service once', async () => {
    const dir = freshDir();
    const summary = await writeSnapshot(dir, input(services(45)), { cardsPerFile: 4, servicesPerDetailFile: 3 });
    const manifest = read<SnapshotManifest>(dir, 'manifest.json');
    assert.equal(manifest.format, 'signpost-snapshot');
    assert.equal(manifest.version, 1);
    assert.equal(manifest.harvestedAt, '2026-11-30T06:00:00.000Z');
    assert.deepEqual(manifest.counts, { services: 45, located: 36, terms: 2, files: summary.files });
    assert.equal(summary.services, 45);
    assert.equal(files(dir).length, summary.files);
    assert.equal(summary.bytes, files(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0));

    // Single shards carry their content's hash; numbered ones the hash of their folder's contents.
    for (const path of shardsOf(manifest)) {
      if (path.endsWith('.json')) assert.equal(path.split('.').at(-2), sha(readFileSync(join(dir, path), 'utf8')), path);
      else {
        const contents = readdirSync(join(dir, path))
          .map((f) => Number(f.split('.')[0]))
          .sort((a, b) => a - b)
          .map((i) => readFileSync(join(dir, path, `${i}.json`), 'utf8'));
        assert.equal(path.split('/')[1], sha(contents.join('\n')), path);
      }
    }

    // Areas: contiguous ordinals by postcode district, the unplaced last; the place without a postcode joins its nearest district.
    assert.deepEqual(
      manifest.areas.map((a) => [a.code, a.count]),
      [['S1', 18], ['S10', 9], ['S35', 9], ['none', 9]],
    );
    const areaIds = manifest.areas.flatMap((a) => read<AreaShard>(dir, a.file).ids);
    assert.deepEqual([...areaIds].sort((a, b) => a - b), Array.from({ length: 45 }, (_, i) => i));

    // Cards: runs of four that never cross an area; together every service once.
    const cardIds: string[] = [];
    for (let run = 0; existsSync(join(dir, manifest.cards.folder, `${run}.json`)); run += 1) {
      const shard = read<CardShard>(dir, `${manifest.cards.folder}/${run}.json`);
      assert.ok(shard.services.length <= 4);
      cardIds.push(...shard.services.map((s) => (s as Service).id));
      for (const s of shard.services as Service[]) assert.equal((s as Service).description, '', 'cards carry no description');
    }
    assert.deepEqual([...cardIds].sort(), services(45).map((s) => s.id).sort());

    // Details: each service whole in its id's bucket, and the second feed's ids lead to it.
    const detail = read<DetailShard>(dir, `${manifest.details.folder}/${bucketOf('svc-7', manifest.details.count)}.json`);
    const seven = detail.services.find((s) => (s as Service).id === 'svc-7') as Service;
    assert.equal(seven.description, service(7).description);
    assert.equal(read<DetailShard>(dir, `${manifest.details.folder}/${bucketOf('two-7', manifest.details.count)}.json`).aliases['two-7'], 'svc-7');

    // Name order covers every service; needs carry the terms above them (Autism is under Communication).
    assert.equal(read<OrderShard>(dir, manifest.order).areas.length, 45);
    const s1 = read<AreaShard>(dir, manifest.areas[0]!.file);
    const row = s1.ids.indexOf(manifest.areas[0]!.first);
    assert.ok(s1.terms[row]!.length >= 1);
    assert.ok(s1.terms.some((t) => t.length === 2), 'a narrower need carries the broader one too');
  });

  it('leads a feed’s id to its service when two feeds know the service by that id, and never an id two services share', async () => {
    const dir = freshDir();
    const source = (endpoint: string, serviceId: string) => ({ endpoint, serviceId });
    const list = [
      service(0, { id: 'a1-shared', sources: [source('https://one.example.org/api', 'shared'), source('https://two.example.org/api', 'shared')] }),
      service(1, { id: 'a1-clash', sources: [source('https://one.example.org/api', 'clash')] }),
      service(2, { id: 'b2-clash', sources: [source('https://two.example.org/api', 'clash')] }),
    ];
    await writeSnapshot(dir, input(list));
    const manifest = read<SnapshotManifest>(dir, 'manifest.json');
    const aliases = (id: string) => read<DetailShard>(dir, `${manifest.details.folder}/${bucketOf(id, manifest.details.count)}.json`).aliases;
    assert.equal(aliases('shared')['shared'], 'a1-shared');
    assert.equal(aliases('clash')['clash'], undefined);
  });

  it('is idempotent: the same services again write nothing new and the same manifest', async () => {
    const dir = freshDir();
    await writeSnapshot(dir, input(services(30)));
    const before = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const again = await writeSnapshot(dir, input([...services(30)].reverse()));
    assert.equal(again.written, 0);
    assert.equal(again.removed, 0);
    assert.equal(readFileSync(join(dir, 'manifest.json'), 'utf8'), before);
  });

  it('replaces a snapshot atomically: new shards first, then the manifest, keeping the previous harvest’s shards one round', async () => {
    const dir = freshDir();
    await writeSnapshot(dir, input(services(20), '2026-11-01T00:00:00Z'));
    const first = read<SnapshotManifest>(dir, 'manifest.json');
    writeFileSync(join(dir, 'cards', 'stale.tmp-abcdef'), 'left by a run that crashed');
    writeFileSync(join(dir, 'cards', 'README.txt'), 'not ours');

    const second = await writeSnapshot(dir, input(services(25, 5), '2026-11-02T00:00:00Z'));
    assert.ok(second.written > 0);
    const now = read<SnapshotManifest>(dir, 'manifest.json');
    assert.equal(now.harvestedAt, '2026-11-02T00:00:00.000Z');
    for (const path of [...shardsOf(first), ...shardsOf(now)]) assert.ok(existsSync(join(dir, path)), `${path} kept`);
    assert.equal(existsSync(join(dir, 'cards', 'stale.tmp-abcdef')), false, 'temporary files are cleared');
    assert.equal(existsSync(join(dir, 'cards', 'README.txt')), true, 'files that are not ours stay');
    assert.deepEqual(files(dir).filter((f) => f.includes('.tmp-')), []);

    const third = await writeSnapshot(dir, input(services(10, 50), '2026-11-03T00:00:00Z'));
    assert.ok(third.removed > 0);
    const gone = shardsOf(first).filter((p) => !shardsOf(now).includes(p));
    assert.ok(gone.length > 0);
    for (const path of gone) assert.equal(existsSync(join(dir, path)), false, `${path} of two harvests ago removed`);
    for (const path of shardsOf(now)) assert.ok(existsSync(join(dir, path)), `${path} of the previous harvest kept`);
  });

  it('refuses input it cannot write, saying why', async () => {
    const dir = freshDir();
    await assert.rejects(writeSnapshot(dir, input([service(1), service(1)])), /Two services have the id "svc-1"/);
    await assert.rejects(writeSnapshot(dir, input(services(2), 'yesterday')), /harvestedAt must be an ISO date-time/);
    assert.equal(existsSync(join(dir, 'manifest.json')), false);
  });

  it('writes an empty snapshot that still reads', async () => {
    const dir = freshDir();
    const summary = await writeSnapshot(dir, input([]));
    const manifest = read<SnapshotManifest>(dir, 'manifest.json');
    assert.equal(manifest.counts.services, 0);
    assert.equal(summary.files, files(dir).length);
  });
});
