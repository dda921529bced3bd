/**
 * The page's one feedback outbox, shared by every signpost-feedback on it (so two
 * elements never race over the same stored reports). Its code (core's FeedbackOutbox) is
 * fetched with the report form, or at load when an earlier visit left reports unsent.
 */
import { OUTBOX_KEY, type FeedbackOutbox } from '@signpost/core';

let current: FeedbackOutbox | undefined;
let flushed = false;
/** Counts the outboxes set: a flush asked for under one is not done under another. */
let generation = 0;

/**
 * Use another outbox (a different storage key, a custom fetch), or go back to the
 * default with undefined. The one in use is stopped first.
 */
export function useFeedbackOutbox(outbox: FeedbackOutbox | undefined): void {
  current?.stop();
  current = outbox;
  flushed = false;
  generation += 1;
}

/** The outbox in use: the one set, else the one `make` makes (kept for the page). */
export function currentOutbox(make: () => FeedbackOutbox): FeedbackOutbox {
  current ??= make();
  return current;
}

/**
 * Send what an earlier visit left in the outbox: once per page load, when the first
 * element connects and then the browser is idle, and only when there is something to send
 * (a look at localStorage, so a page with nothing left fetches none of the outbox's code).
 */
export function flushPendingReports(): void {
  if (flushed) return;
  flushed = true;
  // not urgent: when the browser is idle (the first look at localStorage costs a few milliseconds)
  const asked = generation;
  const flush = () => {
    if (asked !== generation) return;
    if (current || hasStoredReports(OUTBOX_KEY)) void import('./delivery.js').then(({ feedbackOutbox }) => feedbackOutbox().flush({ force: true }));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 3000 });
  else setTimeout(flush, 500);
}

function hasStoredReports(key: string): boolean {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return Boolean(raw && raw !== '[]');
  } catch {
    return false;
  }
}
