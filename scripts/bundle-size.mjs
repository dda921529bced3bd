// Prints the drop-in bundle's sizes (minified, and gzipped) so growth is visible in CI logs.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'packages/elements/dist/cdn';
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
let total = 0;
console.log('drop-in bundle (min / gzip):');
for (const file of files.sort()) {
  const buf = readFileSync(file);
  const gz = gzipSync(buf, { level: 9 }).length;
  total += gz;
  console.log(`  ${relative(dir, file).padEnd(40)} ${kb(buf.length).padStart(10)} / ${kb(gz).padStart(9)}`);
}
console.log(`  ${'all files'.padEnd(40)} ${''.padStart(10)}   ${kb(total).padStart(9)}`);
