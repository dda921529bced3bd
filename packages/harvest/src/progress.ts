/**
 * Telling the person running a harvest how it goes: on a terminal, a progress bar per
 * feed (pages and details done of those known, records so far, time left); elsewhere (a
 * log, a CI job) a plain line now and then. Both write to stderr, leaving stdout for the
 * summary.
 */
import cliProgress from 'cli-progress';
import type { FeedProgressInfo } from './feed.js';

export interface Progress {
  feedStarted(label: string): void;
  feedProgress(info: FeedProgressInfo): void;
  feedDone(line: string): void;
  note(text: string): void;
  stop(): void;
}

export const silentProgress: Progress = {
  feedStarted() {},
  feedProgress() {},
  feedDone() {},
  note() {},
  stop() {},
};

const done = (i: FeedProgressInfo) => i.pagesDone + i.detailsDone;
const total = (i: FeedProgressInfo) => Math.max(1, i.pagesTotal + i.detailsTotal);

/** A bar on a terminal, plain lines otherwise. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : lineProgress((line) => stream.write(`${line}\n`));
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{label} {bar} {pagesDone}/{pagesTotal} pages, {detailsDone}/{detailsTotal} details | {records} records | {eta_formatted} left',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  let label = '';
  return {
    feedStarted(name) {
      label = name;
      bar = bars.create(1, 0, { label, pagesDone: 0, pagesTotal: '?', detailsDone: 0, detailsTotal: 0, records: 0 });
    },
    feedProgress(info) {
      bar?.setTotal(total(info));
      bar?.update(done(info), { label, ...info });
    },
    feedDone(line) {
      if (bar) bars.remove(bar);
      bar = undefined;
      bars.log(`${line}\n`);
    },
    note(text) {
      bars.log(`${text}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}

/** Plain progress lines, one at most every `everyMs`, and one when a feed is done. */
export function lineProgress(write: (line: string) => void, everyMs = 5000): Progress {
  let label = '';
  let started = 0;
  let lastLine = 0;
  return {
    feedStarted(name) {
      label = name;
      started = Date.now();
      lastLine = 0;
      write(`${label}: reading`);
    },
    feedProgress(info) {
      const now = Date.now();
      if (now - lastLine < everyMs) return;
      lastLine = now;
      const fraction = done(info) / total(info);
      const left = fraction > 0 ? Math.round(((now - started) / fraction - (now - started)) / 1000) : undefined;
      write(
        `${label}: ${info.pagesDone} of ${info.pagesTotal} pages, ${info.detailsDone} of ${info.detailsTotal} details, ` +
          `${info.records} records${left !== undefined ? `, about ${left} s left` : ''}`,
      );
    },
    feedDone(line) {
      write(line);
    },
    note(text) {
      write(text);
    },
    stop() {},
  };
}
