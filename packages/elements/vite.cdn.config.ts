// The drop-in bundle: one ESM file (Lit included) plus lazy chunks, usable from a plain
// <script type="module" src=".../signpost.js"> with no import map.
import { defineConfig, defaultClientConditions } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
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
