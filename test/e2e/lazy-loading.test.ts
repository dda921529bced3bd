// The drop-in file loads only what a page uses: a finder's first screen fetches none of the
// chunks for the report form, the outbox, Welsh, the detail, the sanitiser or Leaflet; the
// detail's code comes when the browser is idle after the results; the rest when a person
// points at them or opens them. Checked against the built bundle, by the page's network log.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const BUNDLE = '/packages/elements/dist/cdn/signpost.js';

performance.setResourceTimingBufferSize(10_000);

const fetched = (name: string) =>
  performance.getEntriesByType('resource').filter((e) => new RegExp(`/cdn/chunks/${name}-[\\w-]+\\.js`).test(new URL(e.name).pathname));

describe('what the drop-in file loads, and when', function () {
  this.timeout(30_000);

  it('a finder’s first search fetches only the dialect adapters and the later parts; the rest comes when it is needed', async () => {
    localStorage.removeItem('signpost-feedback-outbox'); // no reports left from an earlier visit
    let searchSettledAt = Infinity;
    document.addEventListener('signpost-search', () => (searchSettledAt = Math.min(searchSettledAt, performance.now())));
    await import(/* @vite-ignore */ BUNDLE);
    const finder = await fixture<HTMLElement>(
      html`<signpost-finder endpoint="/api/v3" dialect="v3" geocoder="/api" tile-url="none" feedback-email="fis@council.example.gov.uk"></signpost-finder>`,
    );
    const results = () => finder.shadowRoot!.querySelector('signpost-results')?.shadowRoot;
    await waitUntil(() => (results()?.querySelectorAll('li.card').length ?? 0) > 0, 'no results', { timeout: 10_000 });
    const card = results()!.querySelector('li.card')!;
    const report = card.querySelector('signpost-feedback')!;
    await waitUntil(() => report.shadowRoot?.querySelector('.toggle'), 'no report link on the card');

    // The first screen: the adapters, and nothing for a report, Welsh or a map.
    expect(fetched('oruk-detect'), 'the dialect adapters').to.have.length(1);
    for (const chunk of ['feedback-form', 'feedback-delivery', 'strings-cy', 'map-leaflet-view', 'lib-marked']) {
      expect(fetched(chunk), chunk).to.deep.equal([]);
    }
    // The later parts (with the cards' "Report a problem") as the search starts, so before its results;
    // the sanitiser only after the results, when the browser is idle.
    expect(fetched('service-define'), 'the later parts, once').to.have.length(1);
    expect(fetched('service-define')[0]!.startTime, 'the later parts are fetched before the results').to.be.lessThan(searchSettledAt);
    await waitUntil(() => fetched('(core-)?sanitise').length, 'the sanitiser was not prefetched', { timeout: 8000 });
    expect(fetched('(core-)?sanitise')[0]!.startTime, 'the sanitiser is fetched after the results').to.be.greaterThan(searchSettledAt);
    await new Promise((r) => setTimeout(r, 300));
    for (const chunk of ['feedback-form', 'feedback-delivery', 'strings-cy', 'map-leaflet-view']) {
      expect(fetched(chunk), `${chunk}, after idle`).to.deep.equal([]);
    }

    // Pointing at "Report a problem" fetches the form; opening it shows it.
    const toggle = report.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    toggle.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => fetched('feedback-form').length, 'the form was not fetched on pointing at the link');
    toggle.click();
    await waitUntil(() => report.shadowRoot!.querySelector('form'), 'the form did not open');
    expect(fetched('feedback-delivery'), 'the outbox comes with the form').to.have.length(1);

    // Welsh when the finder speaks it.
    finder.setAttribute('lang', 'cy');
    await waitUntil(() => results()?.querySelector('h2')?.textContent === 'Canlyniadau', 'not Welsh', { timeout: 5000 });
    expect(fetched('strings-cy')).to.have.length(1);

    // Leaflet when the map is shown.
    const mapButton = finder.shadowRoot!.querySelector<HTMLButtonElement>('.views button[data-view="map"]')!;
    mapButton.click();
    await waitUntil(() => fetched('map-leaflet-view').length, 'Leaflet was not fetched for the map', { timeout: 8000 });
    expect(fetched('lib-marked'), 'no Markdown was shown').to.deep.equal([]);
  });
});
