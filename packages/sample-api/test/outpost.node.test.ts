import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OUTPOST_SERVICES } from '../src/data/outpost.js';
import { start, type Json, type Running } from './helpers.js';

let server: Running;

before(async () => {
  server = await start();
});
after(() => server.close());

describe('Outpost-style directory at /outpost', () => {
  it("pages services in Outpost's envelope, size counting the items on the page", async () => {
    const first = await server.get('/outpost/services?per_page=4');
    assert.equal(first.status, 200);
    assert.deepEqual(
      { ...first.body, content: first.body.content.map((s: Json) => s.id) },
      { number: 1, size: 4, totalPages: 3, totalElements: 10, first: true, last: false, content: [1001, 1002, 1003, 1004] },
    );
    const last = await server.get('/outpost/services?per_page=4&page=3');
    assert.deepEqual([last.body.size, last.body.first, last.body.last], [2, false, true]);
    assert.deepEqual(last.body.content.map((s: Json) => s.id), [1203, 1250]);
  });

  it('says last: false on an empty page past the end, as Outpost does', async () => {
    const { body } = await server.get('/outpost/services?per_page=4&page=9');
    assert.deepEqual([body.content.length, body.size, body.last], [0, 0, false]);
  });

  it('answers one service by its integer id, and 404 for an unknown one', async () => {
    const one = await server.get('/outpost/services/1104');
    assert.equal(one.status, 200);
    assert.equal(one.body.name, 'Heeley Youth Club');
    assert.deepEqual(one.body.locations[0].geometry, { type: 'Point', coordinates: [-1.448305, 53.373748] });
    const missing = await server.get('/outpost/services/99');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'No matching document');
  });

  it('carries the Outpost spellings and real-length text', () => {
    for (const s of OUTPOST_SERVICES) {
      assert.equal(typeof s.id, 'number');
      assert.ok(s.organisation && !('organization' in s), `${s.name}: organisation`);
      assert.ok(typeof s.updated_at === 'string' && !('assured_date' in s));
      for (const c of s.contacts as Json[]) assert.ok(!('phones' in c), 'contacts carry one phone string');
    }
    const long = OUTPOST_SERVICES[0]!;
    assert.ok((long.description as string).length > 3800);
    assert.ok((long.url as string).length >= 120);
    assert.ok(((long.contacts as Json[])[0].email as string).length >= 60);
  });
});
