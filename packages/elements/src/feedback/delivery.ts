/** Sending reports: the page's outbox (made on first use) and its rate limit. Loaded with the report form. */
import { FeedbackOutbox, RateLimiter } from '@signpost/core';
import { currentOutbox } from './outbox.js';

/** The page's outbox (localStorage-backed), retrying in the background once asked for. */
export function feedbackOutbox(): FeedbackOutbox {
  const outbox = currentOutbox(() => new FeedbackOutbox());
  outbox.start();
  return outbox;
}

/** At most 5 reports per 10 minutes from one page load. */
export const feedbackRateLimit = new RateLimiter(5, 10 * 60_000);
