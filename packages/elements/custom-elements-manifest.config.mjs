// The custom elements manifest (dist/custom-elements.json): every element's attributes,
// properties, events, slots, parts and custom properties, read from the code and its JSDoc.
// Editors and Storybook's docs read it.

/** Elements are registered through the guarded `define('signpost-x', Class)`: name them from those calls. */
function guardedDefines() {
  const tags = new Map();
  return {
    name: 'signpost-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      tags.set(cls.text, tag.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (tag && declaration.kind === 'class') {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
        }
        // `customElements.define(name, constructor)` inside the guard itself defines nothing
        mod.exports = (mod.exports ?? []).filter((exp) => !(exp.kind === 'custom-element-definition' && !tags.has(exp.declaration.name)));
        // the definition's class lives in its own module, beside define.ts
        for (const exp of mod.exports) {
          if (exp.kind !== 'custom-element-definition') continue;
          const home = customElementsManifest.modules.find((m) => m.declarations?.some((d) => d.name === exp.declaration.name && d.kind === 'class'));
          if (home) exp.declaration.module = home.path;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/shared/strings/**', 'src/map/leaflet-css.ts'],
  outdir: 'dist',
  // package.json names the manifest itself; the analyzer must not rewrite it
  packagejson: false,
  litelement: true,
  plugins: [guardedDefines()],
};
