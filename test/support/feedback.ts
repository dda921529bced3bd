/**
 * Helpers for tests of the feedback loop against the sample API's receiver at
 * /api/feedback. The receiver (and its "down" switch) is shared by every test file the
 * runner has open at once, so tests that send reports or switch it off hold one Web
 * Lock while they do: the test pages are tabs of one browser on one origin.
 */
import type { FeedbackReport } from '@signpost/core';
import { executeServerCommand } from '@web/test-runner-commands';

export const RECEIVER = '/api/feedback';

/** A report as the receiver stored it: what the widget sent, and when it arrived. */
export type StoredReport = FeedbackReport & { receivedAt: string };

/** Run `fn` holding the receiver: no other test sends reports or switches it off meanwhile. Leaves it up. */
export async function withReceiver<T>(fn: () => Promise<T>): Promise<T> {
  return navigator.locks.request('signpost-test-feedback-receiver', async () => {
    try {
      return await fn();
    } finally {
      await setReceiverDown(false);
    }
  });
}

/** Make POST /api/feedback answer 503 (true) or work again (false). */
export async function setReceiverDown(down: boolean): Promise<void> {
  await executeServerCommand('sample-api-feedback-down', { down });
}

/** What the receiver stored, as GET /api/feedback lists it. */
export async function storedReports(): Promise<StoredReport[]> {
  const res = await fetch(RECEIVER, { cache: 'no-store' });
  const body = (await res.json()) as { items: StoredReport[] };
  return body.items;
}

/** The stored reports with this id (exactly one, when all is well). */
export async function storedWithId(id: string): Promise<StoredReport[]> {
  return (await storedReports()).filter((r) => r.id === id);
}

/** A storage key no other test (or test page) uses. */
export function uniqueKey(prefix = 'signpost-test-outbox'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Wait until `check` is true (polling), or fail after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
