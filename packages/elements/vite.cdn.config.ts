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
      // Code that the drop-in file and a lazy chunk share stays in the drop-in file (which the chunk
      // imports it from), rather than in a third file the drop-in file would import at start.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
