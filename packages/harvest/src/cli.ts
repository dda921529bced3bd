#!/usr/bin/env node
/**
 * signpost-harvest (npm run harvest --): read ORUK feeds, merge them, write the snapshot and
 * the feed health report. The options are in args.ts (or run with --help).
 */
import { isAbsolute, relative } from 'node:path';
import { HELP, UsageError, parseCommandLine, type CliOptions } from './args.js';
import { harvest, type HarvestOptions, type HarvestOutcome } from './harvest.js';
import { pagesFromArgs } from './pages/options.js';
import { terminalProgress } from './progress.js';

/** A path as typed would show it: relative when inside the working folder. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function closing(outcome: HarvestOutcome, options: CliOptions): { code: number; lines: string[] } {
  const failed = outcome.feeds.filter((f) => f.error && !f.interrupted);
  const records = outcome.feeds.reduce((n, f) => n + f.services.length, 0);
  const merged = outcome.report.merge.merged;
  const report = outcome.written.filter((p) => p.endsWith('.html')).map(shown);
  const snapshot = outcome.snapshot;
  const wrote = [
    ...(snapshot ? [`Snapshot: ${snapshot.services} services, ${snapshot.files} files (${Math.round(snapshot.bytes / 1024)} KiB) in ${shown(snapshot.dir)}`] : []),
    ...(report.length ? [`Report: ${report.join(', ')} (and report.json)`] : []),
    ...(outcome.pages
      ? [`Pages: ${outcome.pages.pages} service pages, their index and ${outcome.pages.sitemaps === 1 ? 'sitemap.xml' : `sitemap.xml (an index of ${outcome.pages.sitemaps - 1} sitemaps)`} in ${shown(options.outDir)}`]
      : []),
  ];
  const why = failed.map((f) => `  ${f.directory ?? f.endpoint}: ${f.error}`);
  switch (outcome.status) {
    case 'interrupted':
      return { code: 130, lines: ['Stopped. What was read is kept: run the same command again to carry on.'] };
    case 'failed':
      return {
        code: 1,
        lines: [
          `Nothing usable was read, so no snapshot was written.`,
          ...(why.length ? why : ['  The feeds answered, but listed no services.']),
          ...wrote,
        ],
      };
    default: {
      const head = `Read ${outcome.feeds.length - failed.length} of ${outcome.feeds.length} feeds in ${outcome.seconds.toFixed(1)} s: ${records} records; ${outcome.services.length} services after merging (${merged} listed by more than one feed).`;
      if (outcome.status === 'partial' && !options.allowPartial) {
        return {
          code: 2,
          lines: [
            head,
            `${failed.length} ${failed.length === 1 ? 'feed' : 'feeds'} could not be read, so the snapshot was not written (--allow-partial writes it from the others):`,
            ...why,
            ...wrote,
          ],
        };
      }
      return { code: 0, lines: [head, ...(why.length ? ['Left out:', ...why] : []), ...wrote] };
    }
  }
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  let pages: HarvestOptions['pages'];
  try {
    const parsed = parseCommandLine(argv);
    if (parsed === 'help') {
      console.log(HELP);
      return 0;
    }
    options = parsed;
    pages = await pagesFromArgs(options.pages).catch((error: unknown) => {
      throw new UsageError((error as Error).message);
    });
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\nRun with --help to see how to use it.`);
      return 64;
    }
    throw error;
  }
  const stop = new AbortController();
  let stops = 0;
  process.on('SIGINT', () => {
    stops += 1;
    if (stops > 1) process.exit(130);
    console.error('\nStopping once the requests in flight have answered (Ctrl-C again to stop at once)...');
    stop.abort();
  });
  const outcome = await harvest({
    feeds: options.feeds,
    outDir: options.outDir,
    maxRps: options.maxRps,
    perPage: options.perPage,
    details: options.details,
    fresh: options.fresh,
    allowPartial: options.allowPartial,
    polite: { timeoutMs: options.timeoutMs, retries: options.retries, maxWaitMs: options.maxWaitMs },
    signal: stop.signal,
    progress: terminalProgress(process.stderr),
    ...(pages ? { pages } : {}),
  });
  const { code, lines } = closing(outcome, options);
  (code === 0 ? console.log : console.error)(lines.join('\n'));
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The harvest failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 70;
  },
);
