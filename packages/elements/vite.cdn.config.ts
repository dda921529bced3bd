// The drop-in bundle: one ESM file (Lit included) plus lazy chunks, usable from a plain
// <script type="module" src=".../signpost.js"> with no import map; and signpost-loader.js,
// a classic script that loads it.
import { defineConfig, defaultClientConditions } from 'vite';
import { signpostLoader } from './build/loader-plugin.js';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [signpostLoader()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'signpost.js',
    },
    rollupOptions: {
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
