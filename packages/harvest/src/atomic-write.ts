/** Files written whole: under a temporary name beside the target, then renamed, so a reader never sees half a file. */
import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';

/** A temporary name beside `path` (`<path>.tmp-<hex>`). */
export const temporaryName = (path: string) => `${path}.tmp-${randomBytes(6).toString('hex')}`;

export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = temporaryName(path);
  await writeFile(temporary, content);
  await rename(temporary, path);
}
