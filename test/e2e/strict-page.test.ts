// The drop-in bundle on a strict page: the README's Content-Security-Policy with Trusted
// Types enforced. A search, the map with its markers, controls and credits, and a
// service's detail (a Markdown description, sanitised) all work with no violation at all.
// Runs the built bundle (npm test builds it first).
import { expect, waitUntil } from '@open-wc/testing';

type Violation = { directive: string; blocked: string; sample: string; source: string };
type StrictWindow = Window & { violations: Violation[]; trustedTypes?: unknown };

/** Deep query through shadow roots: each selector is looked for inside the previous match's shadow root. */
function deep(root: ParentNode, path: string[]): Element | null {
  let scope: ParentNode = root;
  let found: Element | null = null;
  for (const selector of path) {
    found = scope.querySelector(selector);
    if (!found) return null;
    scope = found.shadowRoot ?? found;
  }
  return found;
}

describe('a strict page (CSP and Trusted Types)', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;

  const openFrame = async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    frame.src = '/strict/page.html';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
  };

  after(() => frame?.remove());

  it('shows results, the map and a detail with zero violations', async () => {
    await openFrame();
    const win = frame.contentWindow as StrictWindow;
    const doc = frame.contentDocument!;
    expect(win.violations, 'the watcher ran first').to.deep.equal([]);
    const finder = doc.querySelector('signpost-finder')!;

    // results
    await waitUntil(() => (deep(finder.shadowRoot!, ['signpost-results'])?.shadowRoot?.querySelectorAll('li.card').length ?? 0) > 0, 'no results', {
      timeout: 15_000,
    });

    // the map beside them: markers, zoom buttons and the tiles' credit, all from DOM nodes
    const mapRoot = () => deep(finder.shadowRoot!, ['signpost-map'])?.shadowRoot;
    // a person's choice of the map loads it at once, wherever it is on the page
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.view-button[data-view="map"]')!.click();
    await waitUntil(() => (mapRoot()?.querySelectorAll('.sp-marker').length ?? 0) > 0, 'no markers on the map', { timeout: 15_000 });
    const map = mapRoot()!;
    expect(map.querySelector('.leaflet-control-zoom-in')!.textContent).to.equal('+');
    const credit = map.querySelector('.leaflet-control-attribution')!;
    expect(credit.querySelector('a[href="https://example.org/tiles"]')).to.exist;
    map.querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();

    // a detail whose description is Markdown: sanitiser and renderer loaded, output through Lit's policy
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.view-button[data-view="list"]')!.click();
    await waitUntil(() => deep(finder.shadowRoot!, ['signpost-results'])?.checkVisibility(), 'no list', { timeout: 5000 });
    const results = deep(finder.shadowRoot!, ['signpost-results'])!.shadowRoot!;
    const card = [...results.querySelectorAll('li.card')].find((c) => c.textContent!.includes('Evening online group'))!;
    card.querySelector<HTMLAnchorElement>('h3 a')!.click();
    const service = () => deep(finder.shadowRoot!, ['signpost-service'])?.shadowRoot;
    await waitUntil(() => service()?.querySelector('.description strong'), 'no description in the detail', { timeout: 15_000 });
    expect(service()!.querySelector('.description strong')!.textContent).to.equal('Evening online group');

    await new Promise((r) => setTimeout(r, 500)); // anything late (tiles, chunks) has its say
    expect(win.violations).to.deep.equal([]);

    // and the page really is strict: a string assigned as HTML is refused
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
  });
});
