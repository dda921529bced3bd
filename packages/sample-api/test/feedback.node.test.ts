import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createSampleApi } from '../src/index.js';
import { start, tempFeedbackFile, type Running } from './helpers.js';

let server: Running;
before(async () => {
  server = await start();
});
beforeEach(() => server.api.resetFeedback());
after(() => server.close());

function report(extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    kind: 'listing',
    reason: 'wrong-phone',
    message: 'The phone number rings a fish and chip shop.',
    contact: { email: 'parent@example.org', consent: true },
    service: { id: 'abc', name: 'Hillsborough Youth Club' },
    endpoint: 'https://directory.example/api/v3',
    page: 'https://school.example/send',
    query: { search: 'youth' },
    filters: { day: 'FR' },
    createdAt: '2026-11-20T10:15:00.000Z',
    widgetVersion: '0.1.0',
    ...extra,
  };
}

function post(body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }, base = server.base) {
  return fetch(`${base}/feedback`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('feedback receiver', () => {
  it('stores a valid report (201 {id}) and lists it; a repeat is 200 {id, duplicate: true}', async () => {
    const r = report();
    const first = await post(r);
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { id: r.id });
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    const again = await post(r);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: r.id, duplicate: true });
    const { body, headers } = await server.get('/feedback');
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.equal(body.items.length, 1);
    assert.equal(body.items[0].id, r.id);
    assert.equal(body.items[0].message, r.message);
    assert.ok(Date.parse(body.items[0].receivedAt));
    const lines = readFileSync(server.api.feedbackFile, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0] as string).id, r.id);
  });

  it('accepts a minimal unmet-need report, and text/plain bodies (as sendBeacon sends)', async () => {
    const minimal = { id: randomUUID(), kind: 'unmet-need', createdAt: '2026-11-21T08:00:00Z' };
    assert.equal((await post(minimal)).status, 201);
    assert.equal((await post(report(), { 'Content-Type': 'text/plain;charset=UTF-8' })).status, 201);
    assert.equal((await server.get('/feedback')).body.items.length, 2);
  });

  it('keeps no email without consent', async () => {
    const r = report({ contact: { email: 'someone@example.org', consent: false } });
    assert.equal((await post(r)).status, 201);
    const stored = (await server.get('/feedback')).body.items[0];
    assert.deepEqual(stored.contact, { consent: false });
  });

  it('rejects invalid reports with 400 {error, message}', async () => {
    const { id: _id, ...noId } = report();
    const { createdAt: _c, ...noDate } = report();
    const cases: unknown[] = [
      noId,
      noDate,
      report({ id: 'short' }),
      report({ id: 42 }),
      report({ kind: 'complaint' }),
      report({ createdAt: 'yesterday' }),
      report({ createdAt: '2026-13-45T99:00:00Z' }),
      report({ message: 'x'.repeat(5001) }),
      report({ message: 12 }),
      report({ contact: { email: 'not-an-email', consent: true } }),
      report({ contact: { email: 'a@example.org' } }),
      report({ service: { name: 'no id' } }),
      report({ query: 'search=youth' }),
      report({ filters: [1, 2] }),
      [report()],
      'null',
      '{"id": ',
    ];
    for (const body of cases) {
      const res = await post(body);
      assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
      const json = await res.json();
      assert.equal(json.error, 'bad-request');
      assert.equal(typeof json.message, 'string');
    }
    assert.equal((await post(report({ message: 'x'.repeat(5000) }))).status, 201, '5000 characters is fine');
  });

  it('413 for a body over 64 KB, 415 for a form post', async () => {
    const big = report({ query: { padding: 'x'.repeat(70 * 1024) } });
    const res = await post(big);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error, 'payload-too-large');
    const form = await post('id=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
    assert.equal((await server.get('/feedback')).body.items.length, 0);
  });

  it('down mode answers POST with 503 (option and setFeedbackDown)', async () => {
    server.api.setFeedbackDown(true);
    const res = await post(report());
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '30');
    assert.equal((await res.json()).error, 'unavailable');
    assert.equal((await server.get('/feedback')).status, 200, 'listing still works');
    server.api.setFeedbackDown(false);
    assert.equal((await post(report())).status, 201);

    const down = await start({ feedbackDown: true, services: 5 });
    try {
      assert.equal((await post(report(), undefined, down.base)).status, 503);
    } finally {
      await down.close();
    }
  });

  it('is durable across a restart with the same file, and idempotent across it', async () => {
    const file = tempFeedbackFile();
    const r = report();
    const a = createSampleApi({ feedbackFile: file, services: 5 });
    const first = await a.listen(0);
    assert.equal((await post(r, undefined, first.url)).status, 201);
    await a.close();
    const b = createSampleApi({ feedbackFile: file, services: 5 });
    const second = await b.listen(0);
    try {
      const list = await (await fetch(`${second.url}/feedback`)).json();
      assert.deepEqual(list.items.map((i: { id: string }) => i.id), [r.id]);
      const again = await post(r, undefined, second.url);
      assert.equal(again.status, 200);
      assert.equal((await again.json()).duplicate, true);
      assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1);
    } finally {
      await b.close();
    }
  });

  it('resetFeedback empties the store and the file', async () => {
    await post(report());
    server.api.resetFeedback();
    assert.deepEqual(server.api.feedbackItems(), []);
    assert.equal(readFileSync(server.api.feedbackFile, 'utf8'), '');
  });
});
