// The WordPress plugin's tests (test/wordpress/*.wp.test.ts): a real WordPress on PHP's
// built-in server and a private MariaDB, driven in headless Chromium. Installs what they
// need (scripts/ensure-wordpress.mjs), builds the plugin's zip, then runs them with
// node:test; writes totals to SIGNPOST_COUNTS_FILE if set. SIGNPOST_BUNDLE_BUILT=1 skips
// rebuilding the drop-in bundle the zip carries.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const step = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

if (!step(process.execPath, ['scripts/ensure-wordpress.mjs'])) process.exit(1);
if (!process.env.SIGNPOST_BUNDLE_BUILT && !step('npm', ['run', 'build:cdn', '-w', '@signpost/elements', '--silent'])) process.exit(1);
if (!step('npm', ['run', 'build', '-w', '@signpost/wordpress', '--silent'])) process.exit(1);

const files = readdirSync('test/wordpress')
  .filter((name) => name.endsWith('.wp.test.ts'))
  .map((name) => join('test/wordpress', name));
const countsFile = process.env.SIGNPOST_COUNTS_FILE;
const args = ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout'];
if (countsFile) args.push('--test-reporter=./scripts/node-count-reporter.mjs', `--test-reporter-destination=${countsFile}`);
const result = spawnSync(process.execPath, [...args, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
