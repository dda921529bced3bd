// build/preload-plugin.ts: an import() in a build also starts the chunks its target imports,
// at any depth, so a lazy part costs one round trip; and the rewritten code still runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { preloadImports } from '../build/preload-plugin.js';

const dir = mkdtempSync(join(tmpdir(), 'signpost-preload-'));
const out = join(dir, 'dist');

// entry ─import()─> adapters ──> readers ──> words; entry ─import()─> sanitiser ──> words; entry ─import()─> alone
const files: Record<string, string> = {
  'entry.js': `export const adapters = () => import('./adapters.js').then((m) => m.read('x'));
export const sanitiser = () => import('./sanitiser.js').then((m) => m.clean('<b>'));
export const alone = () => import('./alone.js').then((m) => m.alone);`,
  'adapters.js': `import { reader } from './readers.js'; export const read = (s) => 'adapted ' + reader(s);`,
  'readers.js': `import { word } from './words.js'; export const reader = (s) => word + ' ' + s;`,
  'sanitiser.js': `import { word } from './words.js'; export const clean = (s) => word + ' ' + s.replace(/<[^>]*>/g, '');`,
  'words.js': `export const word = 'read';`,
  'alone.js': `export const alone = 'alone';`,
};

describe('preload plugin', () => {
  let entry = '';
  const chunkNamed = (name: string) => readdirSync(join(out, 'chunks')).find((f) => f.startsWith(`${name}-`));

  before(async () => {
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [preloadImports()],
      build: {
        outDir: out,
        minify: false,
        lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => 'entry.js' },
        rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    });
    entry = readFileSync(join(out, 'entry.js'), 'utf8');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('starts every chunk a lazy chunk imports, at any depth, with it', () => {
    const adapters = chunkNamed('adapters');
    assert.ok(adapters, 'the adapters are a chunk of their own');
    const call = entry.match(new RegExp(`__signpostPreload\\((\\[[^\\]]*\\])\\), import\\("\\./chunks/${adapters.replace('.', '\\.')}"\\)`));
    assert.ok(call, `no preload before the adapters' import in:\n${entry}`);
    const listed = (JSON.parse(call[1]!) as string[]).map((f) => f.replace('./chunks/', ''));
    // what the adapters' chunk imports, read from the chunk itself
    const imported = new Set<string>();
    const walk = (file: string, seen: Set<string>) => {
      for (const [, next] of readFileSync(join(out, 'chunks', file), 'utf8').matchAll(/from "\.\/([^"]+)"/g)) {
        if (!seen.has(next!)) {
          seen.add(next!);
          walk(next!, seen);
        }
      }
    };
    walk(adapters, imported);
    assert.ok(imported.size >= 1, 'the adapters import a chunk');
    assert.deepEqual([...listed].sort(), [...imported].sort());
  });

  it('leaves alone an import whose chunk imports nothing', () => {
    const alone = chunkNamed('alone');
    assert.ok(alone);
    assert.match(entry, new RegExp(`[^,] import\\("\\./chunks/${alone.replace('.', '\\.')}"\\)|\\(\\) => import\\("\\./chunks/${alone.replace('.', '\\.')}"\\)`));
    assert.doesNotMatch(entry, new RegExp(`__signpostPreload\\([^)]*\\), import\\("\\./chunks/${alone.replace('.', '\\.')}"`));
  });

  it('runs as written: each part loads and works', async () => {
    const built = (await import(pathToFileURL(join(out, 'entry.js')).href)) as { adapters(): Promise<string>; sanitiser(): Promise<string>; alone(): Promise<string> };
    assert.equal(await built.adapters(), 'adapted read x');
    assert.equal(await built.sanitiser(), 'read ');
    assert.equal(await built.alone(), 'alone');
  });
});

describe('the drop-in bundle', () => {
  const cdn = join(import.meta.dirname, '..', 'dist', 'cdn');
  before(() => {
    if (process.env.SIGNPOST_BUNDLE_BUILT && existsSync(join(cdn, 'signpost.js'))) return;
    const built = spawnSync('npm', ['run', 'build:cdn', '--silent'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
  });

  it('fetches no chunk after the chunk that imports it: each import() starts them all', () => {
    const main = readFileSync(join(cdn, 'signpost.js'), 'utf8');
    const importsOf = (file: string, seen = new Set<string>()): Set<string> => {
      for (const [, next] of readFileSync(join(cdn, 'chunks', file), 'utf8').matchAll(/from"\.\/([^"]+)"/g)) {
        if (!seen.has(next!)) {
          seen.add(next!);
          importsOf(next!, seen);
        }
      }
      return seen;
    };
    const lazy = [...main.matchAll(/import\(`\.\/chunks\/([^`]+)`\)/g)];
    assert.ok(lazy.length >= 10, 'the drop-in file loads its parts lazily');
    let checked = 0;
    for (const match of lazy) {
      const wanted = [...importsOf(match[1]!)].filter((f) => f !== '../signpost.js');
      if (!wanted.length) continue;
      checked += 1;
      const before = main.slice(Math.max(0, match.index - 400), match.index);
      for (const file of wanted) assert.ok(before.includes(`./chunks/${file}`), `${match[1]} imports ${file}, which is not fetched with it`);
    }
    assert.ok(checked >= 3, 'the adapters, the detail and the sanitiser import chunks of their own');
  });
});
