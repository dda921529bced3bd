// Runs the Node-side tests (the sample API server) with node:test under tsx.
// Prints the spec report; writes totals to SIGNPOST_COUNTS_FILE if set.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) find(p, out);
    else if (entry.name.endsWith('.node.test.ts')) out.push(p);
  }
  return out;
}

const files = [...find('packages'), ...find('test')].sort();
if (files.length === 0) {
  console.log('No node tests found.');
  process.exit(0);
}
const countsFile = process.env.SIGNPOST_COUNTS_FILE;
const args = ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout'];
if (countsFile) args.push('--test-reporter=./scripts/node-count-reporter.mjs', `--test-reporter-destination=${countsFile}`);
const result = spawnSync(process.execPath, [...args, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
