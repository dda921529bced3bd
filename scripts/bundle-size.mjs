// The drop-in bundle's sizes (minified, and gzipped), printed so growth is visible in CI
// logs, and its budget, enforced: the main file (signpost.js) at most 35 KiB gzip, and it
// imports no chunk statically (everything else it loads is fetched when a page needs it).
// Exits 1 when over budget.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export const MAIN_BUDGET_GZIP = 35 * 1024;

const dir = process.argv[2] ?? 'packages/elements/dist/cdn';
if (!existsSync(dir)) {
  console.error(`No ${dir}: run npm run build first.`);
  process.exit(1);
}
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.js')) files.push(p);
  }
})(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
let total = 0;
console.log('drop-in bundle (min / gzip):');
for (const file of files.sort()) {
  const buf = readFileSync(file);
  const gz = gzip(buf);
  total += gz;
  console.log(`  ${relative(dir, file).padEnd(40)} ${kb(buf.length).padStart(10)} / ${kb(gz).padStart(9)}`);
}
console.log(`  ${'all files'.padEnd(40)} ${''.padStart(10)}   ${kb(total).padStart(9)}`);

/** The modules a built ES module imports statically (import ... from "x", import "x", export ... from "x"; not import()). */
function staticImports(code) {
  const [imports] = parse(code);
  return imports.filter((i) => i.d === -1).map((i) => i.n);
}

await init;
const main = join(dir, 'signpost.js');
const mainCode = readFileSync(main, 'utf8');
const mainGzip = gzip(Buffer.from(mainCode));
const imported = staticImports(mainCode);
const problems = [];
if (mainGzip > MAIN_BUDGET_GZIP) problems.push(`signpost.js is ${kb(mainGzip)} gzip, over its budget of ${kb(MAIN_BUDGET_GZIP)}`);
if (imported.length) problems.push(`signpost.js imports ${imported.join(', ')} at start: a chunk it needs at start belongs in it`);
console.log(`budget: signpost.js ${kb(mainGzip)} of ${kb(MAIN_BUDGET_GZIP)} gzip; chunks imported at start: ${imported.length ? imported.join(', ') : 'none'}`);
if (problems.length) {
  for (const problem of problems) console.error(`over budget: ${problem}`);
  process.exit(1);
}
