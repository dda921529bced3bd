import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The drop-in bundle as a site owner pastes it (built by `npm test` before the browser tests).
const BUNDLE = '/packages/elements/dist/cdn/signpost.js';

describe('the drop-in bundle', () => {
  it('registers every element, and loading it twice on one page is harmless', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const name of ['signpost-finder', 'signpost-search', 'signpost-filters', 'signpost-results', 'signpost-service']) {
      expect(customElements.get(name), name).to.exist;
    }
  });

  it('shows a working finder from a plain element and attribute', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const el = await fixture(html`<signpost-finder endpoint="/api/v1" geocoder="/api"></signpost-finder>`);
    const results = () => el.shadowRoot?.querySelector('signpost-results')?.shadowRoot;
    await waitUntil(() => (results()?.querySelectorAll('li.card').length ?? 0) > 0, 'no results from the bundle', { timeout: 8000 });
    expect(results()!.querySelector('[role="status"]')!.textContent).to.match(/services found/);
    // The first page has a Markdown description: its renderer comes as a chunk beside the bundle.
    await waitUntil(() => performance.getEntriesByType('resource').some((e) => /\/cdn\/chunks\/marked/.test(e.name)), 'no Markdown chunk', {
      timeout: 5000,
    });
    const summaries = [...results()!.querySelectorAll('li.card')].map((c) => c.textContent!);
    expect(summaries.some((t) => t.includes('Evening online group for parents'))).to.equal(true);
    expect(summaries.join(' ')).not.to.contain('**');
  });
});
