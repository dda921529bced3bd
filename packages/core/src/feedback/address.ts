/** Email addresses in feedback reports (a small module: the main drop-in file needs this, not the report builder). */

const EMAIL = /^[^\s@<>()",;:?&=%/\\]+@[^\s@<>()",;:?&=%/\\]+\.[^\s@<>()",;:?&=%/\\]+$/;

/** A plausible email address, and one that is safe to put in a mailto: URL. */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}
