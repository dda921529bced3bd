/**
 * Writing a snapshot so that a newer one replaces the old atomically: shards are
 * write-once under content-hashed names (each written to a temporary name, then renamed),
 * the manifest is written last (the same way), and only then are shards that neither the
 * new manifest nor the one before it names removed, so a page that read the previous
 * manifest a moment ago still finds its files.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST_FILE, type SnapshotManifest } from '@signpost/core/snapshot';
import { temporaryName, writeAtomically } from '../atomic-write.js';
import { buildSnapshot, type BuildOptions, type SnapshotInput } from './build.js';

export type { SnapshotInput } from './build.js';

export interface SnapshotSummary {
  /** The folder written. */
  dir: string;
  services: number;
  /** Files in the snapshot, the manifest included. */
  files: number;
  /** Their size in bytes (uncompressed). */
  bytes: number;
  /** Shards written this time (the others were there already, unchanged). */
  written: number;
  /** Shards of older harvests removed. */
  removed: number;
}

const KINDS = ['areas', 'names', 'cards', 'details', 'text'];
const TEMPORARY = /\.tmp-[0-9a-f]+$/;
const OURS = /^([A-Za-z0-9_-]+\.[0-9a-f]{16}\.json|[0-9a-f]{16})$/;

/** Every single shard and every folder of numbered shards a manifest names. */
export function shardsOf(manifest: SnapshotManifest): string[] {
  return [
    ...manifest.areas.map((a) => a.file),
    manifest.order,
    manifest.text.lengths,
    manifest.cards.folder,
    manifest.details.folder,
    manifest.text.folder,
  ];
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function previousShards(dir: string): Promise<string[]> {
  try {
    return shardsOf(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as SnapshotManifest);
  } catch {
    return []; // none, or unreadable: nothing of it to keep
  }
}

export async function writeSnapshot(outDir: string, input: SnapshotInput, options: BuildOptions = {}): Promise<SnapshotSummary> {
  const { manifest, files } = buildSnapshot(input, options);
  const named = shardsOf(manifest);
  const keep = new Set([...(await previousShards(outDir)), ...named]);
  let written = 0;
  let bytes = 0;
  for (const file of files) bytes += Buffer.byteLength(file.content);
  // Shards first, each under a content-hashed name: what is there already is the same and stays.
  for (const path of named) {
    const target = join(outDir, path);
    if (await exists(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    if (path.endsWith('.json')) {
      await writeAtomically(target, files.find((f) => f.path === path)!.content);
      written += 1;
      continue;
    }
    // A folder of numbered shards appears whole or not at all.
    const temporary = temporaryName(target);
    await mkdir(temporary);
    for (const file of files.filter((f) => f.path.startsWith(`${path}/`))) {
      await writeFile(join(temporary, file.path.slice(path.length + 1)), file.content);
      written += 1;
    }
    await rename(temporary, target);
  }
  // Then the manifest: a page reads either the old one or the new one, never half of one.
  const manifestText = `${JSON.stringify(manifest)}\n`;
  await writeAtomically(join(outDir, MANIFEST_FILE), manifestText);
  bytes += Buffer.byteLength(manifestText);

  let removed = 0;
  for (const kind of KINDS) {
    const names = await readdir(join(outDir, kind)).catch(() => [] as string[]);
    for (const name of names) {
      const path = `${kind}/${name}`;
      if (keep.has(path) || !(OURS.test(name) || TEMPORARY.test(name))) continue; // kept, or not ours
      await rm(join(outDir, path), { recursive: true, force: true });
      if (!TEMPORARY.test(name)) removed += 1;
    }
  }
  return { dir: outDir, services: manifest.counts.services, files: files.length + 1, bytes, written, removed };
}
