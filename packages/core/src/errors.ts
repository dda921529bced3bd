/**
 * Typed errors from the client. Each has a kind (which the elements turn into words in the
 * page's language) and an English message for developers (shown by the elements only in
 * `debug`).
 */

/**
 * What went wrong: `network` (no answer: offline, blocked, or not allowed by CORS), `http`
 * (an error status), `not-oruk` (an answer that is not ORUK data), `timeout`, `aborted`,
 * `not-found` (no such listing), `snapshot` (a static snapshot is missing, damaged,
 * incomplete or of a newer format), `too-large` (an answer over the size limit, such as a
 * compression bomb), `unreadable` (an answer that was cut off or could not be decoded),
 * `unexpected` (anything else: a fault in Signpost or the page, kept as the cause).
 */
export type SignpostErrorKind =
  | 'network'
  | 'http'
  | 'not-oruk'
  | 'timeout'
  | 'aborted'
  | 'not-found'
  | 'snapshot'
  | 'too-large'
  | 'unreadable'
  | 'unexpected';

export class SignpostError extends Error {
  readonly kind: SignpostErrorKind;
  readonly url: string;
  readonly status?: number;

  constructor(kind: SignpostErrorKind, url: string, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SignpostError';
    this.kind = kind;
    this.url = url;
    if (options?.status !== undefined) this.status = options.status;
  }

  /** Whether trying again might work (not for a missing service, a feed that isn't ORUK, or one too large). */
  get retryable(): boolean {
    if (this.kind === 'snapshot') return (this.status ?? 0) >= 500;
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'unreadable' ||
      this.kind === 'unexpected' ||
      (this.kind === 'http' && (this.status ?? 500) >= 500)
    );
  }
}

export const errorMessages = {
  network: (url: string) =>
    `Could not reach the directory at ${new URL(url).origin}. You may be offline, or the directory may not allow this website to read it (CORS).`,
  http: (status: number) => `The directory answered with an error (HTTP ${status}).`,
  notFound: () => 'The directory has no listing with that id.',
  notOruk: (why: string) => `The directory's answer is not an Open Referral UK response: ${why}.`,
  timeout: (seconds: number) => `The directory took longer than ${seconds} seconds to answer.`,
  aborted: () => 'The request was cancelled.',
  tooLarge: (bytes: number) =>
    `The directory's answer was larger than ${Math.round(bytes / 1_000_000)} MB, the most Signpost reads, so it was not read.`,
  unreadable: () => "The directory's answer could not be read: it was cut off, or its compression was broken.",
  unexpected: (error: unknown) => `Something unexpected went wrong: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
};

/** The error for a request to `url` that was cancelled (by its caller, or by the browser with `cause`). */
export function abortedError(url: string, cause?: unknown): SignpostError {
  return new SignpostError('aborted', url, errorMessages.aborted(), { cause });
}

/**
 * Any error as a SignpostError: one already is; a cancelled request is `aborted`; anything
 * else (a bug, a browser refusing something) is `unexpected`, with the original as its cause
 * and in its developer message, never as words for the person.
 */
export function toSignpostError(error: unknown, url: string): SignpostError {
  if (error instanceof SignpostError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return abortedError(url, error);
  return new SignpostError('unexpected', url, errorMessages.unexpected(error), { cause: error });
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof SignpostError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}
