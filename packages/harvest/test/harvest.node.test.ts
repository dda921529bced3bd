import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { v1Adapter, type Service, type Vocabulary } from '@signpost/core';
import { createSampleApi } from '../../sample-api/src/index.js';
import { JOURNAL_FILE } from '../src/journal.js';
import { pagesAsked, proxy, quietHarvest, startSampleApi, tempDir, type Json, type Running } from './helpers.js';

let api: Running;

before(async () => {
  api = await startSampleApi();
});
after(() => api.close());

const withoutSources = ({ sources: _s, id: _id, ...rest }: Service) => rest;

describe('harvesting the sample API', () => {
  for (const dialect of ['v1', 'v3'] as const) {
    it(`reads all 339 services of ORUK ${dialect}, each as core reads it, with its source`, async () => {
      const outDir = tempDir();
      const started = performance.now();
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${api.base}/${dialect}`, directory: `Sample ${dialect}` }], outDir });
      const ms = performance.now() - started;
      const feed = outcome.feeds[0]!;
      console.log(
        `  339-service ${dialect} feed: ${ms.toFixed(0)} ms in all (${(feed.seconds * 1000).toFixed(0)} ms reading), ${feed.stats.requests} requests, ${feed.pages} pages`,
      );
      assert.equal(outcome.status, 'complete');
      assert.equal(feed.dialect, dialect);
      assert.equal(feed.services.length, 339);
      assert.equal(outcome.services.length, 339);
      // Detection (v1 has no root document, so it asks for one service too), 4 pages of 100, then
      // the vocabularies (v1: /vocabularies and /taxonomies; v3: /taxonomies and /taxonomy_terms).
      assert.equal(feed.stats.requests, dialect === 'v1' ? 2 + 4 + 2 : 1 + 4 + 2);
      assert.equal(feed.details, 0);
      assert.deepEqual(
        feed.vocabularies.map((v) => v.terms.length > 0),
        feed.vocabularies.map(() => true),
      );
      assert.equal(feed.vocabularies.length, 4);
      const ids = new Set(outcome.services.map((s) => s.id));
      assert.equal(ids.size, 339, 'snapshot ids are unique');
      const sample = outcome.services.find((s) => s.name === 'Heeley Youth Club')!;
      assert.deepEqual(sample.sources, [
        { endpoint: `${api.base}/${dialect}`, directory: `Sample ${dialect}`, serviceId: 'e2058371-03c1-5781-9cbf-a88b96cba24d', lastChecked: '2026-10-27' },
      ]);
      if (dialect === 'v1') {
        const detail = (await api.get('/v1/services/e2058371-03c1-5781-9cbf-a88b96cba24d')).body as Json;
        assert.deepEqual(withoutSources(sample), withoutSources(v1Adapter.parseService(detail).value));
      }
      const written = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
      assert.equal(written.counts.services, 339);
      // The need filters: the feed's vocabularies, cut to the terms its services use and those above them.
      const used = new Set(outcome.services.flatMap((s) => s.terms.map((t) => t.id)));
      const listed = (written.vocabularies as Vocabulary[]).flatMap((v) => v.terms.map((t) => t.id));
      for (const id of used) assert.ok(listed.includes(id), `term ${id} has a filter`);
      assert.equal(outcome.snapshot!.services, 339);
      assert.equal(written.harvestedAt, outcome.report.harvestedAt);
      assert.deepEqual(written.feeds, [{ endpoint: `${api.base}/${dialect}`, directory: `Sample ${dialect}`, dialect, records: 339 }]);
      assert.ok(existsSync(join(outDir, 'report.html')) && existsSync(join(outDir, 'report.json')));
      assert.ok(!existsSync(join(outDir, JOURNAL_FILE)), 'a finished harvest leaves nothing to resume');
    });
  }

  it('gives the same ids to the same services in the next harvest', async () => {
    const feeds = [{ endpoint: `${api.base}/v3` }, { endpoint: `${api.base}/outpost` }];
    const first = await quietHarvest({ feeds });
    const second = await quietHarvest({ feeds, perPage: 7 });
    const idsOf = (services: Service[]) => services.map((s) => `${s.name} ${s.id}`).sort();
    assert.deepEqual(idsOf(second.services), idsOf(first.services));
  });

  it('reads each service detail when the list pages leave out places, times, contacts and terms', async () => {
    const stripped = await proxy(api.base, {
      rewrite: (url, json) => {
        if (!/\/services\?/.test(url)) return json;
        const page = json as Json;
        page.content = page.content.map(({ service_at_locations: _l, regular_schedules: _r, contacts: _c, service_taxonomys: _t, ...rest }: Json) => rest);
        return page;
      },
    });
    try {
      const full = await quietHarvest({ feeds: [{ endpoint: `${api.base}/v1` }] });
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${stripped.base}/v1` }] });
      const feed = outcome.feeds[0]!;
      assert.equal(feed.details, 339);
      assert.equal(feed.stats.requests, 2 + 4 + 339 + 2);
      assert.match(feed.notes.join(' '), /leave out locations, schedules, terms: each service/);
      assert.deepEqual(feed.services, full.feeds[0]!.services);
      assert.equal(stripped.log.filter((l) => /\/services\/[^?]+$/.test(l.url)).length, 339, 'each detail asked for once');
    } finally {
      await stripped.close();
    }
  });

  it('reads the Outpost-style directory: places, times, phones and terms', async () => {
    const outcome = await quietHarvest({ feeds: [{ endpoint: `${api.base}/outpost`, directory: 'Sheffield Local Offer' }], perPage: 4 });
    const feed = outcome.feeds[0]!;
    assert.equal(outcome.status, 'complete');
    assert.deepEqual([feed.dialect, feed.services.length, feed.pages, feed.diagnostics.length], ['v1', 10, 3, 0]);
    const group = outcome.services.find((s) => s.name.startsWith('Autism Parent Support Group'))!;
    assert.deepEqual(group.locations[0]!.addresses[0], { lines: ['1 Cathedral Walk'], city: 'Sheffield', region: 'South Yorkshire', postcode: 'S1 2HE' });
    assert.deepEqual(group.locations[0]!.position, { lat: 53.3799, lng: -1.4671 });
    assert.deepEqual(group.schedules, [{ days: ['WE'], opensAt: '10:00', closesAt: '12:00' }]);
    assert.deepEqual(group.phones.map((p) => p.href), ['tel:01144960901', 'tel:07700900123']);
    assert.deepEqual(group.terms.map((t) => t.name), ['Parenting support', 'Advice and support', 'Autism', 'Social, emotional and mental health', 'Autism spectrum']);
    assert.equal(group.lastCheckedSource, 'updated_at');
    // Outpost serves no vocabularies: the filters come from the services' own terms.
    assert.deepEqual(feed.vocabularies, []);
    assert.match(feed.notes.join(' '), /Its vocabularies could not be read \(.*404.*\): the need filters come from the terms its services carry\./);
  });

  it('harvests a generated 10,000-service feed (time printed)', async () => {
    const big = createSampleApi({ services: 10_000, seed: 1 });
    const { url } = await big.listen(0);
    try {
      const started = performance.now();
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${url}/v3` }] });
      const ms = performance.now() - started;
      const feed = outcome.feeds[0]!;
      console.log(
        `  10,000-service v3 feed: ${(ms / 1000).toFixed(1)} s in all (${feed.seconds.toFixed(1)} s reading, the rest merging and writing the snapshot), ` +
          `${feed.stats.requests} requests, ${feed.pages} pages`,
      );
      assert.equal(outcome.status, 'complete');
      assert.equal(outcome.services.length, 10_000);
      assert.equal(feed.pages, 100);
      assert.equal(feed.stats.requests, 1 + 100 + 2);
      assert.equal(new Set(outcome.services.map((s) => s.id)).size, 10_000);
    } finally {
      await big.close();
    }
  });

  it('stops at an empty page that does not say it is the last', async () => {
    // Outpost says last: false on a page past the end; a server that also overstates its pages must not be read to the end of its count.
    const lying = await proxy(api.base, {
      rewrite: (url, json) => (/\/outpost\/services\?/.test(url) ? { ...(json as Json), totalPages: 99, last: false } : json),
    });
    try {
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${lying.base}/outpost` }], perPage: 5 });
      assert.equal(outcome.status, 'complete');
      assert.equal(outcome.feeds[0]!.services.length, 10);
      const asked = pagesAsked(lying.log);
      assert.deepEqual(asked.slice(0, 3), ['page 1', 'page 2', 'page 3']);
      assert.ok(asked.length <= 4, `asked for ${asked.join(', ')}`);
      assert.match(outcome.feeds[0]!.notes.join(' '), /Page 3 was empty but did not say it was the last/);
    } finally {
      await lying.close();
    }
  });
});
