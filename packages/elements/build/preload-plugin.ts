/**
 * A lazy chunk arrives in one round trip, not one per level of its imports. The browser
 * learns what a chunk imports only once the chunk itself has arrived, so a chunk that
 * imports two more (the adapters, which import the readers they share with the snapshot
 * reader and the sanitiser) costs two round trips in a row. Here every `import("./x.js")`
 * of a chunk also starts, at the same moment, each chunk that x imports at any depth (and
 * that the importing file has not already loaded): `(preload([...]), import("./x.js"))`.
 * Preloading is a plain `import()` of each, whose failure is left to the import that needs
 * it to report.
 */
import { posix } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const PRELOAD = '__signpostPreload';
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+\.js)\1\s*\)/g;

interface ChunkInfo {
  fileName: string;
  imports: readonly string[];
}

/** The chunks `fileName` imports statically, at any depth. */
function importsOf(fileName: string, chunks: Record<string, ChunkInfo>, seen = new Set<string>()): Set<string> {
  for (const next of chunks[fileName]?.imports ?? []) {
    if (!seen.has(next)) {
      seen.add(next);
      importsOf(next, chunks, seen);
    }
  }
  return seen;
}

const relative = (from: string, to: string): string => {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
};

export function preloadImports(): Plugin {
  return {
    name: 'signpost-preload-imports',
    apply: 'build',
    renderChunk(code, chunk, _options, { chunks }) {
      const loaded = importsOf(chunk.fileName, chunks);
      const out = new MagicString(code);
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const target = posix.join(posix.dirname(chunk.fileName), match[2]!);
        const wanted = [...importsOf(target, chunks)].filter((f) => f !== chunk.fileName && f !== target && !loaded.has(f));
        if (!wanted.length) continue;
        const list = JSON.stringify(wanted.map((f) => relative(chunk.fileName, f)));
        out.overwrite(match.index, match.index + match[0].length, `(${PRELOAD}(${list}), ${match[0]})`);
      }
      if (!out.hasChanged()) return null;
      out.append(`\nfunction ${PRELOAD}(files) { for (const file of files) import(file).catch(() => undefined); }\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
