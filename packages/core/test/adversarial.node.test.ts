// No feed can freeze a page: a 1 MB hostile value in any field parses in under 100 ms (Node).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { timeHostileCases } from './fixtures/adversarial.js';

describe('hostile field values (Node)', () => {
  it('parse in under 100 ms each, 1 MB in any field', () => {
    const { slowest, count } = timeHostileCases(() => performance.now());
    console.log(`${count} cases; slowest: ${slowest.map((s) => `${s.field} / ${s.value} ${s.ms.toFixed(1)} ms`).join('; ')}`);
    assert.ok(count > 500);
    assert.ok(slowest[0]!.ms < 100, `${slowest[0]!.field} with ${slowest[0]!.value} took ${slowest[0]!.ms.toFixed(0)} ms`);
  });
});
