// The check CI runs first: no tracked file may refer to a path outside the repository.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { outsideRefs, scanRepository } from '../scripts/outside-refs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Spelled in pieces, so that this file's own examples are not what the scan finds.
const up = '..';
const q = (s: string) => `'${s}'`;

describe('references outside the repository', () => {
  it('flags a folder beside the repository, from the top and from a package, in paths and in path.join arguments', () => {
    assert.equal(outsideRefs('README.md', `see ${up}/shared/DESIGN.md`, root).length, 1);
    assert.equal(outsideRefs('scripts/x.mjs', `new URL('${up}/${up}/shared/oruk/', import.meta.url)`, root).length, 1);
    // The base of a join is unknown: one that does not name an existing folder inside is flagged.
    assert.equal(outsideRefs('packages/sample-api/test/helpers.ts', `resolve(repoRoot, ${q(up)}, ${q('shared')}, 'oruk')`, root).length, 1);
    assert.deepEqual(outsideRefs('packages/sample-api/test/helpers.ts', `join(here, ${q(up)}, ${q('src')})`, root), []);
  });

  it('allows relative paths that stay inside', () => {
    assert.deepEqual(outsideRefs('packages/elements/src/finder/finder.ts', `import '${up}/shared/context.js';`, root), []);
    assert.deepEqual(outsideRefs('packages/core/test/x.ts', `new URL('${up}/${up}/${up}/scripts/a.mjs', import.meta.url)`, root), []);
  });

  it('finds none in the tracked files', () => {
    assert.deepEqual(scanRepository(root), []);
  });
});
