/**
 * mailto: URLs (RFC 6068) that open a person's email app with a report written out:
 * recipients percent-encoded around their "@", subject and body percent-encoded (spaces
 * as %20, never "+"), line breaks as CRLF, and the whole URL kept short enough for the
 * email apps and operating systems that cut long ones off.
 */
import { wellFormed } from '../text.js';
import { isEmailAddress } from '../url.js';

export interface MailtoInput {
  /** One address or several; anything that is not a plain email address is left out. */
  to: string | readonly string[];
  subject?: string | undefined;
  body?: string | undefined;
  /** The longest URL to build (default 1900 characters); a longer body is shortened. */
  maxLength?: number | undefined;
  /** Added on its own line when the body had to be shortened. */
  shortenedNote?: string | undefined;
}

/** A mailto: URL, or undefined when there is no valid recipient. */
export function mailtoUrl(input: MailtoInput): string | undefined {
  const recipients = (typeof input.to === 'string' ? input.to.split(',') : [...input.to]).map((a) => a.trim()).filter(isEmailAddress);
  if (!recipients.length) return undefined;
  const to = recipients.map(encodeAddress).join(',');
  const max = input.maxLength ?? 1900;
  const build = (body: string | undefined) => {
    const fields: string[] = [];
    if (input.subject) fields.push(`subject=${encodeField(input.subject)}`);
    if (body) fields.push(`body=${encodeField(body)}`);
    return `mailto:${to}${fields.length ? `?${fields.join('&')}` : ''}`;
  };
  let body = input.body;
  let url = build(body);
  if (url.length <= max || !body) return url;
  const note = input.shortenedNote ? `\n\n${input.shortenedNote}` : '';
  let keep = body.length;
  while (url.length > max && keep > 0) {
    keep = Math.max(0, Math.floor((keep * max) / url.length) - 8);
    body = `${cutAt(input.body!, keep).trimEnd()}…${note}`;
    url = build(body);
  }
  return url.length <= max ? url : build(undefined);
}

// Text is made well-formed first: encodeURIComponent throws on a lone surrogate.
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${encodeURIComponent(wellFormed(address.slice(0, at)))}@${encodeURIComponent(wellFormed(address.slice(at + 1)))}`;
}

function encodeField(value: string): string {
  return encodeURIComponent(wellFormed(value).replace(/\r\n?|\n/g, '\r\n'));
}

/** The first `n` UTF-16 units of a string without splitting a surrogate pair. */
function cutAt(text: string, n: number): string {
  if (n >= text.length) return text;
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
