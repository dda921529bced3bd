/**
 * A reference receiver for reports sent from widgets: "this listing is wrong" and "I
 * couldn't find what I needed". Reports are validated, then appended (one JSON object a
 * line, fsync'd) to a file, and are idempotent on their `id`. For demos and tests: GET
 * /feedback shows everything stored, contact emails included.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
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
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The report, or a message saying what is wrong with it. */
export function validateReport(input: unknown): { report: FeedbackReport } | { error: string } {
  if (!isObject(input)) return { error: 'The body must be a JSON object.' };
  const r = input;
  if (typeof r.id !== 'string' || !ID.test(r.id)) {
    return { error: 'id is required: 8 to 128 letters, digits, "-", "_", "." or ":" (a UUID is ideal).' };
  }
  if (r.kind !== 'listing' && r.kind !== 'unmet-need') return { error: 'kind is required: "listing" or "unmet-need".' };
  if (typeof r.createdAt !== 'string' || !ISO_DATE_TIME.test(r.createdAt) || Number.isNaN(Date.parse(r.createdAt))) {
    return { error: 'createdAt is required: an ISO 8601 date and time such as 2026-11-20T10:15:00Z.' };
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
    report[key] = value;
  }
  return { report };
}

/** Append-only JSON-lines storage with an in-memory index of ids. */
export class FeedbackStore {
  readonly file: string;
  #items: StoredReport[] = [];
  readonly #ids = new Set<string>();

  constructor(file: string) {
    this.file = file;
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file)) writeFileSync(file, '');
    this.#load();
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Store a report; false when its id was already stored. Written and synced before returning. */
  add(report: FeedbackReport, now = new Date()): boolean {
    if (this.#ids.has(report.id)) return false;
    const stored: StoredReport = { ...report, receivedAt: now.toISOString() };
    const fd = openSync(this.file, 'a');
    try {
      writeSync(fd, `${JSON.stringify(stored)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.#ids.add(report.id);
    this.#items.push(stored);
    return true;
  }

  list(): StoredReport[] {
    return [...this.#items];
  }

  /** Empty the store (tests and demos only). */
  clear(): void {
    writeFileSync(this.file, '');
    this.#items = [];
    this.#ids.clear();
  }

  #load(): void {
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const item = JSON.parse(line) as StoredReport;
        if (typeof item?.id !== 'string' || this.#ids.has(item.id)) continue;
        this.#ids.add(item.id);
        this.#items.push(item);
      } catch {
        // A torn last line from a crash mid-write: skip it.
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
