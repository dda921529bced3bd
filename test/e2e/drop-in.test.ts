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
    for (const name of ['signpost-finder', 'signpost-search', 'signpost-filters', 'signpost-results']) {
      expect(customElements.get(name), name).to.exist;
    }
    // signpost-service, signpost-map and signpost-feedback are fetched when one is on the page
    expect(customElements.get('signpost-service')).to.equal(undefined);
    expect(customElements.get('signpost-feedback')).to.equal(undefined);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<signpost-service></signpost-service>';
    document.body.append(wrapper);
    try {
      await customElements.whenDefined('signpost-service');
      await customElements.whenDefined('signpost-map');
      await customElements.whenDefined('signpost-feedback');
    } finally {
      wrapper.remove();
    }
  });

  it('shows a working finder from a plain element and attribute', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const el = await fixture(html`<signpost-finder endpoint="/api/v1" geocoder="/api"></signpost-finder>`);
    const results = () => el.shadowRoot?.querySelector('signpost-results')?.shadowRoot;
    await waitUntil(() => (results()?.querySelectorAll('li.card').length ?? 0) > 0, 'no results from the bundle', { timeout: 8000 });
    expect(results()!.querySelector('[role="status"]')!.textContent).to.match(/services found/);
    const chunks = (name: string) => performance.getEntriesByType('resource').filter((e) => new RegExp(`/cdn/chunks/([a-z]+-)?${name}`).test(e.name));
    // Cards show plain summaries: neither the sanitiser nor the Markdown renderer is fetched for a list.
    expect([...chunks('sanitise'), ...chunks('marked')]).to.deep.equal([]);
    const cards = [...results()!.querySelectorAll('li.card')];
    const markdown = cards.find((c) => c.textContent!.includes('Evening online group for parents'))!;
    expect(markdown).to.exist;
    expect(cards.map((c) => c.textContent).join(' ')).not.to.contain('**');
    // Its detail is Markdown: the sanitiser and the renderer come as chunks beside the bundle.
    markdown.querySelector<HTMLAnchorElement>('h3 a')!.click();
    const service = () => el.shadowRoot?.querySelector('signpost-service')?.shadowRoot;
    await waitUntil(() => service()?.querySelector('.description strong'), 'no Markdown description', { timeout: 8000 });
    expect(chunks('sanitise').length).to.be.greaterThan(0);
    expect(chunks('marked').length).to.be.greaterThan(0);
  });
});
