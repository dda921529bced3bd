/**
 * `npm run build:builder`: the embed builder as a standalone static page a council can host
 * (dist/builder/builder.html and its assets, the Signpost elements inside for the preview).
 * Its snippets point at the published bundle unless the page is told otherwise.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  base: './',
  logLevel: 'warn',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('./dist/builder', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: fileURLToPath(new URL('./demo/builder.html', import.meta.url)) },
  },
});
