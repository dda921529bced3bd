// The map's copy of Leaflet's CSS (src/map/leaflet-css.ts) is generated from the installed
// Leaflet by scripts/leaflet-css.mjs: this fails when it is out of date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import { generate, OUTPUT, trimCss } from '../../../scripts/leaflet-css.mjs';

describe('leaflet-css.ts', () => {
  it('is up to date with the installed Leaflet (run node scripts/leaflet-css.mjs)', () => {
    assert.equal(readFileSync(OUTPUT, 'utf8'), generate());
  });

  it('keeps what the map needs and drops image paths and old-IE declarations', () => {
    const css = readFileSync(OUTPUT, 'utf8');
    for (const needed of ['.leaflet-container{', '.leaflet-pane', '.leaflet-control-zoom', '.leaflet-marker-icon', '.leaflet-zoom-animated']) {
      assert.ok(css.includes(needed), needed);
    }
    assert.ok(!css.includes('url('));
    assert.ok(!/-ms-|progid|behavior/.test(css));
  });

  it('minifies rules and one level of @media', () => {
    assert.equal(
      trimCss('/* c */\n.a ,\n.b > c {\n  color: red;\n  background: url(x.png);\n}\n@media print {\n  .a { -ms-zoom: 1; display: none; }\n}\n.empty { filter: progid:X; }'),
      '.a,.b>c{color:red}@media print{.a{display:none}}',
    );
  });
});
