// No feed can freeze a page: a 1 MB hostile value in any field parses in under 100 ms (Chromium).
import { expect } from '@open-wc/testing';
import { timeHostileCases } from './fixtures/adversarial.js';

describe('hostile field values (Chromium)', function () {
  this.timeout(60_000);
  it('parse in under 100 ms each, 1 MB in any field', () => {
    const { slowest, count } = timeHostileCases(() => performance.now());
    console.log(`${count} cases; slowest: ${slowest.map((s) => `${s.field} / ${s.value} ${s.ms.toFixed(1)} ms`).join('; ')}`);
    expect(count).to.be.greaterThan(500);
    expect(slowest[0]!.ms, `${slowest[0]!.field} with ${slowest[0]!.value}`).to.be.below(100);
  });
});
