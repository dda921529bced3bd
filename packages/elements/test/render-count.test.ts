// The finder's three contexts: hovering a card, or the finder re-rendering for its layout,
// re-renders only what shows the change. Renders are counted on real elements in a real
// finder over the sample API.
import { expect, waitUntil } from '@open-wc/testing';
import { mountFinder, part, results, settled } from '../../../test/e2e/helpers.js';
import type { SignpostFinder } from '../src/finder/finder.js';

type Counted = HTMLElement & { render(): unknown; updateComplete: Promise<unknown> };

/** Count each render of `el` from now on. */
function countRenders(el: Counted): { count: number } {
  const counter = { count: 0 };
  const render = el.render.bind(el);
  el.render = () => {
    counter.count += 1;
    return render();
  };
  return counter;
}

async function quiet(finder: SignpostFinder): Promise<void> {
  await finder.updateComplete;
  await settled(finder);
  // the need filters' vocabularies come after the first results: wait for them too
  await waitUntil(() => (part(finder, ['signpost-filters']).shadowRoot?.querySelectorAll('input[type="checkbox"]').length ?? 0) > 3, 'no need filters');
  await new Promise((r) => setTimeout(r, 50));
  await settled(finder);
}

describe('what re-renders', () => {
  it('hovering a card re-renders the list, not the filters, the search or any card’s report link', async () => {
    const finder = await mountFinder('v3', { 'feedback-email': 'fis@council.example.gov.uk', map: 'false' });
    await quiet(finder);
    const card = results(finder).querySelector<HTMLElement>('li.card')!;
    const feedback = card.querySelector('signpost-feedback') as unknown as Counted;
    const counts = {
      results: countRenders(part<Counted>(finder, ['signpost-results'])),
      filters: countRenders(part<Counted>(finder, ['signpost-filters'])),
      search: countRenders(part<Counted>(finder, ['signpost-search'])),
      feedback: countRenders(feedback),
    };
    card.dispatchEvent(new MouseEvent('mouseenter'));
    await quiet(finder);
    expect(card.classList.contains('highlighted'), 'the hovered card is highlighted').to.equal(true);
    card.dispatchEvent(new MouseEvent('mouseleave'));
    await quiet(finder);
    expect(card.classList.contains('highlighted')).to.equal(false);
    expect(counts.results.count, 'the list shows the highlight').to.be.greaterThan(0);
    expect(counts.filters.count, 'filters').to.equal(0);
    expect(counts.search.count, 'search').to.equal(0);
    expect(counts.feedback.count, 'a card’s report link').to.equal(0);
  });

  it('the finder re-rendering (a layout measurement) re-renders none of its children', async () => {
    const finder = await mountFinder('v3', { map: 'false' });
    await quiet(finder);
    const counts = ['signpost-results', 'signpost-filters', 'signpost-search'].map((name) => countRenders(part<Counted>(finder, [name])));
    const own = countRenders(finder as unknown as Counted);
    finder.requestUpdate();
    await quiet(finder);
    expect(own.count, 'the finder itself').to.be.greaterThan(0);
    expect(counts.map((c) => c.count)).to.deep.equal([0, 0, 0]);
  });

  it('a new search re-renders the filters and the list (they follow the search)', async () => {
    const finder = await mountFinder('v3', { map: 'false' });
    await quiet(finder);
    const filters = countRenders(part<Counted>(finder, ['signpost-filters']));
    const list = countRenders(part<Counted>(finder, ['signpost-results']));
    finder.dispatchEvent(new CustomEvent('signpost-state-change', { detail: { patch: { text: 'football' } } }));
    await quiet(finder);
    expect(filters.count).to.be.greaterThan(0);
    expect(list.count).to.be.greaterThan(0);
  });
});
