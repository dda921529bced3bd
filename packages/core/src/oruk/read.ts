/**
 * Small tolerant readers for untrusted JSON, shared by the dialect parsers. Each reads
 * one key of an object, accepts the forms live feeds send (numbers written as strings,
 * ids as numbers, null or "" for "not given"), and records a Diagnostic when a value is
 * present but unusable. Absent values (missing, null, "") are not worth a diagnostic.
 */
import type { Diagnostic } from '../model.js';
import { capText, wellFormed } from '../text.js';

import { isObject, type JsonObject } from './json.js';

export { isObject, type JsonObject };

/** `a.b` for a key under a path; `b` at the top. */
export function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** `a[3]` for an index under a path. */
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** Missing, null and blank strings all mean "not given". */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !/\S/.test(value));
}

/** A value as a diagnostic shows it: short, quoted, never as markup. */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    // Diagnostics end up in consoles and reports: quote the value, but never as markup.
    const shown = (value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(/</g, '\\u003c');
    return `"${shown}"`;
  }
  return String(value); // numbers and booleans; strings are the quoted ones
}

/** Record that a present value was dropped. */
export function drop(diags: Diagnostic[], path: string, why: string, value?: unknown): void {
  diags.push({ path, message: value === undefined ? why : `${why} (got ${shown(value)})` });
}

/**
 * The longest token read: an id, email, web address, phone number, date, time or code.
 * A longer value is dropped before any pattern runs on it.
 */
export const MAX_TOKEN_LENGTH = 2048;

/** A string value, trimmed; numbers are written out. */
function stringOf(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  const value = o[key];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  drop(diags, at(path, key), 'expected text', value);
  return undefined;
}

/**
 * A non-blank token (see MAX_TOKEN_LENGTH), trimmed and well-formed; numbers are written
 * out. Anything else, or anything longer, is dropped.
 */
export function str(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  const text = stringOf(o, key, path, diags);
  if (text === undefined) return undefined;
  if (text.length <= MAX_TOKEN_LENGTH) return wellFormed(text);
  drop(diags, at(path, key), `too long to be a value here (${text.length} characters)`);
  return undefined;
}

/**
 * Free text (a name, a note, a description), trimmed and well-formed, at most `max`
 * characters: a longer text is cut at a safe point and ends with "…" (with a diagnostic).
 */
export function text(o: JsonObject, key: string, path: string, diags: Diagnostic[], max: number): string | undefined {
  const value = stringOf(o, key, path, diags);
  if (value === undefined) return undefined;
  if (value.length <= max) return wellFormed(value);
  diags.push({ path: at(path, key), message: `cut to ${max} characters (it had ${value.length})` });
  return wellFormed(capText(value, max));
}

// Identifiers are UUIDs, CURIEs ("esdNeeds:17"), slugs or numbers: never markup, quotes or control characters.
// eslint-disable-next-line no-control-regex
const NOT_IN_IDS = /[<>"'`\u0000-\u001f\u007f]/;
const MAX_ID_LENGTH = 256;

/**
 * An identifier from a non-blank string (without markup, quotes, control characters or
 * broken characters, which could not go into a URL) or a whole number.
 */
export function asId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text && text.length <= MAX_ID_LENGTH && !NOT_IN_IDS.test(text) && wellFormed(text) === text ? text : undefined;
}

/** An identifier (see `asId`), as a string. */
export function id(o: JsonObject, key: string, path: string, diags: Diagnostic[]): string | undefined {
  const value = o[key];
  if (isAbsent(value)) return undefined;
  const found = asId(value);
  if (found === undefined) drop(diags, at(path, key), 'not a usable identifier', value);
  return found;
}

/** A finite number; numeric strings ("12", " 3.5 ") are accepted. */
export function num(o: JsonObject, key: string, path: string, diags: Diagnostic[]): number | undefined {
  const value = o[key];
  if (isAbsent(value)) return undefined;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  drop(diags, at(path, key), 'expected a number', value);
  return undefined;
}

/** A boolean; "true"/"false" strings are accepted. */
export function bool(o: JsonObject, key: string, path: string, diags: Diagnostic[]): boolean | undefined {
  const value = o[key];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  drop(diags, at(path, key), 'expected true or false', value);
  return undefined;
}

/** A nested object, or undefined (with a diagnostic when something else was there). */
export function obj(o: JsonObject, key: string, path: string, diags: Diagnostic[]): JsonObject | undefined {
  const value = o[key];
  if (isAbsent(value)) return undefined;
  if (isObject(value)) return value;
  drop(diags, at(path, key), 'expected an object', value);
  return undefined;
}

/** A nested array; anything else becomes [] (with a diagnostic when something was there). */
export function arr(o: JsonObject, key: string, path: string, diags: Diagnostic[]): unknown[] {
  const value = o[key];
  if (isAbsent(value)) return [];
  if (Array.isArray(value)) return value;
  drop(diags, at(path, key), 'expected a list', value);
  return [];
}

/**
 * The objects of a nested array, each with its path; non-objects are dropped with a
 * diagnostic. The usual way to walk a child list.
 */
export function objects(o: JsonObject, key: string, path: string, diags: Diagnostic[]): Array<[JsonObject, string]> {
  const out: Array<[JsonObject, string]> = [];
  const listPath = at(path, key);
  arr(o, key, path, diags).forEach((item, i) => {
    if (isObject(item)) out.push([item, index(listPath, i)]);
    else if (!isAbsent(item)) drop(diags, index(listPath, i), 'expected an object', item);
  });
  return out;
}

const canonical = (text: string) => text.trim().toLowerCase().replace(/[-_\s]+/g, ' ');

/** One of a fixed set of values, matched ignoring case and "-", "_" or space differences ("Drop In" is "drop-in"). */
export function oneOf<T extends string>(
  o: JsonObject,
  key: string,
  allowed: readonly T[],
  path: string,
  diags: Diagnostic[],
): T | undefined {
  const text = str(o, key, path, diags);
  if (text === undefined) return undefined;
  const found = allowed.find((a) => canonical(a) === canonical(text));
  if (!found) drop(diags, at(path, key), `expected one of ${allowed.join(', ')}`, text);
  return found;
}

/** The first value that is defined. */
export function firstOf<T>(...values: Array<T | undefined>): T | undefined {
  return values.find((v) => v !== undefined);
}

/** Items with distinct keys, first one wins; items without a key are kept. */
export function dedupeBy<T>(items: T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (k === undefined) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The object without its undefined-valued keys, so absent fields are absent, not `undefined`. */
export function compact<T extends object>(o: T): T {
  for (const key of Object.keys(o) as Array<keyof T>) {
    if (o[key] === undefined) delete o[key];
  }
  return o;
}
