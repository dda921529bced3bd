/**
 * Builds src/loader/loader.ts into dist/cdn/signpost-loader.js beside the bundle: a classic
 * script (no modules), minified, parseable by old browsers (ES2015), and failing the build
 * if it grows past its 2 KB budget.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify, transformWithOxc, type Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('../src/loader/loader.ts', import.meta.url));
const BUDGET = 2048;

export function signpostLoader(): Plugin {
  return {
    name: 'signpost-loader',
    apply: 'build',
    async generateBundle() {
      const js = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { target: 'es2015' });
      const { code } = await minify('signpost-loader.js', js.code, { compress: { target: 'es2015' }, mangle: true });
      if (code.length > BUDGET) this.error(`signpost-loader.js is ${code.length} bytes, over its ${BUDGET}-byte budget`);
      this.emitFile({ type: 'asset', fileName: 'signpost-loader.js', source: code });
    },
  };
}
