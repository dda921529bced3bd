import { expect } from '@open-wc/testing';
import { FeedbackOutbox, buildReport, type DeliveryResult, type FeedbackReport } from '../src/index.js';
import { RECEIVER, setReceiverDown, storedWithId, uniqueKey, until, withReceiver } from '../../../test/support/feedback.js';

function listing(overrides: Partial<FeedbackReport> = {}): FeedbackReport {
  return {
    ...buildReport({
      kind: 'listing',
      reason: 'times',
      message: 'Closed on Fridays now',
      service: { id: 'svc-outbox', name: 'Outbox test service' },
      pageUrl: location.href,
    }),
    ...overrides,
  };
}

/** A fetch that answers from a script (status codes, or a function), counting calls. */
function scripted(...answers: Array<number | (() => Promise<Response>)>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    calls.push({ url, init });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (typeof answer === 'function') return answer();
    return new Response(JSON.stringify(answer >= 400 ? { error: 'x', message: `said ${answer}` } : { id: 'x' }), { status: answer });
  };
  return { fetch, calls };
}

describe('feedback outbox against the sample API receiver', function () {
  this.timeout(60_000);

  it('delivers a report exactly once, even when it is sent again', async () => {
    await withReceiver(async () => {
      const outbox = new FeedbackOutbox({ key: uniqueKey() });
      const report = listing();
      const first = await outbox.send(RECEIVER, report);
      expect(first).to.deep.equal({ outcome: 'sent', id: report.id, status: 201, duplicate: false });
      expect(outbox.entries()).to.deep.equal([]);
      const again = await outbox.send(RECEIVER, report);
      expect(again).to.deep.equal({ outcome: 'sent', id: report.id, status: 200, duplicate: true });
      const stored = await storedWithId(report.id);
      expect(stored).to.have.length(1);
      expect(stored[0]!.service).to.deep.equal({ id: 'svc-outbox', name: 'Outbox test service' });
      expect(stored[0]!.reason).to.equal('times');
    });
  });

  it('keeps a report while the receiver is down and delivers it once when it is back', async () => {
    await withReceiver(async () => {
      const outbox = new FeedbackOutbox({ key: uniqueKey() });
      const report = listing();
      await setReceiverDown(true);
      const queued = await outbox.send(RECEIVER, report);
      expect(queued.outcome).to.equal('queued');
      expect(queued).to.include({ reason: 'unavailable', status: 503 });
      expect((queued as { message: string }).message).to.contain('down for maintenance');
      expect(outbox.entries().map((e) => e.id)).to.deep.equal([report.id]);
      expect(outbox.entries()[0]!.attempts).to.equal(1);
      // Not due yet: an ordinary flush leaves it alone.
      expect(await outbox.flush()).to.deep.equal([]);
      // Still down: a forced try keeps it.
      const still = await outbox.flush({ force: true });
      expect(still.map((r) => r.outcome)).to.deep.equal(['queued']);
      expect(outbox.entries()[0]!.attempts).to.equal(2);
      expect(await storedWithId(report.id)).to.have.length(0);
      await setReceiverDown(false);
      const results = await outbox.flush({ force: true });
      expect(results).to.deep.equal([{ outcome: 'sent', id: report.id, status: 201, duplicate: false }]);
      expect(outbox.entries()).to.deep.equal([]);
      expect(await storedWithId(report.id)).to.have.length(1);
    });
  });

  it('delivers on the next visit: a new outbox over the same storage sends what the last one kept', async () => {
    await withReceiver(async () => {
      const key = uniqueKey();
      const report = listing();
      await setReceiverDown(true);
      const before = new FeedbackOutbox({ key });
      before.start();
      expect((await before.send(RECEIVER, report)).outcome).to.equal('queued');
      before.stop(); // the page is closed
      expect(JSON.parse(localStorage.getItem(key)!)[0].report.id).to.equal(report.id);
      await setReceiverDown(false);

      const after = new FeedbackOutbox({ key }); // the next visit
      expect(after.entries().map((e) => e.id)).to.deep.equal([report.id]);
      const results = await after.flush({ force: true });
      expect(results.map((r) => r.outcome)).to.deep.equal(['sent']);
      expect(await storedWithId(report.id)).to.have.length(1);
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal([]);
      // The old page's outbox, were it to wake, has nothing left to send.
      expect(await before.flush({ force: true })).to.deep.equal([]);
      expect(await storedWithId(report.id)).to.have.length(1);
      localStorage.removeItem(key);
    });
  });

  it('sends what it kept when the browser comes back online', async () => {
    await withReceiver(async () => {
      const events = new EventTarget();
      let online = false;
      const outbox = new FeedbackOutbox({ key: uniqueKey(), events, isOnline: () => online, baseDelayMs: 60_000 });
      outbox.start();
      const report = listing();
      const queued = await outbox.send(RECEIVER, report);
      expect(queued).to.include({ outcome: 'queued', reason: 'offline' });
      expect(await storedWithId(report.id)).to.have.length(0);
      const seen: DeliveryResult[] = [];
      outbox.subscribe((r) => seen.push(r));
      online = true;
      events.dispatchEvent(new Event('online'));
      await until(() => seen.length > 0, 5000, 'delivery after coming online');
      expect(seen[0]).to.deep.equal({ outcome: 'sent', id: report.id, status: 201, duplicate: false });
      expect(await storedWithId(report.id)).to.have.length(1);
      outbox.stop();
    });
  });

  it('shows a 400 with the receiver’s message and does not retry it', async () => {
    await withReceiver(async () => {
      const outbox = new FeedbackOutbox({ key: uniqueKey() });
      const report = listing({ createdAt: 'last Tuesday' });
      const result = await outbox.send(RECEIVER, report);
      expect(result.outcome).to.equal('failed');
      expect(result).to.include({ status: 400 });
      expect((result as { message: string }).message).to.contain('createdAt is required');
      expect(outbox.entries()).to.deep.equal([]);
      expect(await storedWithId(report.id)).to.have.length(0);
    });
  });

  it('shows a 413 for a report that is too big', async () => {
    await withReceiver(async () => {
      const outbox = new FeedbackOutbox({ key: uniqueKey() });
      const report = listing({ query: { text: 'x'.repeat(70 * 1024) } });
      const result = await outbox.send(RECEIVER, report);
      expect(result).to.include({ outcome: 'failed', status: 413 });
      expect((result as { message: string }).message).to.contain('larger than 64 KB');
      expect(outbox.entries()).to.deep.equal([]);
    });
  });
});

describe('feedback outbox rules', () => {
  it('backs off exponentially with jitter, capped', () => {
    const low = new FeedbackOutbox({ storage: null, events: null, baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0 });
    const high = new FeedbackOutbox({ storage: null, events: null, baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0.999999 });
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => low.retryDelay(n))).to.deep.equal([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => high.retryDelay(n))).to.deep.equal([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('retries 5xx, 408, 429 and lost connections in the background until delivered', async () => {
    const { fetch, calls } = scripted(503, 429, 408, async () => Promise.reject(new TypeError('Failed to fetch')), 201);
    const outbox = new FeedbackOutbox({ storage: null, events: null, fetch, baseDelayMs: 10, maxDelayMs: 40 });
    const seen: DeliveryResult[] = [];
    outbox.subscribe((r) => seen.push(r));
    outbox.start();
    const report = listing();
    const first = await outbox.send('https://receiver.example/feedback', report);
    expect(first).to.include({ outcome: 'queued', status: 503, message: 'said 503' });
    await until(() => seen.some((r) => r.outcome === 'sent'), 5000, 'background delivery');
    outbox.stop();
    expect(seen.map((r) => r.outcome)).to.deep.equal(['queued', 'queued', 'queued', 'queued', 'sent']);
    expect(calls).to.have.length(5);
    expect(calls.every((c) => c.init?.body === JSON.stringify(report))).to.equal(true);
    expect(calls[0]!.init).to.include({ method: 'POST', credentials: 'omit' });
    expect((calls[0]!.init!.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
    expect(outbox.entries()).to.deep.equal([]);
  });

  it('gives up on other 4xx answers at once', async () => {
    for (const status of [400, 401, 403, 404, 405, 409, 413, 415, 422]) {
      const { fetch, calls } = scripted(status);
      const outbox = new FeedbackOutbox({ storage: null, events: null, fetch });
      const result = await outbox.send('https://receiver.example/feedback', listing());
      expect(result, String(status)).to.include({ outcome: 'failed', status, message: `said ${status}` });
      expect(await outbox.flush({ force: true })).to.deep.equal([]);
      expect(calls).to.have.length(1);
    }
  });

  it('reads a plain-text or empty error body sensibly', async () => {
    const plain = new FeedbackOutbox({ storage: null, events: null, fetch: async () => new Response('Spam suspected', { status: 422 }) });
    expect(await plain.send('https://r.example/', listing())).to.include({ message: 'Spam suspected' });
    const html = new FeedbackOutbox({ storage: null, events: null, fetch: async () => new Response('<html>…</html>', { status: 404 }) });
    expect(await html.send('https://r.example/', listing())).to.include({ message: 'HTTP 404' });
  });

  it('times out a receiver that never answers, and keeps the report', async () => {
    const never = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const outbox = new FeedbackOutbox({ storage: null, events: null, fetch: never, timeoutMs: 50 });
    const result = await outbox.send('https://r.example/', listing());
    expect(result).to.include({ outcome: 'queued', reason: 'unavailable' });
    expect(outbox.entries()[0]!.lastError).to.equal('timeout');
  });

  it('does not try while the browser is offline', async () => {
    const { fetch, calls } = scripted(201);
    const outbox = new FeedbackOutbox({ storage: null, events: null, fetch, isOnline: () => false });
    expect(await outbox.send('https://r.example/', listing())).to.include({ outcome: 'queued', reason: 'offline' });
    expect(await outbox.flush({ force: true })).to.deep.equal([]);
    expect(calls).to.have.length(0);
  });

  it('never sends one report twice at the same time', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const fetch = async () => {
      calls++;
      await gate;
      return new Response('{}', { status: 201 });
    };
    const outbox = new FeedbackOutbox({ storage: null, events: null, fetch });
    const report = listing();
    const sending = outbox.send('https://r.example/', report);
    const flushing = [outbox.flush({ force: true }), outbox.flush({ force: true })];
    release();
    await Promise.all([sending, ...flushing]);
    expect(calls).to.equal(1);
  });

  it('works in memory when storage throws, and survives corrupt storage', async () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const { fetch } = scripted(503, 201);
    const outbox = new FeedbackOutbox({ storage: throwing, events: null, fetch });
    expect((await outbox.send('https://r.example/', listing())).outcome).to.equal('queued');
    expect(outbox.entries()).to.have.length(1);
    expect((await outbox.flush({ force: true }))[0]!.outcome).to.equal('sent');
    expect(outbox.entries()).to.have.length(0);

    const key = uniqueKey();
    localStorage.setItem(key, '{not json');
    const corrupt = new FeedbackOutbox({ key, events: null, fetch: scripted(201).fetch });
    expect(corrupt.entries()).to.deep.equal([]);
    expect((await corrupt.send('https://r.example/', listing())).outcome).to.equal('sent');
    localStorage.removeItem(key);
  });

  it('gives up reports older than 30 days, and keeps at most 50', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { fetch } = scripted(503);
    const outbox = new FeedbackOutbox({ storage: null, events: null, fetch, now: () => now });
    for (let i = 0; i < 55; i++) await outbox.send('https://r.example/', listing());
    expect(outbox.entries()).to.have.length(50);
    const seen: DeliveryResult[] = [];
    outbox.subscribe((r) => seen.push(r));
    now += 31 * 24 * 60 * 60 * 1000;
    await outbox.flush();
    expect(outbox.entries()).to.deep.equal([]);
    expect(seen.filter((r) => r.outcome === 'failed' && r.message === 'expired')).to.have.length(50);
  });
});
