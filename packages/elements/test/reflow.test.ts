// Nothing scrolls sideways on a phone (WCAG 1.4.10), with values as long as real feeds hold:
// 60-character emails, 120-character URLs, long unbroken words, long phone lists and names.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import '../src/service/define.js';
import '../src/map/define.js';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import { LONG_WORD, fixtureServices, longValues } from '../../../test/fixtures/services.js';
import { PHONE_WIDTHS, sidewaysOverflow } from '../../../test/support/reflow.js';
import type { SignpostFeedback } from '../src/feedback/feedback.js';
import type { SignpostMap } from '../src/map/map.js';
import type { SignpostResults } from '../src/results/results.js';
import type { SignpostService } from '../src/service/service.js';

describe('reflow on phones, with real-length values', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const width of PHONE_WIDTHS) {
    describe(`at ${width}px`, () => {
      beforeEach(() => setViewport({ width, height: 700 }));

      it('result cards and chips', async () => {
        const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
        host.context = makeContext({ services: [longValues, ...fixtureServices], state: { text: LONG_WORD, postcode: 'S1 2HE' }, total: 40, totalPages: 4 });
        const results = host.querySelector('signpost-results') as SignpostResults;
        await results.updateComplete;
        expect(results.shadowRoot!.querySelectorAll('li.card').length).to.equal(5);
        expect(sidewaysOverflow(results)).to.deep.equal([]);
      });

      it('a service’s detail, on screen and on paper', async () => {
        const el = await fixture<SignpostService>(html`<signpost-service .service=${longValues}></signpost-service>`);
        await waitUntil(() => el.shadowRoot!.querySelector('.description')?.firstElementChild, 'no description shown');
        expect(el.shadowRoot!.textContent).to.contain(longValues.email);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        await emulateMedia({ media: 'print' });
        expect(sidewaysOverflow(el)).to.deep.equal([]);
      });

      it('a map marker’s card', async () => {
        const map = await fixture<SignpostMap>(html`<signpost-map tile-url="none" .services=${[longValues, ...fixtureServices]}></signpost-map>`);
        await map.load();
        await map.updateComplete;
        const marker = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.sp-marker')].find((m) => m.getAttribute('aria-label')!.startsWith('Day Opportunities'))!;
        marker.click();
        await map.updateComplete;
        expect(map.shadowRoot!.querySelector('.card h3')!.textContent).to.equal(longValues.name);
        expect(sidewaysOverflow(map)).to.deep.equal([]);
      });

      it('the report form, and what became of the report', async () => {
        const el = await fixture<SignpostFeedback>(html`<signpost-feedback .service=${longValues} lang="en"></signpost-feedback>`);
        el.openEmail = () => undefined;
        el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
        await el.updateComplete;
        // addressed to the listing's assurer: their 60-character address is in the words
        expect(el.shadowRoot!.textContent).to.contain(longValues.assurerEmail);
        expect(sidewaysOverflow(el)).to.deep.equal([]);
        el.shadowRoot!.querySelector<HTMLInputElement>('input[value="contact"]')!.click();
        el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.outcome.mailto'), 'no outcome');
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
        try {
          el.shadowRoot!.querySelector<HTMLButtonElement>('.outcome button')!.click();
          await waitUntil(() => el.shadowRoot!.querySelector('#copy-text'), 'no text to copy by hand');
        } finally {
          delete (navigator as { clipboard?: unknown }).clipboard;
        }
        expect(sidewaysOverflow(el)).to.deep.equal([]);
      });
    });
  }
});
