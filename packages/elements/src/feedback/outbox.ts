/**
 * The page's one feedback outbox and rate limit, shared by every signpost-feedback on
 * it (so two elements never race over the same stored reports).
 */
import { FeedbackOutbox, RateLimiter } from '@signpost/core';

let shared: FeedbackOutbox | undefined;
let flushed = false;

/** The page's outbox (localStorage-backed), retrying in the background once asked for. */
export function feedbackOutbox(): FeedbackOutbox {
  if (!shared) shared = new FeedbackOutbox();
  shared.start();
  return shared;
}

/**
 * Use another outbox (a different storage key, a custom fetch), or go back to the
 * default with undefined. The one in use is stopped first.
 */
export function useFeedbackOutbox(outbox: FeedbackOutbox | undefined): void {
  shared?.stop();
  shared = outbox;
  flushed = false;
}

/** Send what an earlier visit left in the outbox: once per page load, when the first element connects. */
export function flushFeedbackOutboxOnce(): void {
  if (flushed) return;
  flushed = true;
  void feedbackOutbox().flush({ force: true });
}

/** At most 5 reports per 10 minutes from one page load. */
export const feedbackRateLimit = new RateLimiter(5, 10 * 60_000);
