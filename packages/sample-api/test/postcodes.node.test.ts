import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DISTRICTS } from '../src/data/districts.js';
import { distanceMetres } from '../src/geo.js';
import { start, type Json, type Running } from './helpers.js';

let server: Running;
before(async () => {
  server = await start();
});
after(() => server.close());

describe('postcodes (postcodes.io shape)', () => {
  it('looks up a postcode, whatever its spacing and case', async () => {
    for (const pc of ['S1%202HE', 's12he', 'S1%20%202he']) {
      const { status, body, headers } = await server.get(`/postcodes/${pc}`);
      assert.equal(status, 200, pc);
      assert.equal(headers.get('access-control-allow-origin'), '*');
      assert.equal(body.status, 200);
      assert.equal(body.result.postcode, 'S1 2HE');
      assert.equal(body.result.outcode, 'S1');
      assert.equal(body.result.incode, '2HE');
      assert.equal(body.result.admin_district, 'Sheffield');
      assert.equal(body.result.country, 'England');
      assert.ok(Math.abs(body.result.latitude - 53.38) < 0.01 && Math.abs(body.result.longitude + 1.467) < 0.01);
    }
  });

  it('404s like postcodes.io for malformed and unknown postcodes', async () => {
    const invalid = await server.get('/postcodes/NOTAPOSTCODE');
    assert.equal(invalid.status, 404);
    assert.deepEqual(invalid.body, { status: 404, error: 'Invalid postcode' });
    const unknown = await server.get('/postcodes/SW1A%201AA');
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, { status: 404, error: 'Postcode not found' });
    assert.deepEqual((await server.get('/postcodes/S1%202HE/validate')).body, { status: 200, result: true });
    assert.deepEqual((await server.get('/postcodes/SW1A%201AA/validate')).body, { status: 200, result: false });
  });

  it('reverse look-up: nearest postcodes first, with distance', async () => {
    const { status, body } = await server.get('/postcodes?lon=-1.4668&lat=53.3797&limit=5');
    assert.equal(status, 200);
    assert.equal(body.result.length, 5);
    assert.equal(body.result[0].postcode, 'S1 2HE');
    let previous = -1;
    for (const r of body.result as Json[]) {
      assert.ok(r.distance >= previous);
      previous = r.distance;
    }
    const one = (await server.get('/postcodes?lon=-1.5005&lat=53.4045&limit=1')).body;
    assert.equal(one.result[0].postcode, 'S6 2LW');
    const far = await server.get('/postcodes?lon=-0.1276&lat=51.5072');
    assert.deepEqual(far.body, { status: 200, result: null });
    assert.equal((await server.get('/postcodes?lon=abc&lat=53')).status, 400);
    assert.equal((await server.get('/postcodes?lat=53')).status, 400);
    assert.equal((await server.get('/postcodes?lon=-1.4&lat=53.4&limit=zero')).status, 400);
  });

  it('the table: a few hundred real-format postcodes in every district, inside it', () => {
    const table = server.api.dataset.postcodes;
    assert.ok(table.length >= 300);
    assert.equal(new Set(table.map((p) => p.postcode)).size, table.length);
    for (const d of DISTRICTS) {
      const mine = table.filter((p) => p.postcode.split(' ')[0] === d.outcode);
      assert.ok(mine.length >= 10, d.outcode);
      for (const p of mine) {
        assert.match(p.postcode, /^S\d{1,2} \d[ABD-HJLNP-UW-Z]{2}$/);
        assert.ok(distanceMetres(d.lat, d.lng, p.latitude, p.longitude) < d.radius * 1.6, p.postcode);
      }
    }
  });
});
