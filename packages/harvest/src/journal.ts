/**
 * What a harvest has read so far, kept in the output folder as it goes, one JSON line per
 * answer: the dialect of each feed, each page of services, each service's detail and the
 * feed's vocabularies. A
 * harvest stopped by Ctrl-C or a crash, run again with the same arguments, reads this
 * back and asks for nothing it already has. A finished harvest deletes it.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Dialect, Service, Vocabulary } from '@signpost/core';

export const JOURNAL_FILE = '.signpost-harvest-state.jsonl';
/**
 * An unfinished harvest older than this is started afresh rather than resumed: resuming is
 * for running again soon after a stop, not for mixing tonight's pages with last night's.
 */
export const RESUME_WITHIN_MS = 12 * 3600_000;

export interface PageRecord {
  page: number;
  /** What the envelope said, as core read it. */
  totalPages: number;
  isLast: boolean;
  total: number;
  services: Service[];
  diagnostics: Diagnostic[];
}

export interface DetailRecord {
  id: string;
  /** Absent when the feed lists the service but has no detail for it (404). */
  service?: Service;
  diagnostics: Diagnostic[];
}

type Entry =
  | { kind: 'start'; startedAt: string }
  | { kind: 'dialect'; feed: string; dialect: Dialect }
  | ({ kind: 'page'; feed: string } & PageRecord)
  | ({ kind: 'detail'; feed: string } & DetailRecord)
  | { kind: 'vocabularies'; feed: string; vocabularies: Vocabulary[] };

/** What the journal holds for one feed. */
export interface FeedProgress {
  dialect?: Dialect;
  pages: Map<number, PageRecord>;
  details: Map<string, DetailRecord>;
  /** The feed's vocabularies with their terms, once read ([] when it has none to give). */
  vocabularies?: Vocabulary[];
}

export class Journal {
  readonly path: string;
  /** When the harvest this journal belongs to began (ISO). */
  readonly startedAt: string;
  /** Whether an unfinished harvest was found and is being continued. */
  readonly resumed: boolean;
  readonly #feeds = new Map<string, FeedProgress>();

  private constructor(path: string, startedAt: string, resumed: boolean) {
    this.path = path;
    this.startedAt = startedAt;
    this.resumed = resumed;
  }

  /**
   * The journal in `outDir`: an unfinished harvest's (unless `fresh`, or too old), or a new one.
   * `note` is told why an old journal was set aside.
   */
  static open(outDir: string, options: { fresh?: boolean; now?: Date; note?: (text: string) => void } = {}): Journal {
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, JOURNAL_FILE);
    const now = options.now ?? new Date();
    if (existsSync(path) && !options.fresh) {
      const entries = readEntries(path);
      const start = entries[0];
      if (start?.kind === 'start' && now.getTime() - Date.parse(start.startedAt) < RESUME_WITHIN_MS) {
        const journal = new Journal(path, start.startedAt, true);
        for (const entry of entries.slice(1)) journal.#apply(entry);
        return journal;
      }
      options.note?.('An unfinished harvest in this folder is more than 12 hours old: starting afresh.');
    }
    const startedAt = now.toISOString();
    writeFileSync(path, `${JSON.stringify({ kind: 'start', startedAt } satisfies Entry)}\n`);
    return new Journal(path, startedAt, false);
  }

  /** What is already known about a feed (empty for a feed not yet started). */
  feed(key: string): FeedProgress {
    let progress = this.#feeds.get(key);
    if (!progress) {
      progress = { pages: new Map(), details: new Map() };
      this.#feeds.set(key, progress);
    }
    return progress;
  }

  dialect(feed: string, dialect: Dialect): void {
    this.#write({ kind: 'dialect', feed, dialect });
  }

  page(feed: string, record: PageRecord): void {
    this.#write({ kind: 'page', feed, ...record });
  }

  detail(feed: string, record: DetailRecord): void {
    this.#write({ kind: 'detail', feed, ...record });
  }

  vocabularies(feed: string, vocabularies: Vocabulary[]): void {
    this.#write({ kind: 'vocabularies', feed, vocabularies });
  }

  /** The harvest is done: nothing to resume. */
  finish(): void {
    rmSync(this.path, { force: true });
  }

  #write(entry: Entry): void {
    appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
    this.#apply(entry);
  }

  #apply(entry: Entry): void {
    if (entry.kind === 'start') return;
    const progress = this.feed(entry.feed);
    if (entry.kind === 'dialect') progress.dialect = entry.dialect;
    else if (entry.kind === 'vocabularies') progress.vocabularies = entry.vocabularies;
    else if (entry.kind === 'page') {
      const { kind: _kind, feed: _feed, ...record } = entry;
      progress.pages.set(record.page, record);
    } else {
      const { kind: _kind, feed: _feed, ...record } = entry;
      progress.details.set(record.id, record);
    }
  }
}

/** The entries of a journal file; a line cut short by a crash is left out. */
function readEntries(path: string): Entry[] {
  const out: Entry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as Entry);
    } catch {
      // the last line of a journal written when the process died
    }
  }
  return out;
}
