import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JOURNAL_FILE, Journal, RESUME_WITHIN_MS } from '../src/journal.js';
import { pagesAsked, proxy, quietHarvest, startSampleApi, tempDir, type Running } from './helpers.js';

let api: Running;

before(async () => {
  api = await startSampleApi();
});
after(() => api.close());

const repeated = (items: string[]) => items.filter((x, i) => items.indexOf(x) !== i);

describe('resuming an interrupted harvest', () => {
  it('carries on where it stopped, asking for no page twice', async () => {
    const stop = new AbortController();
    const server = await proxy(api.base, {
      intercept: (url) => {
        if (/[?&]page=6(&|$)/.test(url)) stop.abort(); // Ctrl-C while page 6 is on its way
        return undefined;
      },
    });
    try {
      const outDir = tempDir();
      const feeds = [{ endpoint: `${server.base}/v1` }, { endpoint: `${api.base}/outpost` }];
      const first = await quietHarvest({ feeds, outDir, perPage: 20, signal: stop.signal });
      assert.equal(first.status, 'interrupted');
      assert.equal(first.feeds.length, 1, 'the second feed was not started');
      assert.ok(existsSync(join(outDir, JOURNAL_FILE)), 'what was read is kept');
      assert.ok(!existsSync(join(outDir, 'manifest.json')) && !existsSync(join(outDir, 'report.html')));
      const before = pagesAsked(server.log);
      assert.ok(before.length >= 6 && before.length < 17, `asked for ${before.join(', ')}`);

      const second = await quietHarvest({ feeds, outDir, perPage: 20 });
      assert.equal(second.status, 'complete');
      assert.equal(second.resumed, true);
      assert.equal(second.feeds[0]!.services.length, 339);
      assert.equal(second.services.length, 339 + 10 - 3);
      assert.ok(second.feeds[0]!.resumed.pages >= 6, 'the pages read before the stop were kept');
      const all = pagesAsked(server.log);
      assert.deepEqual(repeated(all), [], 'no page asked for twice');
      assert.equal(all.length, 17);
      assert.equal(server.log.filter((l) => l.url === '/v1/services?per_page=1').length, 1, 'the dialect was not detected again');
      assert.ok(!existsSync(join(outDir, JOURNAL_FILE)), 'a finished harvest leaves nothing to resume');
    } finally {
      await server.close();
    }
  });

  it('carries on after a crash that cut the last line short, asking again only for what was lost', async () => {
    const outDir = tempDir();
    const stop = new AbortController();
    let armed = true;
    const server = await proxy(api.base, {
      intercept: (url) => {
        if (armed && /[?&]page=3(&|$)/.test(url)) stop.abort();
        return undefined;
      },
    });
    try {
      const feeds = [{ endpoint: `${server.base}/v3` }];
      await quietHarvest({ feeds, outDir, perPage: 50, signal: stop.signal });
      armed = false;
      const journal = join(outDir, JOURNAL_FILE);
      const lines = readFileSync(journal, 'utf8').trimEnd().split('\n');
      const lastPage = JSON.parse(lines.at(-1)!).page as number;
      // The process died while writing that last page.
      writeFileSync(journal, `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 200)}`);
      const askedBefore = pagesAsked(server.log);
      const outcome = await quietHarvest({ feeds, outDir, perPage: 50 });
      assert.equal(outcome.status, 'complete');
      assert.equal(outcome.services.length, 339);
      const askedAfter = pagesAsked(server.log).slice(askedBefore.length);
      assert.ok(askedAfter.includes(`page ${lastPage}`), 'the page lost in the crash was asked for again');
      for (const page of askedBefore.filter((p) => p !== `page ${lastPage}`)) assert.ok(!askedAfter.includes(page), `${page} was not asked for again`);
    } finally {
      await server.close();
    }
  });

  it('starts afresh when told to, or when the unfinished harvest is old', () => {
    const outDir = tempDir();
    const then = new Date('2026-11-02T01:00:00Z');
    const journal = Journal.open(outDir, { now: then });
    journal.dialect('https://a.example/oruk per_page=100', 'v3');
    assert.equal(Journal.open(outDir, { now: new Date(then.getTime() + 3600_000) }).feed('https://a.example/oruk per_page=100').dialect, 'v3');
    const notes: string[] = [];
    const stale = Journal.open(outDir, { now: new Date(then.getTime() + RESUME_WITHIN_MS + 1), note: (n) => notes.push(n) });
    assert.equal(stale.resumed, false);
    assert.match(notes.join(' '), /more than 12 hours old/);
    appendFileSync(join(outDir, JOURNAL_FILE), `${JSON.stringify({ kind: 'dialect', feed: 'x', dialect: 'v1' })}\n`);
    assert.equal(Journal.open(outDir, { fresh: true }).feed('x').dialect, undefined);
  });
});
