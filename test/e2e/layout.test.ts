// The finder at 320 CSS pixels (a small phone, or 1280px at 400% zoom) and on paper.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { sidewaysOverflow } from '../support/reflow.js';
import { mountFinder, part, results, settled } from './helpers.js';

/** Rendered: neither it nor anything around it (through shadow roots) is display: none. */
const shown = (el: Element | null | undefined) => Boolean(el?.checkVisibility());

describe('the finder’s layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('reflows into one column at 320px wide, list and detail, with nothing to scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const finder = await mountFinder('v3');
    expect(sidewaysOverflow(finder)).to.deep.equal([]);
    // the filters fold behind a toggle above the results
    const filters = part(finder, ['signpost-filters']);
    expect(filters.hasAttribute('collapsible')).to.equal(true);

    results(finder).querySelector<HTMLAnchorElement>('li.card h3 a')!.click();
    const detail = () => finder.shadowRoot!.querySelector('signpost-service')?.shadowRoot;
    await waitUntil(() => detail()?.querySelector('h2'), 'the detail did not open', { timeout: 5000 });
    await finder.shadowRoot!.querySelector('signpost-service')!.updateComplete;
    expect(sidewaysOverflow(finder)).to.deep.equal([]);
  });

  it('prints the results, not the controls', async () => {
    const finder = await mountFinder('v1');
    await settled(finder);
    await emulateMedia({ media: 'print' });
    expect(shown(finder.shadowRoot!.querySelector('signpost-search'))).to.equal(false);
    expect(shown(finder.shadowRoot!.querySelector('.sidebar'))).to.equal(false);
    expect(shown(finder.shadowRoot!.querySelector('.views'))).to.equal(false);
    const root = results(finder);
    expect(shown(root.querySelector('.pagination'))).to.equal(false);
    const cards = [...root.querySelectorAll('li.card')];
    expect(cards.length).to.equal(10);
    expect(cards.every(shown)).to.equal(true);
    // each card keeps what a person needs on paper, and loses its buttons
    const feedback = cards[0]!.querySelector('signpost-feedback');
    expect(feedback, 'a card offers "report a problem" on screen').to.exist;
    expect([...feedback!.shadowRoot!.querySelectorAll('button, a')].filter(shown)).to.deep.equal([]);
    expect(cards.some((c) => /Phone\s*0114 496/.test(c.textContent!.replace(/\s+/g, ' ')))).to.equal(true);
  });

  describe('on a desktop, 1280px wide', () => {
    beforeEach(() => setViewport({ width: 1280, height: 800 }));

    it('sets the search controls at one height, with one label each above the postcode', async () => {
      const finder = await mountFinder('v3', { map: 'false' });
      const search = part(finder, ['signpost-search']).shadowRoot!;
      const boxes = ['#q', '#postcode', '#radius', 'button[type="submit"]'].map((s) => search.querySelector(s)!.getBoundingClientRect());
      for (const box of boxes) {
        expect(Math.round(box.bottom), 'bottoms line up').to.equal(Math.round(boxes[0]!.bottom));
        expect(Math.round(box.top), 'tops line up').to.equal(Math.round(boxes[0]!.top));
      }
      // "Where" names the group for screen readers; on screen, "Postcode" alone labels its box
      const legend = search.querySelector('legend')!;
      expect(legend.textContent).to.equal('Where');
      expect(legend.getBoundingClientRect().width).to.be.at.most(1);
      expect(search.querySelector('label[for="postcode"]')!.textContent).to.equal('Postcode');
    });

    it('leaves room between the search and the results when the host lays them out', async () => {
      const finder = document.createElement('signpost-finder');
      finder.setAttribute('endpoint', '/api/v3');
      finder.setAttribute('geocoder', '/api');
      finder.innerHTML = '<signpost-search></signpost-search><signpost-results></signpost-results>';
      document.body.append(finder);
      try {
        await settled(finder);
        const gap = finder.querySelector('signpost-results')!.getBoundingClientRect().top - finder.querySelector('signpost-search')!.getBoundingClientRect().bottom;
        expect(gap).to.be.at.least(16);
      } finally {
        finder.remove();
      }
    });

    it('takes the page’s font, unless a theme sets one', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.fontFamily = 'Georgia, serif';
      document.body.append(wrapper);
      try {
        const finder = await mountFinder('v3', { map: 'false' });
        wrapper.append(finder);
        await settled(finder);
        const heading = results(finder).querySelector('h2')!;
        expect(getComputedStyle(heading).fontFamily).to.equal('Georgia, serif');
        finder.style.setProperty('--signpost-font-family', '"Courier New", monospace');
        expect(getComputedStyle(heading).fontFamily).to.equal('"Courier New", monospace');
      } finally {
        wrapper.remove();
      }
    });
  });
});
