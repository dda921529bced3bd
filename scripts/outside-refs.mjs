// Finds tracked files that refer to paths outside the repository (such as a reference folder
// beside the checkout, which a clone of the repository does not have). A relative path is
// resolved from the file that names it: one climb from packages/elements/src/finder to a
// sibling folder stays inside and is fine; the same climb from the repository's top leaves
// it and is not.
//
//   node scripts/outside-refs.mjs    lists offending lines; exits 1 if there are any
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// A run of ../ segments, then a name: a relative path climbing out of somewhere.
const CLIMB = /(?<![\w.])((?:\.\.\/)+)([\w@-][\w.@-]*)/g;
// path.join / resolve calls spelling the climb as arguments, each '..' quoted and followed
// by a comma, then a quoted name. Their base is not known (`resolve(repoRoot, ...)`), so one is flagged unless,
// taken from the file's own folder, it names something inside the repository that exists
// or that the repository makes (a git-ignored path such as node_modules).
const JOINED = /((?:['"]\.\.['"]\s*,\s*)+)['"]([\w@-][\w.@-]*)['"]/g;

function ignored(root, rel) {
  try {
    execFileSync('git', ['check-ignore', rel, `${rel}/x`], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Offending references in one file's text: `[{ line, ref }]`. `file` is relative to `root`. */
export function outsideRefs(file, text, root) {
  const from = dirname(resolve(root, file));
  const found = [];
  text.split('\n').forEach((line, i) => {
    for (const [pattern, depth, mustExist] of [
      [CLIMB, (m) => m[1].length / 3, false],
      [JOINED, (m) => m[1].split(',').length - 1, true],
    ]) {
      for (const m of line.matchAll(pattern)) {
        const target = resolve(from, ...Array(depth(m)).fill('..'), m[2]);
        const rel = relative(root, target);
        const outside = rel === '..' || rel.startsWith(`..${sep}`);
        if (outside || (mustExist && !existsSync(target) && !ignored(root, rel))) found.push({ line: i + 1, ref: m[0] });
      }
    }
  });
  return found;
}

/** Every offending reference in the repository's tracked text files. */
export function scanRepository(root) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const out = [];
  for (const file of files) {
    if (file === 'package-lock.json' || /\.(png|jpe?g|gif|ico|woff2?|zip|gz)$/i.test(file)) continue;
    let text;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // listed but deleted in the working tree
    }
    for (const hit of outsideRefs(file, text, root)) out.push({ file, ...hit });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const hits = scanRepository(root);
  for (const h of hits) console.error(`${h.file}:${h.line}: refers outside the repository: ${h.ref}`);
  if (hits.length) {
    console.error(`${hits.length} reference(s) to paths outside the repository: a clone alone would not have them.`);
    process.exit(1);
  }
  console.log('No tracked file refers outside the repository.');
}
