// The committed list of ORUK parameters per path must match the OpenAPI files it is
// generated from, so the request tests cannot silently check against a stale list.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ORUK_PARAMS } from './fixtures/oruk-params.js';

const script = fileURLToPath(new URL('../../../scripts/oruk-params.mjs', import.meta.url));
const committed = new URL('./fixtures/oruk-params.ts', import.meta.url);

describe('oruk-params: the generated parameter lists', () => {
  it('are up to date with spec/oruk/*/openapi.json (run `node scripts/oruk-params.mjs` if not)', () => {
    const regenerated = execFileSync(process.execPath, [script, '--print'], { encoding: 'utf8' });
    assert.equal(readFileSync(committed, 'utf8'), regenerated);
  });

  it('hold the facts the adapters rely on', () => {
    assert.ok(ORUK_PARAMS.v1['/services'].includes('text'));
    assert.ok(ORUK_PARAMS.v1['/services'].includes('proximity'));
    assert.deepEqual(ORUK_PARAMS.v1['/vocabularies'], []);
    assert.ok(ORUK_PARAMS.v3['/services'].includes('search'));
    assert.ok(!(ORUK_PARAMS.v3['/services'] as readonly string[]).includes('postcode'));
    assert.ok(ORUK_PARAMS.v3['/service_at_locations'].includes('proximity'));
    assert.deepEqual(ORUK_PARAMS.v3['/taxonomy_terms'], ['page', 'per_page']);
  });
});
