// The one test command: Node tests, then browser tests, then the WordPress plugin's tests,
// ending with a single closing line "N passed, N failed" with the real totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'signpost-test-'));
const extra = process.argv.slice(2);

function run(label, command, args, env = {}) {
  const countsFile = join(dir, `${label}.json`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env, SIGNPOST_COUNTS_FILE: countsFile },
  });
  const counts = existsSync(countsFile)
    ? JSON.parse(readFileSync(countsFile, 'utf8').trim().split('\n').pop())
    : { passed: 0, failed: 0, skipped: 0 };
  // A runner that failed without reporting any failed test still failed.
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
// The published packages are built once, first: a node test packs them as they are, and the
// drop-in bundle (part of @signpost/elements) is tested as a site owner would load it.
const built = spawnSync('npm', ['run', 'build', '-w', '@signpost/core', '-w', '@signpost/elements', '-w', '@signpost/react', '--silent'], {
  stdio: 'inherit',
});
if (built.status !== 0) console.error('Building the packages failed: the tests of the packages and the drop-in bundle will fail.');
const bundle = built.status === 0 ? { SIGNPOST_PACKAGES_BUILT: '1', SIGNPOST_BUNDLE_BUILT: '1' } : {};
const node = run('node', process.execPath, ['scripts/node-tests.mjs'], bundle);
const ensure = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
const browser =
  ensure.status === 0
    ? run('browser', process.execPath, ['--conditions=source', '--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...extra])
    : { passed: 0, failed: 1, skipped: 0 };
// The WordPress plugin in a real WordPress (installs PHP, MariaDB and WordPress if missing, as root).
const wordpress = run('wordpress', process.execPath, ['scripts/wordpress-tests.mjs'], bundle);
for (const c of [node, browser, wordpress]) {
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
}
console.log(
  `\nnode: ${node.passed} passed, ${node.failed} failed; browser: ${browser.passed} passed, ${browser.failed} failed; ` +
    `wordpress: ${wordpress.passed} passed, ${wordpress.failed} failed`,
);
// A skipped test is a test that did not run: it counts as a failure, so none is left behind.
if (totals.skipped) console.log(`${totals.skipped} skipped (counted as failed)`);
totals.failed += totals.skipped;
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
