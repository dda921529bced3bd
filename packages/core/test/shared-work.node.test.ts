// Work shared by several callers: each may give up; the work stops only when all have.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedWork } from '../src/shared-work.js';

const aborted = () => new Error('aborted');

/** Work that finishes when told to, or rejects when its own signal aborts. */
function controllable() {
  let finish: (value: string) => void = () => undefined;
  let signal: AbortSignal | undefined;
  let abandoned = 0;
  const work = new SharedWork<string>(
    (own) => {
      signal = own;
      return new Promise((resolve, reject) => {
        finish = resolve;
        own.addEventListener('abort', () => reject(new Error('work aborted')));
      });
    },
    () => (abandoned += 1),
  );
  return { work, finish: (v: string) => finish(v), signal: () => signal!, abandoned: () => abandoned };
}

describe('SharedWork', () => {
  it('keeps going for the callers still waiting when one gives up', async () => {
    const w = controllable();
    const a = new AbortController();
    const b = new AbortController();
    const first = w.work.join(a.signal, aborted);
    const second = w.work.join(b.signal, aborted);
    a.abort();
    await assert.rejects(first, /^Error: aborted$/);
    assert.equal(w.signal().aborted, false);
    w.finish('done');
    assert.equal(await second, 'done');
    assert.equal(w.abandoned(), 0);
  });

  it('stops, once, when every caller has given up', async () => {
    const w = controllable();
    const a = new AbortController();
    const b = new AbortController();
    const joined = [w.work.join(a.signal, aborted), w.work.join(b.signal, aborted)];
    a.abort();
    b.abort();
    await Promise.allSettled(joined);
    assert.equal(w.signal().aborted, true);
    assert.equal(w.abandoned(), 1);
    await assert.rejects(w.work.outcome, /work aborted/);
  });

  it('is kept going by a caller without a signal, and starts nothing for a caller that already gave up', async () => {
    const w = controllable();
    const pinned = w.work.join(undefined, aborted);
    const a = new AbortController();
    const leaving = w.work.join(a.signal, aborted);
    a.abort();
    await assert.rejects(leaving);
    assert.equal(w.signal().aborted, false);
    const gone = new AbortController();
    gone.abort();
    await assert.rejects(w.work.join(gone.signal, aborted), /^Error: aborted$/);
    w.finish('kept');
    assert.equal(await pinned, 'kept');
  });
});
