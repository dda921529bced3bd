// The feedback receiver is bounded and careful: per-client rate limit, a store bounded in
// size with rotation (429 and 507 said plainly), a start that survives a damaged or huge
// file, an inbox token for reading, and the smaller refusals (deep nesting, impossible
// dates) and acceptances (a byte-order mark).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, it } from 'node:test';
import { start, tempFeedbackFile } from './helpers.js';

const report = (extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  kind: 'listing',
  message: 'The phone number is wrong.',
  contact: { email: 'parent@example.org', consent: true },
  service: { id: 'abc', name: 'Youth Club' },
  createdAt: '2026-01-20T10:15:00Z',
  ...extra,
});

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('feedback receiver limits', () => {
  it('answers 429 with Retry-After to a client over its per-minute limit', async () => {
    const server = await start({ services: 5, feedbackPerMinute: 30 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 200; i += 1) statuses.push((await post(server.base, report())).status);
      const accepted = statuses.filter((s) => s === 201).length;
      assert.equal(accepted, 30);
      assert.equal(statuses.filter((s) => s === 429).length, 170);
      const refused = await post(server.base, report());
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.match((await refused.json()).message, /Too many reports from one place; try again in \d+ seconds/);
      console.log(`flood of 201 reports from one client: ${accepted} stored, ${statuses.length + 1 - accepted} refused (429), file ${statSync(server.api.feedbackFile).size} bytes`);
    } finally {
      await server.close();
    }
  });

  it('rotates files at their size limit and answers 507 when all are full, dropping nothing', async () => {
    const file = tempFeedbackFile();
    const server = await start({ services: 5, feedbackFile: file, feedbackLimits: { maxFileBytes: 4000, maxRotatedFiles: 2 } });
    try {
      let accepted = 0;
      let last: Response | undefined;
      for (let i = 0; i < 100; i += 1) {
        last = await post(server.base, report({ message: 'x'.repeat(500) }));
        if (last.status !== 201) break;
        accepted += 1;
      }
      assert.equal(last!.status, 507);
      assert.match((await last!.json()).message, /feedback store is full/);
      const files = readdirSync(dirname(file)).sort();
      assert.deepEqual(files, ['feedback.jsonl', 'feedback.jsonl.1', 'feedback.jsonl.2']);
      for (const f of files) assert.ok(statSync(`${dirname(file)}/${f}`).size <= 4000, `${f} within its bound`);
      const { body } = await server.get('/feedback');
      assert.equal(body.items.length, accepted, 'every accepted report is still listed');
      console.log(`store bounded at 3 files of 4,000 bytes: ${accepted} reports kept, the next refused with 507`);
    } finally {
      await server.close();
    }
    // After a restart the store knows every report in every file.
    const again = await start({ services: 5, feedbackFile: file, feedbackLimits: { maxFileBytes: 4000, maxRotatedFiles: 2 } });
    try {
      assert.equal((await post(again.base, report())).status, 507);
      assert.ok((await again.get('/feedback')).body.items.length > 10);
    } finally {
      await again.close();
    }
  });

  it('starts with a damaged file, keeping the reports it can read', async () => {
    const file = tempFeedbackFile();
    const good = report();
    writeFileSync(file, `${JSON.stringify({ ...good, receivedAt: good.createdAt })}\n\u0000\u0001garbage{{{\n[1,2]\n"text"\n{"id": 5}\n{"id":"torn`);
    const server = await start({ services: 5, feedbackFile: file });
    try {
      const { body } = await server.get('/feedback');
      assert.deepEqual(body.items.map((i: { id: string }) => i.id), [good.id]);
      assert.equal((await post(server.base, report())).status, 201);
    } finally {
      await server.close();
    }
  });

  it('starts at once with a huge file, moving it aside unread', async () => {
    const file = tempFeedbackFile();
    writeFileSync(file, '');
    truncateSync(file, 600_000_000); // 600 MB (sparse)
    const started = performance.now();
    const server = await start({ services: 5, feedbackFile: file });
    const ms = performance.now() - started;
    try {
      assert.ok(ms < 5000, `started in ${ms} ms`);
      assert.equal((await server.get('/feedback')).body.items.length, 0);
      assert.equal((await post(server.base, report())).status, 201);
      const aside = readdirSync(dirname(file)).filter((f) => f.startsWith('feedback.jsonl.oversize-'));
      assert.equal(aside.length, 1, 'the big file is kept, out of the way');
      assert.ok(existsSync(file));
      console.log(`started beside a 600 MB feedback file in ${ms.toFixed(0)} ms`);
    } finally {
      await server.close();
    }
  });

  it('keeps the inbox for the token holder when --inbox-token is set; POST stays open', async () => {
    const server = await start({ services: 5, inboxToken: 's3cret-token-for-tests' });
    try {
      assert.equal((await post(server.base, report())).status, 201);
      const open = await server.get('/feedback');
      assert.equal(open.status, 401);
      assert.equal(open.headers.get('www-authenticate'), 'Bearer realm="feedback inbox"');
      assert.equal((await server.get('/feedback', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
      const ok = await server.get('/feedback', { headers: { Authorization: 'Bearer s3cret-token-for-tests' } });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.items.length, 1);
      const preflight = await fetch(`${server.base}/feedback`, { method: 'OPTIONS' });
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    } finally {
      await server.close();
    }
  });

  it('refuses deep nesting and impossible dates with 400; accepts a byte-order mark', async () => {
    const server = await start({ services: 5 });
    try {
      const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
      const body = JSON.stringify(report()).replace(/}$/, `,"query":${deep}}`);
      const nested = await post(server.base, body);
      assert.equal(nested.status, 400);
      assert.match((await nested.json()).message, /query must nest at most 5 levels/);
      for (const createdAt of ['2026-02-31T10:00:00Z', '9999-01-01T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T25:00:00Z', '1970-01-01T00:00:00Z']) {
        const res = await post(server.base, report({ createdAt }));
        assert.equal(res.status, 400, createdAt);
        assert.match((await res.json()).message, /createdAt/);
      }
      assert.equal((await post(server.base, `\uFEFF${JSON.stringify(report())}`)).status, 201);
      assert.equal((await server.get('/feedback')).body.items.length, 1);
    } finally {
      await server.close();
    }
  });
});
