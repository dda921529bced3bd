import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import '../../demo/builder/builder-app.js';
import type { SignpostBuilder } from '../../demo/builder/builder-app.js';
import { contrastRatio, passesAA } from '../../demo/builder/contrast.js';
import { EMPTY_CHOICES, htmlSnippet, jsxSnippet, shortcodeSnippet } from '../../demo/builder/embed.js';

// The drop-in bundle as a site owner loads it (built by `npm test` before the browser tests).
const BUNDLE = '/packages/elements/dist/cdn/signpost.js';

async function mountBuilder(): Promise<SignpostBuilder> {
  return fixture<SignpostBuilder>(html`<signpost-builder script-url=${BUNDLE} geocoder="/api"></signpost-builder>`);
}

function setValue(el: Element | null, value: string, event = 'input') {
  const input = el as HTMLInputElement | HTMLSelectElement;
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

async function checkDirectory(builder: SignpostBuilder, source: string): Promise<void> {
  setValue(builder.querySelector('#source'), source);
  (builder.querySelector('#check') as HTMLButtonElement).click();
  await waitUntil(() => builder.querySelector('#check-honoured, .problem'), `no check of ${source}`, { timeout: 45_000 });
}

async function chooseKind(builder: SignpostBuilder, kind: 'service' | 'map'): Promise<void> {
  (builder.querySelector(`input[name="kind"][value="${kind}"]`) as HTMLInputElement).click();
  await builder.updateComplete;
}

const snippet = (builder: SignpostBuilder, what: string) => (builder.querySelector(`#snippet-${what}`) as HTMLTextAreaElement).value;

/** A blank page holding only the pasted snippet, in an iframe; answers its document. */
async function pasteIntoBlankPage(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${code}\n</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('the embed builder', function () {
  // Checking a directory asks it a dozen questions: generous on a busy machine.
  this.timeout(60_000);

  describe('snippets and contrast (pure)', () => {
    const choices = { ...EMPTY_CHOICES, source: 'https://api.example.gov.uk/oruk/v3', need: 'send"><x', ages: '0-4', lang: 'cy' as const, primary: '#1d70b8' };

    it('writes the HTML with every attribute escaped', () => {
      expect(htmlSnippet(choices, 'https://cdn.example/signpost.js')).to.equal(
        '<script type="module" src="https://cdn.example/signpost.js"></script>\n' +
          '<signpost-finder endpoint="https://api.example.gov.uk/oruk/v3" fixed-need="send&quot;&gt;&lt;x" fixed-ages="0-4" lang="cy" style="--signpost-primary: #1d70b8"></signpost-finder>',
      );
      expect(htmlSnippet(choices, '/s/signpost-loader.js?ver=1')).to.match(/^<script src="\/s\/signpost-loader\.js\?ver=1"><\/script>/);
    });

    it('writes the shortcode with nothing that could end an attribute or the shortcode', () => {
      expect(shortcodeSnippet(choices)).to.equal(
        '[signpost endpoint="https://api.example.gov.uk/oruk/v3" element="finder" need="send%22><x" ages="0-4" lang="cy" primary-colour="#1d70b8"]',
      );
    });

    it('writes React JSX with camelCase props and a style object', () => {
      const jsx = jsxSnippet({ ...choices, kind: 'service', serviceId: 'abc-1' });
      expect(jsx).to.contain("import { SignpostService } from '@signpost/react';");
      expect(jsx).to.contain('serviceId="abc-1"');
      expect(jsx).to.contain('style={{ "--signpost-primary": "#1d70b8" }}');
      expect(jsxSnippet(choices)).to.contain('fixedNeed={"send\\"><x"}');
    });

    it('measures contrast as WCAG does', () => {
      expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
      expect(contrastRatio('#1d70b8', '#ffffff')).to.be.closeTo(5.17, 0.05);
      expect(passesAA('#ffffff', '#00703c')).to.equal(true);
      expect(passesAA('#ffffff', '#ffdd00')).to.equal(false);
    });
  });

  it("checks the sample API: dialect, services, staleness, the filters it honours and its vocabularies", async () => {
    const builder = await mountBuilder();
    await checkDirectory(builder, '/api/v3');
    const text = (id: string) => builder.querySelector(`#${id}`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('check-dialect')).to.equal('Open Referral UK v3');
    expect(Number(text('check-total'))).to.be.greaterThan(300);
    expect(text('check-stale')).to.match(/^\d+ of the first 50/);
    for (const filter of ['words', 'needs', 'ages', 'days', 'distance from a postcode']) expect(text('check-honoured')).to.contain(filter);
    expect(text('check-ignored')).to.equal('none');
    expect(text('check-vocabularies')).to.match(/terms\)/);
    // every step on show, for axe: the choices and the snippets (the preview is the finder, checked on its own)
    await waitUntil(() => builder.querySelector('#snippet-jsx'), 'no snippets');
    await expect(builder).to.be.accessible();
  });

  it('finds the filters a deaf endpoint ignores', async () => {
    const builder = await mountBuilder();
    await checkDirectory(builder, '/deaf-api/v3');
    expect(builder.querySelector('#check-ignored')!.textContent).to.contain('ages, days');
    expect(builder.querySelector('#check-honoured')!.textContent).not.to.contain('ages');
  });

  it('says what to ask the supplier for when a directory answers without CORS', async () => {
    const builder = await mountBuilder();
    const elsewhere = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/no-api-here`;
    await checkDirectory(builder, elsewhere);
    expect(builder.querySelector('#cors-advice')!.textContent).to.contain('Access-Control-Allow-Origin');
  });

  it("gives a finder whose snippet, pasted into a blank page, works; and checks the colours' contrast", async () => {
    const builder = await mountBuilder();
    await checkDirectory(builder, '/api/v3');
    const need = builder.querySelector('#need') as HTMLSelectElement;
    setValue(need, need.options[1]!.value, 'change');
    setValue(builder.querySelector('#ages'), '0-4');
    setValue(builder.querySelector('#colour-primary'), '#ffdd00');
    await builder.updateComplete;
    expect(builder.querySelector('#contrast-primary')!.textContent).to.contain('fails WCAG AA');
    setValue(builder.querySelector('#colour-primary'), '#1d70b8');
    await builder.updateComplete;
    expect(builder.querySelector('#contrast-primary')!.textContent).to.contain('passes WCAG AA');
    // the live preview is the element the snippet describes
    await waitUntil(() => builder.querySelector('#preview-stage signpost-finder'), 'no preview');
    const code = snippet(builder, 'html');
    expect(code).to.contain(`fixed-need="${need.options[1]!.value}"`);
    expect(snippet(builder, 'shortcode')).to.contain('element="finder"');
    expect(snippet(builder, 'jsx')).to.contain('<SignpostFinder');
    const page = await pasteIntoBlankPage(code);
    const cards = () => page.querySelector('signpost-finder')?.shadowRoot?.querySelector('signpost-results')?.shadowRoot?.querySelectorAll('li.card') ?? [];
    await waitUntil(() => cards().length > 0, 'the pasted finder shows no results', { timeout: 15_000 });
    expect(page.querySelector('signpost-finder')!.getAttribute('style')).to.equal('--signpost-primary: #1d70b8');
  });

  it('gives one service, found by its name, whose snippet works on a blank page', async () => {
    const builder = await mountBuilder();
    await checkDirectory(builder, '/api/v3');
    await chooseKind(builder, 'service');
    setValue(builder.querySelector('#service-name'), 'football');
    (builder.querySelector('#find-service') as HTMLButtonElement).click();
    await waitUntil(() => builder.querySelector('#found .choose'), 'no services found by name', { timeout: 10_000 });
    const name = builder.querySelector('#found li .name')!.textContent!.trim();
    (builder.querySelector('#found .choose') as HTMLButtonElement).click();
    await builder.updateComplete;
    const code = snippet(builder, 'html');
    expect(code).to.match(/<signpost-service endpoint="\/api\/v3" service-id="[^"]+"/);
    const page = await pasteIntoBlankPage(code);
    await waitUntil(() => page.querySelector('signpost-service')?.shadowRoot?.textContent?.includes(name), `the pasted service does not show ${name}`, {
      timeout: 15_000,
    });
  });

  it('gives a map of a search whose snippet works on a blank page', async () => {
    const builder = await mountBuilder();
    await checkDirectory(builder, '/api/v3');
    await chooseKind(builder, 'map');
    setValue(builder.querySelector('#ages'), '0-4');
    await builder.updateComplete;
    const code = snippet(builder, 'html');
    expect(code).to.contain('<signpost-map endpoint="/api/v3" ages="0-4"');
    expect(snippet(builder, 'shortcode')).to.equal('[signpost endpoint="/api/v3" element="map" ages="0-4"]');
    const page = await pasteIntoBlankPage(code);
    await waitUntil(() => /\d+ services on the map/.test(page.querySelector('signpost-map')?.shadowRoot?.textContent ?? ''), 'the pasted map counts nothing', {
      timeout: 15_000,
    });
  });
});
