// Builds dist/signpost.zip, the installable plugin: the PHP, block and readme in signpost/,
// the drop-in bundle from @signpost/elements (built first) in signpost/assets/, and the
// licence. Source maps stay out (they are in the npm package); nothing comes from a CDN.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const plugin = join(here, 'signpost');
const bundle = join(here, '..', 'elements', 'dist', 'cdn');
const out = join(here, 'dist', 'signpost.zip');

if (!existsSync(join(bundle, 'signpost.js')) || !existsSync(join(bundle, 'signpost-loader.js'))) {
  console.error('No drop-in bundle: run `npm run build:cdn -w @signpost/elements` first.');
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).version;
const header = readFileSync(join(plugin, 'signpost.php'), 'utf8');
for (const [what, pattern] of [
  ['Version header', /^ \* Version:\s+(\S+)$/m],
  ['SIGNPOST_VERSION', /define\( 'SIGNPOST_VERSION', '([^']+)' \)/],
]) {
  const found = pattern.exec(header)?.[1];
  if (found !== version) {
    console.error(`signpost.php's ${what} is ${found}, package.json's version ${version}: make them agree.`);
    process.exit(1);
  }
}

/** Every file under dir, as [path relative to dir, path on disk]. */
function files(dir, keep = () => true) {
  const found = [];
  (function walk(d) {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (keep(p)) found.push([relative(dir, p).split('\\').join('/'), p]);
    }
  })(dir);
  return found;
}

const entries = {};
for (const [path, file] of files(plugin)) entries[`signpost/${path}`] = readFileSync(file);
for (const [path, file] of files(bundle, (p) => p.endsWith('.js'))) entries[`signpost/assets/${path}`] = readFileSync(file);
entries['signpost/LICENSE'] = readFileSync(join(here, '..', '..', 'LICENSE'));

mkdirSync(dirname(out), { recursive: true });
// A fixed date keeps the zip the same for the same files.
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
writeFileSync(out, zip);
console.log(`${relative(process.cwd(), out)}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
