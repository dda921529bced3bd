/**
 * Reading one feed whole: its dialect (core's detection), every page of its service list
 * (core's adapter builds each request and reads each answer), and each service's detail
 * where the list leaves out what the snapshot needs, then its vocabularies (for the need
 * filters, through core's client). Two requests at most in flight, each
 * answer written to the journal as it comes, so a stopped harvest resumes where it was.
 */
import {
  OrukClient,
  SignpostError,
  adapterFor,
  detectDialect,
  isAbortError,
  type DialectAdapter,
  type Diagnostic,
  type Dialect,
  type OrukRequest,
  type Service,
  type Vocabulary,
} from '@signpost/core';
import { getJson } from './get-json.js';
import type { DetailRecord, Journal, PageRecord } from './journal.js';
import { Polite, type PoliteOptions, type PoliteStats } from './polite.js';

export interface FeedSpec {
  endpoint: string;
  /** The directory's name in words, e.g. "Sheffield Family Information Service". */
  directory?: string;
}

/** When to ask for each service's detail (`/services/{id}`). */
export type DetailMode = 'auto' | 'always' | 'never';

export interface FeedOptions {
  perPage: number;
  details: DetailMode;
  /** Pages read at most, in case a server never says it has reached the last. */
  maxPages: number;
  polite: PoliteOptions;
  signal?: AbortSignal;
  onProgress?: (progress: FeedProgressInfo) => void;
}

export interface FeedProgressInfo {
  pagesDone: number;
  pagesTotal: number;
  detailsDone: number;
  detailsTotal: number;
  records: number;
}

export interface FeedResult {
  /** The endpoint as given, tidied: no trailing slash or /services. */
  endpoint: string;
  directory?: string;
  dialect?: Dialect;
  /** Every listing, in the feed's order, each replaced by its detail where that was read. */
  services: Service[];
  /** The feed's vocabularies with their terms ([] when it has none to give). */
  vocabularies: Vocabulary[];
  /** What core dropped or doubted while reading (a detail's replace its list entry's). */
  diagnostics: Diagnostic[];
  /** Things about the feed itself worth telling its manager. */
  notes: string[];
  pages: number;
  details: number;
  /** Pages and details read by an earlier, interrupted run. */
  resumed: { pages: number; details: number };
  stats: PoliteStats;
  seconds: number;
  /** Why the feed could not be read (whole), in words; absent when it was. */
  error?: string;
  /** The harvest was stopped before this feed was finished. */
  interrupted?: boolean;
}

/** A diagnostic together with the id of the listing it is about, when it is about one. */
interface Attributed extends Diagnostic {
  serviceId?: string;
}

/** The endpoint as core's client tidies it: no trailing slash, no /services. */
export function tidyEndpoint(endpoint: string): string {
  return endpoint.trim().replace(/\/+$/, '').replace(/\/services$/, '');
}

function urlOf(endpoint: string, request: OrukRequest): string {
  const qs = request.params.toString();
  return `${endpoint}${request.path}${qs ? `?${qs}` : ''}`;
}

/** The parts of a service that a list may leave for the detail. */
const ASPECTS: Record<string, (s: Service) => boolean> = {
  locations: (s) => s.locations.length > 0,
  schedules: (s) => s.schedules.length > 0,
  contacts: (s) => s.contacts.length > 0 || s.phones.length > 0 || s.email !== undefined,
  terms: (s) => s.terms.length > 0,
};

/** What no service on the first page has: what the list pages leave out. */
function omittedByList(firstPage: Service[]): string[] {
  if (!firstPage.length) return [];
  return Object.entries(ASPECTS)
    .filter(([, has]) => !firstPage.some(has))
    .map(([name]) => name);
}

function lacksEverything(service: Service): boolean {
  return Object.values(ASPECTS).every((has) => !has(service));
}

/**
 * Page diagnostics carry the list item's position ("content[7].url"); tie each to that
 * item's id, so that one whose detail is read can be replaced by the detail's.
 */
function attribute(json: unknown, diagnostics: Diagnostic[]): Attributed[] {
  return diagnostics.map((d) => {
    const m = /^(\w+)\[(\d+)\]/.exec(d.path);
    const list = m && typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[m[1]!] : undefined;
    const item = Array.isArray(list) ? (list[Number(m![2])] as { id?: unknown } | undefined) : undefined;
    const id = item?.id;
    return typeof id === 'string' || typeof id === 'number' ? { ...d, serviceId: String(id).trim() } : d;
  });
}

export async function harvestFeed(spec: FeedSpec, journal: Journal, options: FeedOptions): Promise<FeedResult> {
  const started = performance.now();
  const endpoint = tidyEndpoint(spec.endpoint);
  const key = `${endpoint} per_page=${options.perPage}`;
  const known = journal.feed(key);
  const polite = new Polite(options.polite);
  const signal = options.signal;
  const notes: string[] = [];
  const resumed = { pages: known.pages.size, details: known.details.size };
  const result = (fields: Partial<FeedResult>): FeedResult => ({
    endpoint,
    ...(spec.directory ? { directory: spec.directory } : {}),
    ...(known.dialect ? { dialect: known.dialect } : {}),
    services: [],
    vocabularies: [],
    diagnostics: [],
    notes,
    pages: known.pages.size,
    details: known.details.size,
    resumed,
    stats: polite.stats,
    seconds: (performance.now() - started) / 1000,
    ...fields,
  });

  let adapter: DialectAdapter;
  try {
    if (!known.dialect) {
      const detected = await detectDialect(endpoint, (url, s) => getJson(polite, url, s ?? signal), signal);
      journal.dialect(key, detected.dialect);
    }
    adapter = adapterFor(known.dialect!);
  } catch (error) {
    return result(stopped(error, endpoint, signal));
  }

  const queued = new Set<string>();
  const tasks: Task[] = [];
  let pagesPlanned = 1;
  let detailsPending = 0;
  let wantDetail: (s: Service) => boolean = () => false;
  const progress = () =>
    options.onProgress?.({
      pagesDone: known.pages.size,
      pagesTotal: Math.max(pagesPlanned, known.pages.size),
      detailsDone: known.details.size,
      detailsTotal: known.details.size + detailsPending,
      records: [...known.pages.values()].reduce((n, p) => n + p.services.length, 0),
    });

  const queuePage = (page: number) => {
    if (page > options.maxPages || known.pages.has(page) || queued.has(`page:${page}`)) return;
    queued.add(`page:${page}`);
    tasks.push({ page, run: () => readPage(page) });
  };
  const queueDetails = (record: PageRecord) => {
    for (const service of record.services) {
      if (!wantDetail(service) || known.details.has(service.id) || queued.has(`detail:${service.id}`)) continue;
      queued.add(`detail:${service.id}`);
      detailsPending += 1;
      tasks.push({ run: () => readDetail(service.id) });
    }
  };
  /** A page is in: plan the pages it tells of, and the details it needs. */
  const planFrom = (record: PageRecord) => {
    const last = Math.min(options.maxPages, record.isLast ? record.page : Math.max(record.totalPages, record.page + 1));
    if (record.services.length === 0 && !record.isLast && record.page > 1) {
      // The list has ended, whatever the envelope says: ask for no page after this one.
      notes.push(`Page ${record.page} was empty but did not say it was the last.`);
      for (let i = tasks.length - 1; i >= 0; i -= 1) if ((tasks[i]!.page ?? 0) > record.page) tasks.splice(i, 1);
      pagesPlanned = record.page;
    } else if (last > pagesPlanned) {
      for (let page = pagesPlanned + 1; page <= last; page += 1) queuePage(page);
      pagesPlanned = last;
    }
    queueDetails(record);
  };

  const readPage = async (page: number) => {
    const query = { page, perPage: options.perPage };
    const url = urlOf(endpoint, adapter.searchRequest(query));
    const json = await getJson(polite, url, signal);
    const parsed = adapter.parseSearch(json, query, url, { keepRepeats: true });
    const record: PageRecord = {
      page,
      totalPages: parsed.totalPages,
      isLast: parsed.isLast,
      total: parsed.total,
      services: parsed.items,
      diagnostics: attribute(json, parsed.diagnostics),
    };
    journal.page(key, record);
    planFrom(record);
    progress();
  };

  const readDetail = async (id: string) => {
    const url = urlOf(endpoint, adapter.serviceRequest(id));
    let record: DetailRecord;
    try {
      const json = await getJson(polite, url, signal);
      const parsed = adapter.parseService(json, url);
      record = { id, service: parsed.value, diagnostics: parsed.diagnostics.map((d) => ({ ...d, serviceId: id })) };
    } catch (error) {
      // A listing without a readable detail is still a listing; a server that keeps failing is another matter.
      if (!(error instanceof SignpostError && (error.kind === 'not-found' || error.kind === 'not-oruk'))) throw error;
      const why = error.kind === 'not-found' ? 'answers 404' : 'is not a service';
      record = { id, diagnostics: [{ path: `services/${id}`, message: `listed, but its detail ${why}; the list entry is kept` }] };
    }
    journal.detail(key, record);
    detailsPending -= 1;
    progress();
  };

  let omittedAll = false;
  try {
    if (!known.pages.has(1)) await readPage(1);
    const omitted = omittedByList(known.pages.get(1)!.services);
    omittedAll = options.details === 'auto' && omitted.length > 0;
    wantDetail = options.details === 'always' || omittedAll ? () => true : options.details === 'auto' ? lacksEverything : () => false;
    if (omittedAll) notes.push(`The list pages leave out ${omitted.join(', ')}: each service's detail was asked for.`);
    for (const page of [...known.pages.keys()].sort((a, b) => a - b)) planFrom(known.pages.get(page)!);
    progress();
    await runTasks(tasks, 2, signal);
  } catch (error) {
    return result(stopped(error, endpoint, signal));
  }

  if (!known.vocabularies) {
    try {
      journal.vocabularies(key, await readVocabularies(endpoint, known.dialect!, polite, signal));
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) return result(stopped(error, endpoint, signal));
      journal.vocabularies(key, []);
      const why = error instanceof Error ? error.message : String(error);
      notes.push(`Its vocabularies could not be read (${why.replace(/\.$/, '')}): the need filters come from the terms its services carry.`);
    }
  }

  const pages = [...known.pages.values()].sort((a, b) => a.page - b.page);
  const detailed = (id: string) => known.details.get(id)?.service !== undefined;
  const services = pages.flatMap((p) => p.services.map((s) => known.details.get(s.id)?.service ?? s));
  const diagnostics: Attributed[] = [
    ...pages.flatMap((p) => (p.diagnostics as Attributed[]).filter((d) => !(d.serviceId && detailed(d.serviceId)))),
    ...[...known.details.values()].flatMap((d) => d.diagnostics),
  ];
  const perPage = pages.find((p) => !p.isLast)?.services.length;
  if (perPage !== undefined && perPage < options.perPage) {
    notes.push(`The server sends at most ${perPage} services a page (${options.perPage} were asked for).`);
  }
  if (options.details === 'auto' && !omittedAll && known.details.size) {
    notes.push(`${known.details.size} services were listed with no place, times, contacts or terms: their detail was asked for.`);
  }
  return result({
    services,
    vocabularies: known.vocabularies ?? [],
    diagnostics: diagnostics.map(({ serviceId: _id, ...d }) => d),
    pages: pages.length,
    details: known.details.size,
    seconds: (performance.now() - started) / 1000,
  });
}

/**
 * The feed's vocabularies with their terms, as core's client reads them for the finder's
 * need filters, its requests going through the same polite client.
 */
function readVocabularies(endpoint: string, dialect: Dialect, polite: Polite, signal?: AbortSignal): Promise<Vocabulary[]> {
  const client = new OrukClient({
    endpoint,
    dialect,
    fetch: (url, init) => polite.get(url, init?.signal ?? undefined),
    // The polite client times each try; this only bounds the whole (waits for Retry-After included).
    timeoutMs: 3_600_000,
  });
  return client.vocabularies({ ...(signal ? { signal } : {}) });
}

/** A request to make: a list page (with its number) or a service's detail. */
interface Task {
  page?: number;
  run: () => Promise<void>;
}

/** Run tasks (which may add more, or take back ones not started) with at most `concurrency` at once; the first failure stops new starts. */
async function runTasks(tasks: Task[], concurrency: number, signal?: AbortSignal): Promise<void> {
  let failure: unknown;
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (active < concurrency && tasks.length && failure === undefined && !signal?.aborted) {
        const task = tasks.shift()!;
        active += 1;
        task.run().then(
          () => {
            active -= 1;
            pump();
          },
          (error: unknown) => {
            active -= 1;
            failure ??= error;
            pump();
          },
        );
      }
      if (active === 0) resolve();
    };
    pump();
  });
  if (failure !== undefined) throw failure;
  if (signal?.aborted) throw new SignpostError('aborted', '', 'The harvest was stopped.');
}

/** Why reading a feed ended early: the harvest was stopped, or the feed failed. */
function stopped(error: unknown, endpoint: string, signal?: AbortSignal): Pick<FeedResult, 'error' | 'interrupted'> {
  return { ...failure(error, endpoint), ...(isAbortError(error) || signal?.aborted ? { interrupted: true } : {}) };
}

/** A feed that could not be read, in words a directory manager can act on. */
function failure(error: unknown, endpoint: string): Pick<FeedResult, 'error'> {
  if (error instanceof SignpostError) {
    if (error.kind === 'not-oruk') {
      const why = error.message.replace(/^.*?: /, '').replace(/\.$/, '');
      return { error: `${endpoint} does not look like an Open Referral UK API: ${why}.` };
    }
    if (error.kind === 'aborted') return { error: 'The harvest was stopped before this feed was read.' };
    return { error: error.message };
  }
  return { error: `Reading ${endpoint} failed: ${error instanceof Error ? error.message : String(error)}` };
}
