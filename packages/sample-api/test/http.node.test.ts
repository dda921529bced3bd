import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createSampleApi } from '../src/index.js';
import { start, tempFeedbackFile, type Running } from './helpers.js';

let server: Running;
before(async () => {
  server = await start();
});
after(() => server.close());

describe('CORS, caching and errors', () => {
  it('sends CORS, Cache-Control and an ETag on GETs', async () => {
    const res = await fetch(`${server.base}/v3/services?per_page=2`, { headers: { Origin: 'https://school.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
    assert.match(res.headers.get('etag') ?? '', /^"[\w-]+"$/);
  });

  it('answers 304 with no body to a matching If-None-Match, 200 otherwise', async () => {
    const first = await fetch(`${server.base}/v1/services?per_page=3`);
    const etag = first.headers.get('etag') ?? '';
    await first.text();
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await fetch(`${server.base}/v1/services?per_page=3`, { headers: { 'If-None-Match': ifNoneMatch } });
      assert.equal(again.status, 304, ifNoneMatch);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
    }
    const changed = await fetch(`${server.base}/v1/services?per_page=4`, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    await changed.text();
  });

  it('answers preflight for POST /feedback with JSON', async () => {
    const res = await fetch(`${server.base}/feedback`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://school.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /content-type/i);
  });

  it('errors are JSON {error, message}, not cached, with CORS', async () => {
    const res = await fetch(`${server.base}/v3/nothing-here`);
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const body = await res.json();
    assert.equal(body.error, 'not-found');
    const put = await fetch(`${server.base}/v3/services`, { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.match(put.headers.get('allow') ?? '', /GET/);
    assert.equal((await put.json()).error, 'method-not-allowed');
    const badPath = await fetch(`${server.base}/v3/services/%E0%A4%A`);
    assert.equal(badPath.status, 400);
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await fetch(`${server.base}/v3/taxonomies`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.ok(Number(res.headers.get('content-length')) > 10);
    assert.equal(await res.text(), '');
  });

  it('the root describes the endpoints', async () => {
    const { body } = await server.get('/');
    assert.equal(body.endpoints.v3, '/v3');
    assert.ok(body.services >= 300);
    assert.match(body.notice, /Fictional/);
  });

  it('never crashes: garbage parameters get 200 or 400 JSON', async () => {
    const junk = ['', '%', '\u0000', 'a'.repeat(5000), '1e400', 'NaN', '{}', ',,,', '😀', 'S1 2HE,S2'];
    const params = ['search', 'text', 'page', 'per_page', 'minimum_age', 'maximum_age', 'day', 'start_time', 'end_time', 'postcode', 'proximity', 'taxonomy_id', 'taxonomy_term_id', 'vocabulary', 'need', 'coverage'];
    for (const path of ['/v1/services', '/v3/service_at_locations', '/v1/taxonomies']) {
      for (const p of params) {
        for (const value of junk) {
          const res = await fetch(`${server.base}${path}?${p}=${encodeURIComponent(value)}`);
          assert.ok(res.status === 200 || res.status === 400, `${path}?${p}=${value} -> ${res.status}`);
          const body = await res.json();
          if (res.status === 400) assert.equal(body.error, 'bad-request');
        }
      }
    }
    const raw = await fetch(`${server.base}/v1/services?page=%ZZ&text=%`);
    assert.ok(raw.status === 200 || raw.status === 400);
    assert.equal((await server.get('/v3/services?per_page=1')).status, 200);
  });

  it('turns an exception inside a handler into 500 JSON and keeps serving', async () => {
    const errors: unknown[] = [];
    const api = createSampleApi({ services: 20, feedbackFile: tempFeedbackFile(), onError: (e) => errors.push(e) });
    const broken = api.dataset.services[0];
    assert.ok(broken);
    (broken.schedules as unknown) = [{ id: 'x', byday: null, opensAt: '10:00', closesAt: '11:00' }];
    const { url } = await api.listen(0);
    try {
      const res = await fetch(`${url}/v3/services?day=MO`);
      assert.equal(res.status, 500);
      assert.equal((await res.json()).error, 'internal');
      assert.equal(errors.length, 1);
      assert.equal((await fetch(`${url}/v3/taxonomies`)).status, 200);
      assert.equal((await fetch(`${url}/v1/services/${api.dataset.services[1]?.id}`)).status, 200);
    } finally {
      await api.close();
    }
  });
});

describe('mounting', () => {
  it('middleware serves only paths under basePath and calls next() for the rest', async () => {
    const api = createSampleApi({ basePath: '/api', services: 30, feedbackFile: tempFeedbackFile() });
    const host = createServer((req, res) =>
      api.middleware(req, res, () => {
        res.writeHead(418);
        res.end('teapot');
      }),
    );
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      const v3 = await fetch(`${base}/api/v3/services`);
      assert.equal(v3.status, 200);
      assert.equal((await v3.json()).total_items, 30);
      assert.equal((await fetch(`${base}/api/v1/services?per_page=1`)).status, 200);
      assert.equal((await fetch(`${base}/api/postcodes/S1%202HE`)).status, 200);
      assert.equal((await fetch(`${base}/index.html`)).status, 418);
      assert.equal((await fetch(`${base}/apiary`)).status, 418);
      assert.equal((await fetch(`${base}/v3/services`)).status, 418);
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('handle() answers 404 outside basePath; listen() reports the URL with the base path', async () => {
    const api = createSampleApi({ basePath: 'api/', services: 5, feedbackFile: tempFeedbackFile() });
    const { url, port } = await api.listen(0);
    try {
      assert.equal(url, `http://127.0.0.1:${port}/api`);
      assert.equal((await fetch(`${url}/v3/`)).status, 200);
      const outside = await new Promise<number>((resolve) => {
        request(`http://127.0.0.1:${port}/elsewhere`, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).end();
      });
      assert.equal(outside, 404);
    } finally {
      await api.close();
    }
  });
});

describe('latency and failure injection', () => {
  it('latencyMs delays every response; setLatency changes it', async () => {
    // A delay long enough that a busy machine's own slowness cannot be mistaken for it.
    const api = createSampleApi({ latencyMs: 800, services: 10, feedbackFile: tempFeedbackFile() });
    const { url } = await api.listen(0);
    try {
      let t = performance.now();
      await (await fetch(`${url}/v3/services`)).text();
      assert.ok(performance.now() - t >= 790);
      t = performance.now();
      await (await fetch(`${url}/postcodes/S1%202HE`)).text();
      assert.ok(performance.now() - t >= 790, 'postcodes too');
      api.setLatency(0);
      t = performance.now();
      await (await fetch(`${url}/v3/services`)).text();
      assert.ok(performance.now() - t < 790);
    } finally {
      await api.close();
    }
  });

  it('failRate answers that fraction of /v1 and /v3 GETs with 500 JSON, deterministically per seed; not postcodes or feedback', async () => {
    const pattern = async (seed: number) => {
      const api = createSampleApi({ failRate: 0.5, seed, services: 10, feedbackFile: tempFeedbackFile() });
      const { url } = await api.listen(0);
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) {
          const res = await fetch(`${url}/v${i % 2 ? 1 : 3}/services`);
          const body = await res.json();
          if (res.status === 500) assert.equal(body.error, 'injected-failure');
          statuses.push(res.status);
        }
        for (let i = 0; i < 10; i++) assert.equal((await fetch(`${url}/postcodes/S1%202HE`)).status, 200);
        assert.equal((await fetch(`${url}/feedback`)).status, 200);
        api.setFailRate(0);
        assert.equal((await fetch(`${url}/v3/services`)).status, 200);
        api.setFailRate(1);
        assert.equal((await fetch(`${url}/v1/services`)).status, 500);
        return statuses;
      } finally {
        await api.close();
      }
    };
    const a = await pattern(7);
    assert.deepEqual(await pattern(7), a);
    assert.notDeepEqual(await pattern(8), a);
    const failed = a.filter((s) => s === 500).length;
    assert.ok(failed > 8 && failed < 32, `${failed} of 40 failed`);
    assert.ok(a.every((s) => s === 200 || s === 500));
  });

  it('rejects impossible settings', () => {
    assert.throws(() => createSampleApi({ failRate: 2, services: 1 }), RangeError);
    assert.throws(() => createSampleApi({ latencyMs: -1, services: 1 }), RangeError);
  });
});

describe('playing awkward feeds', () => {
  it('cors: false sends no Access-Control-* header at all, preflights included', async () => {
    const closed = await start({ cors: false });
    try {
      const get = await fetch(`${closed.base}/v3/services?per_page=1`, { headers: { Origin: 'https://school.example' } });
      assert.equal(get.status, 200);
      assert.equal((await get.json()).contents.length, 1);
      const preflight = await fetch(`${closed.base}/v3/services`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://school.example', 'Access-Control-Request-Method': 'GET' },
      });
      for (const res of [get, preflight]) {
        assert.deepEqual([...res.headers.keys()].filter((name) => name.startsWith('access-control-')), []);
      }
    } finally {
      await closed.close();
    }
  });

  it('ignore: the listed query parameters change nothing; the others still filter', async () => {
    const deaf = await start({ ignore: ['minimum_age', 'maximum_age'] });
    try {
      const all = (await deaf.get('/v3/services?per_page=1')).body.total_items;
      assert.equal((await deaf.get('/v3/services?per_page=1&minimum_age=16&maximum_age=18')).body.total_items, all);
      assert.ok((await deaf.get('/v3/services?per_page=1&search=football')).body.total_items < all);
      const hearing = (await server.get('/v3/services?per_page=1&minimum_age=16&maximum_age=18')).body.total_items;
      assert.ok(hearing < all, 'the ordinary sample API does filter by age');
    } finally {
      await deaf.close();
    }
  });
});
