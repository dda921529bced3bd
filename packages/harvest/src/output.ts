/**
 * Writing the feed health report into the harvest's folder (the snapshot is written by
 * snapshot/write.ts), each file written whole under a temporary name and then renamed,
 * so a reader never sees half a file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HarvestReport } from './report.js';
import { reportHtml } from './report-html.js';

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** report.json and report.html. Answers the paths written. */
export function writeReport(outDir: string, report: HarvestReport): string[] {
  mkdirSync(outDir, { recursive: true });
  const json = join(outDir, 'report.json');
  const html = join(outDir, 'report.html');
  writeAtomically(json, `${JSON.stringify(report, null, 2)}\n`);
  writeAtomically(html, reportHtml(report));
  return [json, html];
}
