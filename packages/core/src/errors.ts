/** Typed errors from the client, each with a plain-English message a person can act on. */

/** `snapshot`: a static snapshot is missing, damaged, incomplete or of a newer format. */
export type SignpostErrorKind = 'network' | 'http' | 'not-oruk' | 'timeout' | 'aborted' | 'not-found' | 'snapshot';

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

  /** Whether trying again might work (not for a missing service or a feed that isn't ORUK). */
  get retryable(): boolean {
    if (this.kind === 'snapshot') return (this.status ?? 0) >= 500;
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 500) >= 500);
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
  snapshotMissing: (url: string) => `There is no directory snapshot at ${url} (its manifest.json was not found).`,
  snapshotDamaged: (url: string, why: string) =>
    `The directory snapshot at ${url} is damaged (${why}). It needs to be published again.`,
  snapshotIncomplete: (url: string) =>
    `The directory snapshot at ${url} is incomplete: a file it lists is missing, even after reading it again. It may be being replaced: try again in a few minutes.`,
  snapshotVersion: (url: string, version: unknown) =>
    `The directory snapshot at ${url} is in a newer format (version ${String(version)}) than this page understands. Update Signpost on this page.`,
  geocoder: () => 'Could not look up the postcode: the postcode service could not be reached. You may be offline.',
  postcodeUnknown: (postcode: string) => `No place could be found for the postcode ${postcode}.`,
};

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof SignpostError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}
