/**
 * Writing the feed health report into the harvest's folder (the snapshot is written by
 * snapshot/write.ts), each file written whole under a temporary name and then renamed,
 * so a reader never sees half a file.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from './atomic-write.js';
import type { HarvestReport } from './report.js';
import { reportHtml } from './report-html.js';

/** report.json and report.html. Answers the paths written. */
export async function writeReport(outDir: string, report: HarvestReport): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, 'report.json');
  const html = join(outDir, 'report.html');
  await writeAtomically(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeAtomically(html, reportHtml(report));
  return [json, html];
}
