/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates (minify-literals:
 * html-minifier-next and Lightning CSS) when the drop-in bundle is built; the code minifier
 * leaves template strings as they are written.
 */
import type { Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

export function minifyLiterals(): Plugin {
  return {
    name: 'signpost-minify-literals',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      // whitespace collapses to one space, never to none (text beside an expression keeps its gap);
      // empty attributes such as alt="" are kept
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true, removeEmptyAttributes: false, minifyJS: false } });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
