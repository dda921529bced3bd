/**
 * URL safety. Every URL that reaches an href passes through here: only http:, https:,
 * mailto: and tel: survive, and anything a browser would treat as script does not. Each
 * check looks at the length first, so no pattern ever runs on an overlong value.
 */

/** The longest web address accepted. */
export const MAX_URL_LENGTH = 2048;
/** The longest email address accepted (RFC 5321's limit on a path). */
export const MAX_EMAIL_LENGTH = 254;

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);
// Control characters and whitespace inside a URL are how "java\tscript:" slips past naive checks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function parse(value: unknown, schemes: Set<string>): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH || CONTROL.test(trimmed)) return undefined;
  // Feeds often omit the scheme ("www.example.org"); treat that as https.
  const candidate = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (!schemes.has(url.protocol)) return undefined;
  if (WEB_SCHEMES.has(url.protocol) && !url.hostname) return undefined;
  return url.href;
}

/** A web page address safe for an href (http or https), or undefined. */
export function safeWebUrl(value: unknown): string | undefined {
  return parse(value, WEB_SCHEMES);
}

/** Any link safe for an href (http, https, mailto, tel), or undefined. */
export function safeLinkUrl(value: unknown): string | undefined {
  return parse(value, LINK_SCHEMES);
}

// A local part, "@", then dot-separated labels. Neither part may hold what would end an
// address or start parameters in a mailto: URL (`?`, `&`, `=`, `%`, `/`, `,`, `;`), and a
// label holds no dot, so the pattern cannot backtrack: it is linear.
const NOT_IN_EMAIL = '\\s@<>()[\\]\\\\,;:"?&=%/';
const EMAIL = new RegExp(`^[^${NOT_IN_EMAIL}]+@(?:[^${NOT_IN_EMAIL}.]+\\.)+[^${NOT_IN_EMAIL}.]+$`);

/**
 * A plain email address: at most 254 characters, nothing but the address (no mailto:
 * parameters such as `?bcc=`), so it is safe to put in a mailto: URL as it is.
 */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** A plain email address (see isEmailAddress), trimmed, with a leading "mailto:" dropped; or undefined. */
export function safeEmail(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH + 20) return undefined;
  const trimmed = value.trim().replace(/^mailto:/i, '');
  return isEmailAddress(trimmed) ? trimmed : undefined;
}

/** A `tel:` href for a UK or international phone number, or undefined if it has too few digits. */
export function telHref(number: unknown): string | undefined {
  if (typeof number !== 'string' && typeof number !== 'number') return undefined;
  const text = String(number).trim();
  if (text.length > 100) return undefined;
  const plus = text.startsWith('+') ? '+' : '';
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return `tel:${plus}${digits}`;
}
