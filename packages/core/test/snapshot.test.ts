/**
 * The snapshot reader in Chromium, over a snapshot of the sample API served by the test
 * server (test/snapshot-plugin.ts) from the page's own origin with no CORS headers. Every
 * expected answer is computed from the sample API's own dataset (test/support/sample-dataset.ts).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { SignpostError, type SearchQuery, type Service } from '@signpost/core';
import { SnapshotDirectory, openSnapshot } from '@signpost/core/snapshot';
import type { Dataset } from '../../sample-api/src/types.js';
import {
  expectedIds,
  forAges,
  isFree,
  nearest,
  openDuring,
  pointOf,
  sampleDataset,
  sampleId,
  withAccess,
  withTerms,
} from '../../../test/support/sample-dataset.js';

const url = (name: string) => new URL(`/snapshots/${name}/`, location.href).href;
const open = (name = 'sample') => new SnapshotDirectory({ url: url(name), geocoder: '/api' });

/** Every service a search finds, page by page, checking the totals on each page. */
async function everything(dir: SnapshotDirectory, query: SearchQuery, perPage = 50): Promise<Service[]> {
  const out: Service[] = [];
  for (let page = 1; page < 100; page += 1) {
    const result = await dir.search({ ...query, page, perPage });
    out.push(...result.items);
    expect(result.totalPages).to.equal(Math.max(1, Math.ceil(result.total / perPage)));
    if (result.isLast) {
      expect(out.length, 'the total is the number of services listed').to.equal(result.total);
      break;
    }
    expect(result.items.length).to.equal(perPage);
  }
  return out;
}

/** The sample's own ids of services found in its snapshot. */
const ids = (services: Service[]) => services.map((s) => sampleId(s.id)).sort();

async function expectExact(dir: SnapshotDirectory, query: SearchQuery, expected: string[]): Promise<void> {
  const found = await everything(dir, query);
  expect(new Set(found.map((s) => s.id)).size, 'each service once').to.equal(found.length);
  expect(ids(found), JSON.stringify(query)).to.deep.equal(expected);
}

describe('SnapshotDirectory over the sample snapshot', function () {
  this.timeout(30_000);
  let data: Dataset;
  let dir: SnapshotDirectory;

  before(async () => {
    data = await sampleDataset();
    dir = open();
  });

  it('is served like a static host: same origin, no CORS headers, shards cached for ever', async () => {
    const manifest = await fetch(url('sample') + 'manifest.json');
    expect(manifest.headers.get('access-control-allow-origin')).to.equal(null);
    expect(manifest.headers.get('cache-control')).to.equal('no-cache');
    const { order } = (await manifest.json()) as { order: string };
    const shard = await fetch(url('sample') + order);
    expect(shard.headers.get('cache-control')).to.contain('immutable');
  });

  it('lists every service by name when nothing is asked', async () => {
    const all = await everything(dir, {}, 100);
    expect(ids(all)).to.deep.equal(expectedIds(data));
    const names = all.map((s) => s.name);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
    expect(names).to.deep.equal(sorted);
  });

  it('says what it can filter on, and when it was harvested', async () => {
    const caps = await dir.capabilities();
    expect(caps).to.deep.equal({ text: true, taxonomy: true, age: true, day: true, time: true, proximity: true, free: true, access: true });
    const result = await dir.search({ perPage: 1 });
    expect(result.harvestedAt).to.equal('2026-11-30T06:00:00.000Z');
  });

  it('filters by needs exactly: one term, a term with narrower ones, several terms', async () => {
    for (const terms of [['sendNeeds:CI-ASD'], ['sendNeeds:CI'], ['esdServiceTypes:131', 'sendNeeds:SP-HI'], ['no-such-term']]) {
      await expectExact(dir, { terms }, expectedIds(data, withTerms(data, terms)));
    }
    expect(expectedIds(data, withTerms(data, ['sendNeeds:CI'])).length).to.be.greaterThan(expectedIds(data, withTerms(data, ['sendNeeds:CI-ASD'])).length);
  });

  it('filters by ages exactly (ranges overlap, missing bounds are open)', async () => {
    for (const [min, max] of [[11, 15], [19, undefined], [undefined, 4], [0, 0]] as const) {
      const ages = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
      await expectExact(dir, { ages }, expectedIds(data, forAges(min, max)));
    }
  });

  it('filters by day and time exactly, together and apart', async () => {
    await expectExact(dir, { day: 'SA' }, expectedIds(data, openDuring('SA')));
    await expectExact(dir, { day: 'MO', startTime: '17:00', endTime: '19:00' }, expectedIds(data, openDuring('MO', '17:00', '19:00')));
    await expectExact(dir, { startTime: '06:00', endTime: '09:00' }, expectedIds(data, openDuring(undefined, '06:00', '09:00')));
    expect(expectedIds(data, openDuring('SA')).length).to.be.greaterThan(0);
  });

  it('filters free only and by how to access exactly', async () => {
    const free = expectedIds(data, isFree);
    expect(free.length).to.be.within(1, data.services.length - 1);
    await expectExact(dir, { freeOnly: true }, free);
    for (const access of ['drop-in', 'appointment', 'referral', 'membership'] as const) {
      await expectExact(dir, { access }, expectedIds(data, withAccess(access)));
    }
  });

  it('finds what is within a radius of a postcode, nearest first, with distances', async () => {
    const point = pointOf(data, 'S10 2TN');
    for (const miles of [1, 3]) {
      const metres = Math.round(miles * 1609.344);
      const within = (s: Dataset['services'][number]) => (nearest(data, s, point) ?? Infinity) <= metres;
      const found = await everything(dir, { postcode: 'S10 2TN', proximity: metres });
      expect(ids(found)).to.deep.equal(expectedIds(data, within));
      const distances = found.map((s) => s.distanceMetres!);
      expect(distances.every((d, i) => i === 0 || d >= distances[i - 1]!), 'nearest first').to.equal(true);
      const first = data.services.find((s) => s.id === sampleId(found[0]!.id))!;
      expect(found[0]!.distanceMetres).to.be.closeTo(nearest(data, first, point)!, 2);
    }
  });

  it('combines every filter with words and a place exactly', async () => {
    const point = pointOf(data, 'S1 2HE');
    const query: SearchQuery = { postcode: 'S1 2HE', proximity: 8000, terms: ['sendNeeds:CI'], ages: { min: 5, max: 16 }, freeOnly: true };
    const expected = expectedIds(data, (s) => (nearest(data, s, point) ?? Infinity) <= 8000, withTerms(data, ['sendNeeds:CI']), forAges(5, 16), isFree);
    expect(expected.length).to.be.greaterThan(0);
    await expectExact(dir, query, expected);
    await expectExact(dir, { day: 'SA', access: 'drop-in', ages: { min: 11, max: 15 } }, expectedIds(data, openDuring('SA'), withAccess('drop-in'), forAges(11, 15)));
  });

  it('pages without gaps or repeats, and past the end gives nothing', async () => {
    const whole = await everything(dir, { terms: ['sendNeeds:CI'] }, 500);
    const paged = await everything(dir, { terms: ['sendNeeds:CI'] }, 7);
    expect(paged.map((s) => s.id)).to.deep.equal(whole.map((s) => s.id));
    const beyond = await dir.search({ terms: ['sendNeeds:CI'], page: 99, perPage: 7 });
    expect(beyond.items).to.deep.equal([]);
    expect(beyond.total).to.equal(whole.length);
    expect(beyond.isLast).to.equal(true);
  });

  it('reads one service whole, with where it is listed and the harvest date', async () => {
    const sample = data.services.find((s) => s.description.length > 200)!;
    const { value, harvestedAt } = await dir.getService(sample.id);
    expect(value.name).to.equal(sample.name);
    expect(value.description).to.equal(sample.description);
    expect(value.sources?.map((s) => s.directory)).to.deep.equal(['the sample directory (ORUK v1)', 'the sample directory (ORUK v3)']);
    expect(harvestedAt).to.equal('2026-11-30T06:00:00.000Z');
    const near = await dir.getService(sample.id, { origin: pointOf(data, 'S1 2HE') });
    expect(near.value.locations.length === 0 || near.value.locations[0]!.distanceMetres !== undefined).to.equal(true);
  });

  it('says plainly when a service is not in the snapshot', async () => {
    const error = await dir.getService('no-such-service').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SignpostError);
    expect((error as SignpostError).kind).to.equal('not-found');
  });

  it('offers the vocabularies with their terms, all or only some', async () => {
    const all = await dir.vocabularies();
    expect(all.map((v) => v.id).sort()).to.deep.equal([...new Set(data.terms.map((t) => t.vocabulary))].sort());
    const send = all.find((v) => v.id === 'sendNeeds')!;
    expect(send.terms.map((t) => t.name)).to.include('Autism');
    expect((await dir.vocabularies({ only: ['sendNeeds'] })).map((v) => v.id)).to.deep.equal(['sendNeeds']);
  });

  describe('words', () => {
    const names = async (text: string) => (await everything(dir, { text })).map((s) => s.name);

    it('matches prefixes: "footb" finds football', async () => {
      const found = await names('footb');
      expect(found.length).to.be.greaterThan(0);
      expect(found.filter((n) => /football/i.test(n)).length).to.equal(data.services.filter((s) => /football/i.test(s.name)).length);
    });

    it('stems: "clubs" finds club, "swim" finds swimming', async () => {
      const clubs = await names('clubs');
      const named = data.services.filter((s) => /\bclub\b/i.test(s.name));
      expect(named.length).to.be.greaterThan(0);
      for (const s of named) expect(clubs, s.name).to.include(s.name);
      const swim = await names('swim');
      const swimming = data.services.filter((s) => /\bswimming\b/i.test(`${s.name} ${s.description}`));
      expect(swimming.length).to.be.greaterThan(0);
      for (const s of swimming) expect(swim, s.name).to.include(s.name);
    });

    it('needs every word (AND) and ranks names above descriptions', async () => {
      const both = await everything(dir, { text: 'football girls' });
      const either = await everything(dir, { text: 'football' });
      expect(both.length).to.be.greaterThan(0).and.lessThan(either.length);
      const top = either.slice(0, 3).map((s) => s.name);
      for (const n of top) expect(n).to.match(/football/i);
    });

    it('knows synonyms: "ASD" finds autism, "SEN" finds SEND, and the host can add more', async () => {
      const autism = data.services.filter((s) => /\bautism\b/i.test(s.name));
      expect(autism.length).to.be.greaterThan(0);
      const asd = await names('ASD');
      for (const s of autism) expect(asd).to.include(s.name);
      const sen = await names('SEN');
      expect(sen.some((n) => /\bSEND\b/.test(n))).to.equal(true);
      const own = open();
      expect((await own.search({ text: 'footy' })).total).to.equal(0);
      own.addSynonyms([['footy', 'football']]);
      expect((await own.search({ text: 'footy' })).total).to.equal((await own.search({ text: 'football' })).total);
    });

    it('takes the host’s synonyms as JSON (an attribute’s value) or added before the first search; JSON that is not groups of words is ignored with a warning', async () => {
      const football = (await dir.search({ text: 'football' })).total;
      expect(football).to.be.greaterThan(0);
      const fromJson = openSnapshot({ url: url('sample'), geocoder: '/api', synonyms: '[["footy", "football"], ["ASD", "autism"]]' });
      expect((await fromJson.search({ text: 'footy' })).total).to.equal(football);
      const early = openSnapshot({ url: url('sample'), geocoder: '/api' });
      early.addSynonyms([['footy', 'football']]);
      expect((await early.search({ text: 'footy' })).total).to.equal(football);

      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        for (const bad of ['{"footy": "football"}', '[["footy", 7]]', '[["footy", "football"', ' ']) {
          const source = openSnapshot({ url: url('sample'), geocoder: '/api', synonyms: bad });
          expect((await source.search({ text: 'footy' })).total, bad).to.equal(0);
        }
      } finally {
        console.warn = warn;
      }
      expect(warnings.map((w) => String(w[0]))).to.have.length(4);
      for (const [message] of warnings) expect(String(message)).to.match(/^\[signpost\] synonyms ignored: .* is not JSON groups of words/);
    });

    it('reads only the index slices a search needs', async () => {
      const fresh = open();
      await fresh.search({ text: 'climbing' });
      const slices = fresh.fetched.filter((u) => /\/text\/[0-9a-f]{16}\//.test(u));
      expect(slices.length).to.be.within(1, 2);
    });
  });

  it('a search near one place reads only the areas that have places that near', async () => {
    const fresh = open();
    const result = await fresh.search({ postcode: 'S35 2YH', proximity: 1000 });
    expect(result.total).to.be.greaterThan(0);
    const areas = fresh.fetched.filter((u) => u.includes('/areas/')).map((u) => u.split('/areas/')[1]!.split('.')[0]);
    expect(areas).to.deep.equal(['S35']);
  });

  it('cancels on request', async () => {
    const controller = new AbortController();
    const pending = open().search({ text: 'football' }, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as SignpostError).kind).to.equal('aborted');
  });

  it('says plainly when no place is known for a postcode', async () => {
    const error = await dir.search({ postcode: 'S1 9ZZ', proximity: 1000 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SignpostError);
    expect((error as SignpostError).message).to.contain('S1 9ZZ');
  });
});

describe('SnapshotDirectory: snapshots that are not all there', function () {
  this.timeout(30_000);

  async function failure(name: string, query: SearchQuery = { terms: ['sendNeeds:CI'] }): Promise<SignpostError> {
    const error = await open(name).search(query).catch((e: unknown) => e);
    expect(error, name).to.be.instanceOf(SignpostError);
    return error as SignpostError;
  }

  it('missing: says there is no snapshot there', async () => {
    const error = await failure('missing');
    expect(error.kind).to.equal('snapshot');
    expect(error.message).to.contain('There is no directory snapshot at');
    expect(error.retryable).to.equal(false);
  });

  it('corrupt manifest: says it is damaged', async () => {
    const error = await failure('corrupt');
    expect(error.kind).to.equal('snapshot');
    expect(error.message).to.match(/damaged \(its manifest is not valid JSON\)/);
  });

  it('half-written (card files missing): reads the manifest again once, then says it is incomplete', async () => {
    const dir = open('half');
    const error = await dir.search({ text: 'football' }).catch((e: unknown) => e);
    expect((error as SignpostError).kind).to.equal('snapshot');
    expect((error as SignpostError).message).to.contain('incomplete');
    expect(dir.fetched.filter((u) => u.endsWith('manifest.json')).length).to.equal(2);
  });

  it('a shard that is not what the manifest says: damaged', async () => {
    const error = await failure('damaged', { ages: { min: 3, max: 4 } });
    expect(error.kind).to.equal('snapshot');
    expect(error.message).to.contain('damaged');
  });

  it('a newer format: says the page needs a newer Signpost', async () => {
    const error = await failure('newer');
    expect(error.message).to.contain('newer format (version 99)');
  });

  it('replaced by a newer harvest while a page reads it: starts over on the new one, never mixing the two', async () => {
    const dir = open('replaced');
    const before = await dir.search({ perPage: 5 });
    expect(before.total).to.equal(339);
    await executeServerCommand('snapshot-replace', { services: 40 });
    const after = await dir.search({ ages: { min: 0, max: 99 }, perPage: 5, page: 2 });
    expect(after.total).to.equal(40);
    expect(after.harvestedAt).not.to.equal(before.harvestedAt);
    const all = await everything(dir, {});
    expect(all.length).to.equal(40);
  });
});
