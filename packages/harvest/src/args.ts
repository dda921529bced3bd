/** The harvester's command line: its help text and what its arguments mean. */
import { parseArgs } from 'node:util';
import { tidyEndpoint, type DetailMode, type FeedSpec } from './feed.js';
import { PAGES_ARGS, PAGES_HELP, type PagesArgs } from './pages/options.js';

export const HELP = `Usage: signpost-harvest --endpoint URL [--directory-name NAME] [--endpoint URL ...] --out DIR [options]

Reads Open Referral UK feeds (v1, v3 and Outpost-style v1), merges the services they
share, and writes a snapshot (for <signpost-finder snapshot="...">) and a feed health
report (report.html, report.json) into DIR.

  --endpoint URL          An ORUK API's base address, e.g. https://api.example.gov.uk/oruk
                          (repeat for each feed; the feed named first gives merged
                          services their ids)
  --directory-name NAME   The feed just named, in words, e.g. "Family Information Service"
  --out DIR               Where to write the snapshot and the report
  --max-rps N             Requests started per second per feed, at most (default 2;
                          0.1 is one every ten seconds). At most 2 are ever in flight.
  --per-page N            Services asked for per page (default 100)
  --details WHEN          When to ask for each service's detail (/services/{id}):
                          auto (default: when the list pages leave things out), always, never
  --timeout SECONDS       Time allowed for one answer (default 30)
  --retries N             Tries after the first for a 429, a 5xx, a timeout or a dropped
                          connection (default 5); a Retry-After is honoured
  --max-wait SECONDS      The longest Retry-After to wait for before giving up (default 900)
  --resume                Carry on an unfinished harvest in DIR (what happens anyway)
  --fresh                 Start again, even if an unfinished harvest is in DIR
  --allow-partial         Write the snapshot even when some feeds could not be read
  -h, --help              Show this help

${PAGES_HELP}

Stopped with Ctrl-C, or crashed? Run the same command again within 12 hours: it carries
on where it stopped, asking for nothing it already has.

Exit status: 0 done; 1 nothing usable was read; 2 some feeds could not be read (the
snapshot was not written unless --allow-partial); 64 the command was wrong; 130 stopped.`;

export class UsageError extends Error {}

export interface CliOptions {
  feeds: FeedSpec[];
  outDir: string;
  maxRps: number;
  perPage: number;
  details: DetailMode;
  timeoutMs: number;
  retries: number;
  maxWaitMs: number;
  fresh: boolean;
  allowPartial: boolean;
  /** The static pages' options as given (read and checked by pagesFromArgs). */
  pages: PagesArgs;
}

function number(name: string, raw: string | undefined, fallback: number, check: (n: number) => boolean, what: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!raw.trim() || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${what} (got "${raw}").`);
  return n;
}

function endpoint(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(`--endpoint "${raw}" is not a web address; give the feed's full address, e.g. https://api.example.gov.uk/oruk`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--endpoint "${raw}" must start with https:// or http://`);
  return raw.trim();
}

export function parseCommandLine(argv: string[]): CliOptions | 'help' {
  const { values, tokens } = parseArgs({
    args: argv,
    tokens: true,
    strict: true,
    options: {
      endpoint: { type: 'string', multiple: true },
      'directory-name': { type: 'string', multiple: true },
      out: { type: 'string' },
      'max-rps': { type: 'string' },
      'per-page': { type: 'string' },
      details: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'max-wait': { type: 'string' },
      resume: { type: 'boolean' },
      fresh: { type: 'boolean' },
      'allow-partial': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...PAGES_ARGS,
    },
  });
  if (values.help) return 'help';
  // A --directory-name names the --endpoint before it.
  const feeds: FeedSpec[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'endpoint') feeds.push({ endpoint: endpoint(token.value) });
    if (token.name === 'directory-name') {
      const last = feeds.at(-1);
      if (!last) throw new UsageError('--directory-name names the --endpoint before it: put it after one.');
      if (last.directory) throw new UsageError(`--endpoint ${last.endpoint} has two --directory-name values.`);
      if (token.value.trim()) last.directory = token.value.trim();
    }
  }
  if (!feeds.length) throw new UsageError('Name at least one feed with --endpoint URL.');
  const tidied = feeds.map((f) => tidyEndpoint(f.endpoint));
  const twice = tidied.find((e, i) => tidied.indexOf(e) !== i);
  if (twice) throw new UsageError(`--endpoint ${twice} is named twice.`);
  if (values.resume && values.fresh) throw new UsageError('--resume carries on an unfinished harvest and --fresh starts again: choose one.');
  if (!values.out?.trim()) throw new UsageError('Say where to write the snapshot with --out DIR.');
  const details = values.details ?? 'auto';
  if (details !== 'auto' && details !== 'always' && details !== 'never') throw new UsageError(`--details must be auto, always or never (got "${details}").`);
  return {
    feeds,
    outDir: values.out.trim(),
    maxRps: number('max-rps', values['max-rps'], 2, (n) => n > 0 && n <= 100, 'a number above 0 and at most 100'),
    perPage: number('per-page', values['per-page'], 100, (n) => Number.isInteger(n) && n >= 1 && n <= 1000, 'a whole number from 1 to 1000'),
    details,
    timeoutMs: number('timeout', values.timeout, 30, (n) => n > 0, 'a number of seconds above 0') * 1000,
    retries: number('retries', values.retries, 5, (n) => Number.isInteger(n) && n >= 0 && n <= 20, 'a whole number from 0 to 20'),
    maxWaitMs: number('max-wait', values['max-wait'], 900, (n) => n >= 0, 'a number of seconds') * 1000,
    fresh: values.fresh ?? false,
    allowPartial: values['allow-partial'] ?? false,
    pages: Object.fromEntries(Object.keys(PAGES_ARGS).flatMap((name) => (values[name as keyof PagesArgs] === undefined ? [] : [[name, values[name as keyof PagesArgs]]]))),
  };
}
