// The guided start in a finder over the sample API: tiles from its own needs vocabulary,
// the ages asked, results for them; Back (the browser's, with sync-url) returns to the tiles.
import { expect, waitUntil } from '@open-wc/testing';
import { backTo, currentEntry, freshHistory } from '../support/history.js';
import { cardNames, mountFinder, results, settled } from './helpers.js';

const guided = (finder: HTMLElement) => finder.shadowRoot!.querySelector('signpost-guided')?.shadowRoot;
const tile = (finder: HTMLElement, name: string) => [...guided(finder)!.querySelectorAll<HTMLButtonElement>('.tile')].find((t) => t.querySelector('.label')!.textContent!.trim() === name)!;

describe('the guided start over ORUK v3', () => {
  it('asks what would help and how old, shows the results for them, and goes back to the tiles', async function () {
    this.timeout(60_000); // a long journey ending in an axe check, on a shared two-core machine
    await freshHistory();
    const finder = await mountFinder('v3', { guided: '', 'sync-url': 'guide', map: 'false' });
    const tiles = currentEntry();
    await waitUntil(() => guided(finder)?.querySelector('.tile'), 'no tiles', { timeout: 8000 });
    expect(finder.shadowRoot!.querySelector<HTMLElement>('.finder')!.hidden, 'the search waits').to.equal(true);
    expect(finder.matches(':focus-within'), 'the page’s first load takes no focus').to.equal(false);
    const labels = [...guided(finder)!.querySelectorAll('.tile .label')].map((l) => l.textContent!.trim());
    expect(labels).to.include.members(['Money, debt and benefits', 'Food', 'Being a parent', 'Things to do', 'Caring for someone']);
    tile(finder, 'Money, debt and benefits').click();
    await waitUntil(() => guided(finder)?.querySelector('h2')?.textContent === 'How old is the person who needs help?', 'no ages question', { timeout: 5000 });
    await waitUntil(() => guided(finder)!.activeElement === guided(finder)!.querySelector('h2'), 'focus did not move to the question');
    const ages = currentEntry();
    expect(ages, 'the ages are a step of their own').not.to.equal(tiles);
    tile(finder, 'Any age').click();
    await waitUntil(() => !finder.shadowRoot!.querySelector('signpost-guided'), 'the results did not come', { timeout: 5000 });
    await settled(finder);
    expect([...results(finder).querySelectorAll('.chip')].map((c) => c.textContent!.replace('×', '').trim())).to.deep.equal(['Managing money']);
    expect(cardNames(finder).length).to.be.greaterThan(0);
    expect(results(finder).activeElement).to.equal(results(finder).querySelector('#results-heading'));

    // each Back leaves a step the finder added (never the page itself)
    expect([history.state?.signpost, new URLSearchParams(location.search).get('guide-start')], 'the results are a step of their own').to.deep.equal([true, null]);
    expect(currentEntry(), 'the results are a step of their own').not.to.equal(ages);
    await backTo(ages);
    await waitUntil(() => guided(finder)?.querySelector('h2')?.textContent === 'How old is the person who needs help?', 'Back did not return to the ages', { timeout: 5000 });
    expect([history.state?.signpost, new URLSearchParams(location.search).get('guide-start')], 'the ages are a step of their own').to.deep.equal([true, 'ages']);
    await backTo(tiles);
    await waitUntil(() => guided(finder)?.querySelector('h2')?.textContent === 'What do you need help with?', 'Back did not return to the tiles', { timeout: 5000 });

    // from the results, a way back to the tiles (without the browser's Back)
    tile(finder, 'Food').click();
    await waitUntil(() => guided(finder)?.querySelector('h2')?.textContent === 'How old is the person who needs help?', 'no ages question', { timeout: 5000 });
    tile(finder, '11 to 15').click();
    await waitUntil(() => results(finder)?.querySelector('.to-topics'), 'no way back to the topics', { timeout: 5000 });
    results(finder).querySelector<HTMLButtonElement>('.to-topics')!.click();
    await waitUntil(() => guided(finder)?.querySelector('h2')?.textContent === 'What do you need help with?', 'not back at the tiles', { timeout: 5000 });
    await expect(finder).to.be.accessible();
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]guide-[^&]*/g, ''));
  });
});
