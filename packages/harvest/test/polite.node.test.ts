import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Polite, retryAfterMs } from '../src/polite.js';
import { proxy, quietHarvest, recordingFetch, serve, startSampleApi, type Running } from './helpers.js';

let api: Running;

before(async () => {
  api = await startSampleApi();
});
after(() => api.close());

/** Timers are rounded to the millisecond, so a wait may look a millisecond or two short. */
const SLACK_MS = 3;

const isPage = (n: number) => (l: { url: string }) => new URL(l.url, 'http://x').searchParams.get('page') === String(n);

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-11-02T10:00:00Z');
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs(' 0 ', now), 0);
    assert.equal(retryAfterMs('Mon, 02 Nov 2026 10:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Mon, 02 Nov 2026 09:00:00 GMT', now), 0, 'a date gone by means now');
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs('-5', now), undefined);
    assert.equal(retryAfterMs(null, now), undefined);
  });

  it('waits as long as a 429 says (in seconds), holding back every request meanwhile', async () => {
    let refused = false;
    const server = await proxy(api.base, {
      intercept: (url) => {
        if (refused || !/[?&]page=2(&|$)/.test(url)) return undefined;
        refused = true;
        return { status: 429, headers: { 'Retry-After': '1' }, body: { error: 'too-many-requests' } };
      },
    });
    const requests = recordingFetch();
    try {
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${server.base}/v3` }], polite: { fetch: requests.fetch } });
      assert.equal(outcome.status, 'complete');
      assert.equal(outcome.services.length, 339);
      const stats = outcome.feeds[0]!.stats;
      assert.deepEqual([stats.rateLimited, stats.retries], [1, 1]);
      const [first, retry] = server.log.filter(isPage(2));
      assert.ok(first && retry);
      assert.ok(retry.at - first.at >= 1000 - SLACK_MS, `retried after ${retry.at - first.at} ms`);
      // Nothing else was sent while the server had asked us to wait (page 3 went out with page 2, before the 429).
      const refusedAt = first.at;
      const during = requests.sent.filter((r) => r.at > refusedAt + 50 && r.at < refusedAt + 1000 - SLACK_MS);
      assert.deepEqual(during, []);
    } finally {
      await server.close();
    }
  });

  it('waits until the HTTP date a 503 gives', async () => {
    let failed = 0;
    const server = await proxy(api.base, {
      intercept: (url) => {
        if (failed || !/[?&]page=3(&|$)/.test(url)) return undefined;
        failed += 1;
        return { status: 503, headers: { 'Retry-After': new Date(Date.now() + 2500).toUTCString() }, body: { error: 'maintenance' } };
      },
    });
    try {
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${server.base}/v1` }] });
      assert.equal(outcome.status, 'complete');
      const [first, retry] = server.log.filter(isPage(3));
      // The date has whole seconds, so the wait is between one and a half and two and a half seconds.
      assert.ok(retry!.at - first!.at >= 1000 - SLACK_MS, `retried after ${retry!.at - first!.at} ms`);
      assert.equal(outcome.feeds[0]!.stats.serverErrors, 1);
    } finally {
      await server.close();
    }
  });

  it('backs off and tries again on 5xx with no Retry-After, and gives up in the end', async () => {
    let calls = 0;
    const flaky = await serve(() => {
      calls += 1;
      return calls <= 2 ? { status: 502, body: 'Bad gateway' } : { status: 200, body: { ok: true } };
    });
    try {
      const polite = new Polite({ maxRps: 1000, backoffMs: 50, retries: 3 });
      const started = Date.now();
      const res = await polite.get(`${flaky.base}/x`);
      assert.equal(res.status, 200);
      assert.ok(Date.now() - started >= 50 + 100 - SLACK_MS, 'waited 50 ms, then 100 ms');
      assert.deepEqual(polite.stats, { requests: 3, retries: 2, rateLimited: 0, serverErrors: 2, waitedMs: 150 });
      const stubborn = new Polite({ maxRps: 1000, backoffMs: 1, retries: 2 });
      calls = -10;
      await assert.rejects(stubborn.get(`${flaky.base}/x`), /kept answering HTTP 502 to http:\/\/127\.0\.0\.1:\d+\/x \(tried 3 times\)/);
    } finally {
      await flaky.close();
    }
  });

  it('gives up at once when asked to wait longer than allowed', async () => {
    const server = await serve(() => ({ status: 429, headers: { 'Retry-After': '3600' }, body: { error: 'slow down' } }));
    try {
      const polite = new Polite({ maxRps: 1000, maxWaitMs: 900_000 });
      await assert.rejects(polite.get(`${server.base}/services`), /asked us to wait 60 minutes .* longer than the 15 minutes allowed/);
      assert.equal(server.log.length, 1);
    } finally {
      await server.close();
    }
  });
});

describe('pace', () => {
  it('starts requests no closer together than --max-rps allows', async () => {
    const requests = recordingFetch();
    const started = Date.now();
    const outcome = await quietHarvest({ feeds: [{ endpoint: `${api.base}/v3` }], maxRps: 5, perPage: 30, polite: { fetch: requests.fetch } });
    const seconds = (Date.now() - started) / 1000;
    assert.equal(outcome.services.length, 339);
    assert.equal(requests.sent.length, 1 + 12 + 2);
    const gaps = requests.sent.slice(1).map((r, i) => r.at - requests.sent[i]!.at);
    assert.ok(Math.min(...gaps) >= 200 - SLACK_MS, `gaps ${gaps.join(', ')} ms`);
    assert.ok(seconds >= (14 * 200 - SLACK_MS) / 1000);
  });

  it('has at most two requests in flight, and uses both', async () => {
    const server = await proxy(api.base, { delayMs: 80 });
    try {
      const outcome = await quietHarvest({ feeds: [{ endpoint: `${server.base}/v1` }], perPage: 20 });
      assert.equal(outcome.services.length, 339);
      assert.equal(Math.max(...server.log.map((l) => l.inFlight)), 2);
    } finally {
      await server.close();
    }
  });
});
