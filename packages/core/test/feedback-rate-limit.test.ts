import { expect } from '@open-wc/testing';
import { RateLimiter } from '../src/index.js';

describe('feedback rate limit', () => {
  it('lets 5 reports through in 10 minutes, then says how long to wait', () => {
    let now = 0;
    const limit = new RateLimiter(5, 10 * 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limit.take()).to.equal(true);
      now += 60_000;
    }
    expect(limit.take()).to.equal(false);
    expect(limit.waitMs()).to.equal(5 * 60_000);
    now = 10 * 60_000 + 1;
    expect(limit.allowed()).to.equal(true);
    expect(limit.take()).to.equal(true);
    limit.reset();
    expect(limit.waitMs()).to.equal(0);
  });
});
