// The packages as people install them: packed with `npm pack`, installed from the tarballs
// into scratch apps (offline), built with Vite and shown in Chromium against the sample API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';
import { finderResults, launchChromium, openPage } from './support/chromium.js';
import { installOffline, type Tarball } from './support/offline-install.js';
import { serveWithSampleApi, type TestServer } from './support/static-server.js';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['@signpost/core', '@signpost/elements', '@signpost/react'];

interface Packed {
  name: string;
  version: string;
  filename: string;
  files: Array<{ path: string }>;
}

describe('the published packages', { timeout: 240_000 }, () => {
  let dir = '';
  let packed: Packed[] = [];
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'signpost-packages-'));
    const tarballs = join(dir, 'tarballs');
    mkdirSync(tarballs);
    // prepack builds each package first, as `npm publish` would (unless `npm test` has just built them).
    const workspaces = PACKAGES.flatMap((name) => ['-w', name]);
    const built = process.env.SIGNPOST_PACKAGES_BUILT === '1' ? ['--ignore-scripts'] : [];
    const { stdout } = await run('npm', ['pack', ...workspaces, ...built, '--pack-destination', tarballs, '--json', '--loglevel=error'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    packed = JSON.parse(stdout) as Packed[];
    const installs: Tarball[] = [];
    for (const p of packed) {
      const file = join(tarballs, p.filename);
      const { stdout: manifest } = await run('tar', ['-xzOf', file, 'package/package.json']);
      const pkg = JSON.parse(manifest) as Tarball;
      installs.push({ name: pkg.name, version: pkg.version, file, dependencies: pkg.dependencies ?? {}, ...(pkg.peerDependencies ? { peerDependencies: pkg.peerDependencies } : {}) });
    }
    cpSync(join(root, 'test/scratch-apps'), dir, { recursive: true });
    await installOffline(dir, join(root, 'package-lock.json'), installs, ['react', 'react-dom', '@types/react', '@types/react-dom']);
    server = await serveWithSampleApi(dir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('pack with what their exports maps, types, README and licence name', () => {
    assert.deepEqual(packed.map((p) => p.name).sort(), [...PACKAGES].sort());
    for (const p of packed) {
      const files = new Set(p.files.map((f) => f.path));
      const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', p.name, 'package.json'), 'utf8')) as {
        exports: Record<string, string | Record<string, string>>;
        types: string;
        sideEffects: unknown;
        customElements?: string;
      };
      for (const name of ['README.md', 'LICENSE', 'package.json', pkg.types.replace(/^\.\//, '')]) assert.ok(files.has(name), `${p.name} lacks ${name}`);
      assert.notEqual(pkg.sideEffects, undefined, `${p.name} says nothing of side effects`);
      for (const [subpath, target] of Object.entries(pkg.exports)) {
        const targets = typeof target === 'string' ? [target] : Object.values(target);
        for (const t of targets) {
          const pattern = new RegExp(`^${t.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '.+')}$`);
          assert.ok([...files].some((f) => pattern.test(f)), `${p.name} exports ${subpath} -> ${t}, which the tarball lacks`);
        }
      }
      if (pkg.customElements) assert.ok(files.has(pkg.customElements), `${p.name} lacks its custom elements manifest`);
    }
  });

  it('type-check an app that uses them (props are typed)', async () => {
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')]).catch((error: { stdout: string }) => {
      assert.fail(`tsc found errors:\n${error.stdout}`);
    });
  });

  it('give a Vite app a working finder (and core a working client)', async () => {
    await build({ root: join(dir, 'vite-app'), base: './', configFile: false, logLevel: 'warn', build: { outDir: 'dist' } });
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/vite-app/dist/index.html`);
    const names = await finderResults(page);
    assert.ok(names.length > 0);
    await page.waitForFunction(() => /^\d+ services$/.test(document.querySelector('#count')?.textContent ?? ''));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('give a React app a working finder whose searches reach onSearch', async () => {
    await build({ root: join(dir, 'react-app'), base: './', configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir: 'dist' } });
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/react-app/dist/index.html`);
    const names = await finderResults(page);
    assert.equal(names.length, 5, 'perPage={5} reached the element as a number');
    const totals = await page.waitForFunction(() => document.querySelector('#searches')?.textContent || false);
    assert.match(String(await totals.jsonValue()), /^\d+/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
