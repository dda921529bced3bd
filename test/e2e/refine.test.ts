// Filters a live ORUK endpoint cannot apply itself (free only, how to get in, weekends):
// the finder reads on through the search's pages, bounded, with progress and a way to stop,
// until it has a page of matches, and says honestly how far it looked. Expected answers are
// computed from the sample API's own dataset.
import { expect, waitUntil } from '@open-wc/testing';
import { OrukClient } from '@signpost/core';
import { expectedIds, isFree, openDuring, sampleDataset, withAccess } from '../support/sample-dataset.js';
import { apiRequests, countText, mountFinder, part, results, settled } from './helpers.js';

const cardIds = (finder: HTMLElement) => [...results(finder).querySelectorAll<HTMLElement>('li.card')].map((c) => c.dataset.id!);

function choose(finder: HTMLElement, name: string): void {
  const filters = part(finder, ['signpost-filters']).shadowRoot!;
  const choice = [...filters.querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === name);
  if (!choice) throw new Error(`no filter "${name}"`);
  choice.querySelector('input')!.click();
}

/** Holds the finder's further reading (pages of 100) until released; a held request still ends when aborted. */
function holdReading(): { release(): void; restore(): void } {
  const real = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes('per_page=100')) {
      await new Promise<void>((resolve, reject) => {
        void gate.then(resolve);
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    }
    return real(input, init);
  };
  return { release, restore: () => (window.fetch = real) };
}

describe('filters the endpoint cannot apply', () => {
  it('free only (v3): reads on until a full page of free services, counting honestly, one request for the first page', async () => {
    const data = await sampleDataset();
    const free = new Set(expectedIds(data, isFree));
    const finder = await mountFinder('v3', { map: 'false' });
    const before = apiRequests('/api/v3/services?').length;
    choose(finder, 'Free only');
    await waitUntil(() => /\(Free\)/.test(countText(finder)), 'no count of free services', { timeout: 5000 });
    await settled(finder);
    const page1 = cardIds(finder);
    expect(page1).to.have.length(10);
    expect(page1.every((id) => free.has(id)), 'every card is free').to.equal(true);
    const count = /^At least (\d+) services found \(Free\); searched (\d+) of 339$/.exec(countText(finder));
    expect(count, countText(finder)).to.not.equal(null);
    expect(Number(count![1])).to.be.at.least(10);
    // the first page is the search already made (from the cache); the reading on is in pages of 100
    const made = apiRequests('/api/v3/services?').slice(before);
    expect(made.length).to.be.at.least(1);
    expect(made.every((u) => u.includes('per_page=100'))).to.equal(true);

    const next = results(finder).querySelector<HTMLAnchorElement>('.pagination .next a')!;
    next.click();
    await waitUntil(() => cardIds(finder)[0] !== page1[0], 'page 2 did not come', { timeout: 5000 });
    await settled(finder);
    const page2 = cardIds(finder);
    expect(page2).to.have.length(10);
    expect(page2.every((id) => free.has(id) && !page1.includes(id))).to.equal(true);
  });

  it('a search that fits on one page is refined exactly, with no reading on', async () => {
    const client = new OrukClient({ endpoint: new URL('/api/v3', location.href).href });
    const all = await client.search({ text: 'dementia', perPage: 100 });
    expect(all.total, 'fits on a page of 10').to.be.at.most(10);
    const free = all.items.filter((s) => s.free === true).map((s) => s.id).sort();
    const finder = await mountFinder('v3', { map: 'false', query: 'dementia' });
    const before = apiRequests('/api/v3/services?').length;
    choose(finder, 'Free only');
    await waitUntil(() => /\(Free\)/.test(countText(finder)), 'no count of free services', { timeout: 5000 });
    await settled(finder);
    expect(countText(finder)).to.equal(`${free.length} service${free.length === 1 ? '' : 's'} found (Free)`);
    expect(cardIds(finder).sort()).to.deep.equal(free);
    expect(apiRequests('/api/v3/services?').length, 'nothing more asked').to.equal(before);
  });

  it('rare matches (v1: how to get in, and weekends): stops on request, reads to its bound, and keeps searching to an exact count', async function () {
    this.timeout(20_000);
    const data = await sampleDataset();
    const weekend = (s: Parameters<typeof isFree>[0]) => openDuring('SA')(s) || openDuring('SU')(s);
    const expected = expectedIds(data, weekend, withAccess('appointment'));
    expect(expected.length, 'fewer than a page').to.be.lessThan(10);
    // its own client (an explicit dialect), so nothing is read from another test's cache
    const finder = await mountFinder('v1', { map: 'false', dialect: 'v1' });
    choose(finder, 'By appointment');
    await waitUntil(() => /\(By appointment\)/.test(countText(finder)), 'no count by appointment', { timeout: 5000 });
    await settled(finder);
    // few matches: it reads to its bound, and says how far it looked
    choose(finder, 'Weekends');
    await waitUntil(() => /searched 300 of 339/.test(countText(finder)), 'did not read to its bound', { timeout: 5000 });
    await settled(finder);
    expect(countText(finder)).to.match(/^At least \d services? found \(Weekends, By appointment\); searched 300 of 339$/);
    const hold = holdReading();
    try {
      results(finder).querySelector<HTMLButtonElement>('.scan .more')!.click();
      await waitUntil(() => results(finder).querySelector('.scan .stop'), 'no way to stop the reading', { timeout: 5000 });
      expect(results(finder).querySelector('.scan')!.textContent).to.contain('Looking through more services…');
      results(finder).querySelector<HTMLButtonElement>('.scan .stop')!.click();
      await waitUntil(() => results(finder).querySelector('.scan .more'), 'no way to go on', { timeout: 5000 });
      expect(countText(finder)).to.match(/^At least \d services? found \(Weekends, By appointment\); searched 300 of 339$/);
    } finally {
      hold.release();
      hold.restore();
    }
    results(finder).querySelector<HTMLButtonElement>('.scan .more')!.click();
    await waitUntil(() => !/At least/.test(countText(finder)), 'did not search to the end', { timeout: 5000 });
    await settled(finder);
    expect(countText(finder)).to.equal(`${expected.length} services found (Weekends, By appointment)`);
    expect(cardIds(finder).sort()).to.deep.equal(expected);
    expect(results(finder).querySelector('.scan')).to.equal(null);
  });
});
