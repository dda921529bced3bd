// At load, the outbox's code is fetched only when an earlier visit left reports unsent
// (a look at localStorage), and then they are sent.
import { expect } from '@open-wc/testing';
import { OUTBOX_KEY, buildReport } from '@signpost/core';
import { RECEIVER, storedWithId, until, withReceiver } from '../../../test/support/feedback.js';
import { flushPendingReports, useFeedbackOutbox } from '../src/feedback/outbox.js';

performance.setResourceTimingBufferSize(10_000);
const outboxCodeFetched = () => performance.getEntriesByType('resource').some((e) => /\/feedback\/delivery\.ts/.test(e.name));

describe('reports left from an earlier visit', function () {
  this.timeout(30_000);
  afterEach(() => localStorage.removeItem(OUTBOX_KEY));

  it('with none left, the outbox’s code is not fetched', async () => {
    localStorage.setItem(OUTBOX_KEY, '[]');
    useFeedbackOutbox(undefined);
    flushPendingReports();
    await new Promise((r) => setTimeout(r, 300));
    expect(outboxCodeFetched()).to.equal(false);
  });

  it('with one left, the outbox is fetched and sends it, once per page', async () => {
    await withReceiver(async () => {
      const report = buildReport({ kind: 'listing', reason: 'times', message: 'Left from yesterday', service: { id: 'svc-riverside' } });
      const entry = { id: report.id, endpoint: new URL(RECEIVER, location.href).href, report, attempts: 1, queuedAt: Date.now() - 60_000, nextAttemptAt: Date.now() - 1000 };
      localStorage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
      useFeedbackOutbox(undefined);
      flushPendingReports();
      flushPendingReports();
      await until(async () => (await storedWithId(report.id)).length > 0, 10_000, 'the report left unsent');
      expect(outboxCodeFetched()).to.equal(true);
      await new Promise((r) => setTimeout(r, 200));
      expect(await storedWithId(report.id)).to.have.length(1);
      expect(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')).to.deep.equal([]);
    });
  });
});
