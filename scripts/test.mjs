// The one test command: Node tests (sample API) then browser tests (everything else),
// ending with a single closing line "N passed, N failed" with the real totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'signpost-test-'));
const extra = process.argv.slice(2);

function run(label, command, args) {
  const countsFile = join(dir, `${label}.json`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, SIGNPOST_COUNTS_FILE: countsFile },
  });
  const counts = existsSync(countsFile)
    ? JSON.parse(readFileSync(countsFile, 'utf8').trim().split('\n').pop())
    : { passed: 0, failed: 0, skipped: 0 };
  // A runner that failed without reporting any failed test still failed.
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const node = run('node', process.execPath, ['scripts/node-tests.mjs']);
const ensure = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
// The drop-in bundle is tested as a site owner would load it, so build it first.
const bundle = spawnSync('npm', ['run', 'build:cdn', '-w', '@signpost/elements', '--silent'], { stdio: 'inherit' });
if (bundle.status !== 0) console.error('Building the drop-in bundle failed: its tests will fail.');
const browser =
  ensure.status === 0
    ? run('browser', process.execPath, ['--conditions=source', '--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...extra])
    : { passed: 0, failed: 1, skipped: 0 };
for (const c of [node, browser]) {
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
}
console.log(`\nnode: ${node.passed} passed, ${node.failed} failed; browser: ${browser.passed} passed, ${browser.failed} failed`);
// A skipped test is a test that did not run: it counts as a failure, so none is left behind.
if (totals.skipped) console.log(`${totals.skipped} skipped (counted as failed)`);
totals.failed += totals.skipped;
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
