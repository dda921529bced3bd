/**
 * A reference receiver for reports sent from widgets: "this listing is wrong" and "I
 * couldn't find what I needed". Reports are validated, then appended (one JSON object a
 * line, fsync'd) to a file, and are idempotent on their `id`.
 *
 * Bounded: a file that reaches `maxFileBytes` is rotated (feedback.jsonl -> feedback.jsonl.1
 * -> .2 ...); when `maxRotatedFiles` are full the store refuses more (507) rather than drop
 * what it holds. A file too large to be one of ours, or with damaged lines, does not stop
 * the server starting: an oversized file is moved aside unread, damaged lines are skipped.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export const FEEDBACK_BODY_LIMIT = 64 * 1024;
export const MESSAGE_LIMIT = 5000;

export interface FeedbackReport {
  id: string;
  kind: 'listing' | 'unmet-need';
  reason?: string;
  message?: string;
  contact?: { email?: string; consent: boolean };
  service?: { id: string; name?: string };
  endpoint?: string;
  page?: string;
  query?: Record<string, unknown>;
  filters?: Record<string, unknown>;
  createdAt: string;
  widgetVersion?: string;
}

export interface StoredReport extends FeedbackReport {
  receivedAt: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
// Linear: labels after the "@" hold no dot, so nothing can be matched two ways.
const EMAIL = /^[^\s@<>()",;]+@(?:[^\s@<>()",;.]+\.)+[^\s@<>()",;.]+$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** How deep `query` and `filters` may nest (the widget sends two levels). */
const MAX_NESTING = 5;
/** The earliest report date believed: before Signpost existed. */
const EARLIEST = Date.UTC(2020, 0, 1);
/** How far ahead of the server's clock a report's date may be (a phone's clock can be fast). */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** A real date and time (no 31 February), from 2020 to a day from now. */
function isPlausibleDateTime(text: string, now = Date.now()): boolean {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hours, minutes, seconds = '0'] = m.slice(1).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return false;
  if (hours! > 23 || minutes! > 59 || Number(seconds) > 59) return false;
  const time = Date.parse(text);
  return Number.isFinite(time) && time >= EARLIEST && time <= now + CLOCK_SKEW_MS;
}

/** Whether a JSON value nests deeper than `max` objects or arrays. */
function tooDeep(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (max <= 0) return true;
  return Object.values(value).some((v) => tooDeep(v, max - 1));
}

/** The report, or a message saying what is wrong with it. */
export function validateReport(input: unknown): { report: FeedbackReport } | { error: string } {
  if (!isObject(input)) return { error: 'The body must be a JSON object.' };
  const r = input;
  if (typeof r.id !== 'string' || !ID.test(r.id)) {
    return { error: 'id is required: 8 to 128 letters, digits, "-", "_", "." or ":" (a UUID is ideal).' };
  }
  if (r.kind !== 'listing' && r.kind !== 'unmet-need') return { error: 'kind is required: "listing" or "unmet-need".' };
  if (typeof r.createdAt !== 'string' || !isPlausibleDateTime(r.createdAt)) {
    return { error: 'createdAt is required: a real ISO 8601 date and time, not in the future, such as 2026-11-20T10:15:00Z.' };
  }
  const report: FeedbackReport = { id: r.id, kind: r.kind, createdAt: r.createdAt };
  for (const [key, max] of [['reason', 200], ['message', MESSAGE_LIMIT], ['endpoint', 2048], ['page', 2048], ['widgetVersion', 64]] as const) {
    const value = r[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { error: `${key} must be a string.` };
    if (value.length > max) return { error: `${key} must be at most ${max} characters.` };
    report[key] = value;
  }
  if (r.contact !== undefined && r.contact !== null) {
    if (!isObject(r.contact)) return { error: 'contact must be an object.' };
    if (typeof r.contact.consent !== 'boolean') return { error: 'contact.consent is required and must be true or false.' };
    const email = r.contact.email;
    if (email !== undefined && email !== null && email !== '') {
      if (typeof email !== 'string' || email.length > 254 || !EMAIL.test(email)) return { error: 'contact.email must be an email address.' };
      // Without consent the address is not kept.
      report.contact = r.contact.consent ? { email, consent: true } : { consent: false };
    } else {
      report.contact = { consent: r.contact.consent };
    }
  }
  if (r.service !== undefined && r.service !== null) {
    if (!isObject(r.service) || typeof r.service.id !== 'string' || !r.service.id) {
      return { error: 'service must be an object with a string id.' };
    }
    if (r.service.name !== undefined && typeof r.service.name !== 'string') return { error: 'service.name must be a string.' };
    report.service = { id: r.service.id, ...(typeof r.service.name === 'string' ? { name: r.service.name } : {}) };
  }
  for (const key of ['query', 'filters'] as const) {
    const value = r[key];
    if (value === undefined || value === null) continue;
    if (!isObject(value)) return { error: `${key} must be an object.` };
    if (tooDeep(value, MAX_NESTING)) return { error: `${key} must nest at most ${MAX_NESTING} levels deep.` };
    report[key] = value;
  }
  return { report };
}

export interface FeedbackLimits {
  /** A feedback file is rotated when a report would take it past this size (default 5 MB). */
  maxFileBytes: number;
  /** Rotated files kept (default 3); when they are all full the store refuses reports (507). */
  maxRotatedFiles: number;
}

export const DEFAULT_FEEDBACK_LIMITS: FeedbackLimits = { maxFileBytes: 5_000_000, maxRotatedFiles: 3 };

/** The store is full: every rotated file is. Nothing is dropped to make room. */
export class StoreFullError extends Error {
  constructor() {
    super('The feedback store is full.');
    this.name = 'StoreFullError';
  }
}

/** Append-only JSON-lines storage, rotated and bounded, with an in-memory index of ids. */
export class FeedbackStore {
  readonly file: string;
  readonly limits: FeedbackLimits;
  #items: StoredReport[] = [];
  readonly #ids = new Set<string>();
  #size = 0;
  readonly #warn: (message: string) => void;

  constructor(file: string, limits: Partial<FeedbackLimits> = {}, warn: (message: string) => void = (m) => console.warn(`[sample-api] ${m}`)) {
    this.file = file;
    this.limits = { ...DEFAULT_FEEDBACK_LIMITS, ...limits };
    this.#warn = warn;
    mkdirSync(dirname(file), { recursive: true });
    for (let n = this.limits.maxRotatedFiles; n >= 1; n -= 1) this.#load(this.#rotated(n));
    this.#load(file);
    if (!existsSync(file)) writeFileSync(file, '');
    this.#size = statSync(file).size;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /**
   * Store a report; false when its id was already stored. Written and synced before
   * returning. Throws StoreFullError when every file is full.
   */
  add(report: FeedbackReport, now = new Date()): boolean {
    if (this.#ids.has(report.id)) return false;
    const stored: StoredReport = { ...report, receivedAt: now.toISOString() };
    const line = `${JSON.stringify(stored)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.#size > 0 && this.#size + bytes > this.limits.maxFileBytes) this.#rotate();
    const fd = openSync(this.file, 'a');
    try {
      writeSync(fd, line);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.#size += bytes;
    this.#ids.add(report.id);
    this.#items.push(stored);
    return true;
  }

  list(): StoredReport[] {
    return [...this.#items];
  }

  /** Empty the store, rotated files included (tests and demos only). */
  clear(): void {
    for (let n = 1; n <= this.limits.maxRotatedFiles; n += 1) rmSync(this.#rotated(n), { force: true });
    writeFileSync(this.file, '');
    this.#items = [];
    this.#ids.clear();
    this.#size = 0;
  }

  #rotated(n: number): string {
    return `${this.file}.${n}`;
  }

  /** feedback.jsonl -> .1 -> .2 ...; refuses (StoreFullError) when the last slot is taken. */
  #rotate(): void {
    const last = this.limits.maxRotatedFiles;
    if (last < 1 || existsSync(this.#rotated(last))) throw new StoreFullError();
    for (let n = last - 1; n >= 1; n -= 1) {
      if (existsSync(this.#rotated(n))) renameSync(this.#rotated(n), this.#rotated(n + 1));
    }
    renameSync(this.file, this.#rotated(1));
    writeFileSync(this.file, '');
    this.#size = 0;
  }

  #load(file: string): void {
    if (!existsSync(file)) return;
    const size = statSync(file).size;
    if (size > this.limits.maxFileBytes + FEEDBACK_BODY_LIMIT) {
      // Not a file this store wrote: keep it, unread, out of the way.
      const aside = `${file}.oversize-${Date.now()}`;
      renameSync(file, aside);
      this.#warn(`${file} is ${size} bytes, more than a feedback file may hold: moved to ${aside} unread.`);
      return;
    }
    let damaged = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const item = JSON.parse(line) as StoredReport;
        if (!isObject(item) || typeof item.id !== 'string') throw new TypeError('not a report');
        if (this.#ids.has(item.id)) continue;
        this.#ids.add(item.id);
        this.#items.push(item);
      } catch {
        damaged += 1; // a torn last line from a crash mid-write, or damage: skip it
      }
    }
    if (damaged) this.#warn(`${file}: skipped ${damaged} damaged ${damaged === 1 ? 'line' : 'lines'}.`);
  }
}

/** Reports accepted from one client in a minute (default 30). */
export const DEFAULT_REPORTS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const MAX_CLIENTS = 10_000;

/** A fixed-window count of reports per client; the seconds to wait when over. */
export class ClientRateLimit {
  readonly perMinute: number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(perMinute = DEFAULT_REPORTS_PER_MINUTE) {
    this.perMinute = perMinute;
  }

  /** Count a report from `client`: undefined when allowed, else the seconds until it may try again. */
  take(client: string, now = Date.now()): number | undefined {
    let window = this.#windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.#windows.size >= MAX_CLIENTS) this.#prune(now);
      window = { start: now, count: 0 };
      this.#windows.set(client, window);
    }
    if (window.count >= this.perMinute) return Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    window.count += 1;
    return undefined;
  }

  #prune(now: number): void {
    for (const [client, window] of this.#windows) if (now - window.start >= WINDOW_MS) this.#windows.delete(client);
    // Still full (a flood from many addresses): forget the oldest half.
    if (this.#windows.size >= MAX_CLIENTS) [...this.#windows.keys()].slice(0, MAX_CLIENTS / 2).forEach((k) => this.#windows.delete(k));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
