// The custom elements manifest is what editors and Storybook's docs show site owners and
// developers: it is built from the code, so this checks the code documents itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TOKENS } from '../src/shared/tokens.js';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: Array<{ name: string; description?: string }>;
  events?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string }>;
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: Array<{ kind: string; name: string }> }>;
}

const ELEMENTS = [
  'signpost-feedback',
  'signpost-filters',
  'signpost-finder',
  'signpost-guided',
  'signpost-map',
  'signpost-results',
  'signpost-saved-searches',
  'signpost-search',
  'signpost-service',
  'signpost-shortlist',
];
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('the custom elements manifest', () => {
  let outdir = '';
  let elements = new Map<string, Declaration>();
  let definitions: string[] = [];

  let packageJsonBefore = '';
  before(() => {
    packageJsonBefore = readFileSync(join(packageDir, 'package.json'), 'utf8');
    outdir = mkdtempSync(join(tmpdir(), 'signpost-cem-'));
    const cli = join(packageDir, '..', '..', 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
    // the analyzer takes --outdir relative to where it runs
    const run = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(packageDir, outdir), '--quiet'], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    elements = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  });

  after(() => rmSync(outdir, { recursive: true, force: true }));

  it('is named by package.json, which the analyzer leaves alone', () => {
    assert.equal(readFileSync(join(packageDir, 'package.json'), 'utf8'), packageJsonBefore);
    assert.equal(JSON.parse(packageJsonBefore).customElements, 'dist/custom-elements.json');
  });

  it('names every element, each defined once', () => {
    assert.deepEqual([...elements.keys()].sort(), ELEMENTS);
    assert.deepEqual([...definitions].sort(), ELEMENTS);
  });

  it('gives every element a summary and every attribute a description', () => {
    for (const [tag, element] of elements) {
      assert.ok(element.summary?.trim(), `${tag} has no @summary`);
      for (const attribute of element.attributes ?? []) {
        assert.ok(attribute.description?.trim(), `${tag}[${attribute.name}] has no description`);
      }
    }
  });

  it('lists the events a host can listen to on the finder', () => {
    const events = (elements.get('signpost-finder')?.events ?? []).map((e) => e.name).sort();
    assert.deepEqual(events, ['signpost-contact', 'signpost-feedback', 'signpost-search', 'signpost-select']);
  });

  it('documents every --signpost-* custom property the styles read (@cssprop), the shared ones on the finder', () => {
    const source = readdirSync(join(packageDir, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(packageDir, 'src', f), 'utf8'))
      .join('\n');
    const read = new Set([...source.matchAll(/--signpost-[a-z-]+/g)].map((m) => m[0]));
    for (const name of Object.keys(TOKENS)) read.add(`--signpost-${name}`);
    const documented = new Map<string, string[]>();
    for (const [tag, element] of elements) {
      for (const property of element.cssProperties ?? []) {
        assert.ok(property.description?.trim(), `${tag} ${property.name} has no description`);
        documented.set(property.name, [...(documented.get(property.name) ?? []), tag]);
      }
    }
    for (const name of read) assert.ok(documented.has(name), `${name} is documented on no element`);
    const finder = new Set((elements.get('signpost-finder')?.cssProperties ?? []).map((p) => p.name));
    for (const name of Object.keys(TOKENS)) assert.ok(finder.has(`--signpost-${name}`), `signpost-finder does not document --signpost-${name}`);
  });
});
