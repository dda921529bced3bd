/**
 * Writing what a harvest produced into its folder: the merged services (for the snapshot)
 * and the feed health report, each file written whole under a temporary name and then
 * renamed, so a reader never sees half a file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Service } from '@signpost/core';
import type { HarvestReport } from './report.js';
import { reportHtml } from './report-html.js';

/** What the snapshot is made from. */
export interface SnapshotInput {
  services: Service[];
  harvestedAt: string;
  feeds: Array<{ endpoint: string; directory?: string; dialect: string; records: number }>;
}

export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** The merged services as one JSON file, services.json. Answers the paths written. */
export function writeServices(outDir: string, input: SnapshotInput): string[] {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'services.json');
  writeAtomically(path, JSON.stringify(input));
  return [path];
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
