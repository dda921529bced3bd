// The drop-in bundle: one ESM file (Lit included) plus lazy chunks, usable from a plain
// <script type="module" src=".../signpost.js"> with no import map; and signpost-loader.js,
// a classic script that loads it.
import { defineConfig, defaultClientConditions } from 'vite';
import { signpostLoader } from './build/loader-plugin.js';
import { minifyLiterals } from './build/minify-literals-plugin.js';
import { preloadImports } from './build/preload-plugin.js';

/**
 * A lazily loaded chunk is named for the module it starts from, with its folder: "service-define",
 * "feedback-form", "strings-cy", "core-sanitise", "oruk-detect" (clear in the size table and in a
 * page's network log).
 */
function chunkFileName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const parts = (chunk.facadeModuleId ?? '').replace(/\\/g, '/').replace(/\.[jt]s$/, '').split('/');
  const [folder, file] = parts.slice(-2);
  const name = folder && file && !folder.includes('node_modules') ? `${folder === 'src' ? 'core' : folder}-${file}` : chunk.name;
  return `chunks/${name}-[hash].js`;
}

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [minifyLiterals(), preloadImports(), signpostLoader()],
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
      output: { minify: true, chunkFileNames: chunkFileName, assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
