// scripts/bundle-size.mjs, which CI runs after the build, fails when the drop-in file is over
// its budget: more than 35 KiB gzip, or a chunk imported statically at start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const script = join(import.meta.dirname, '..', 'scripts', 'bundle-size.mjs');
const dirs: string[] = [];

function bundle(main: string, chunks: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-size-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'signpost.js'), main);
  for (const [name, code] of Object.entries(chunks)) writeFileSync(join(dir, 'chunks', name), code);
  return dir;
}

function run(dir: string) {
  return spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
}

describe('bundle-size.mjs', () => {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('passes a small main file that loads its chunks when needed, printing the table', () => {
    const result = run(bundle('const load = () => import("./chunks/map-x.js"); export { load };', { 'map-x.js': 'export const map = 1;' }));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /signpost\.js/);
    assert.match(result.stdout, /chunks\/map-x\.js/);
    assert.match(result.stdout, /chunks imported at start: none/);
  });

  it('fails a main file that imports a chunk at start', () => {
    const result = run(bundle('import { a } from "./chunks/shared-x.js"; import "./chunks/side-y.js"; console.log(a);', { 'shared-x.js': 'export const a = 1;', 'side-y.js': '' }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /imports \.\/chunks\/shared-x\.js, \.\/chunks\/side-y\.js at start/);
  });

  it('fails a main file over 35 KiB gzip', () => {
    // random bytes, base64: about 40 KiB gzipped
    const result = run(bundle(`export const noise = "${randomBytes(40 * 1024).toString('base64')}";`));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /over its budget of 35\.0 KiB/);
  });
});
