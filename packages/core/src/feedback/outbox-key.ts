/** Where the outbox keeps reports in localStorage by default (a small module: the main drop-in file checks it without loading the outbox). */
export const OUTBOX_KEY = 'signpost-feedback-outbox';
