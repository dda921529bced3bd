import { expect, waitUntil } from '@open-wc/testing';

// The classic-script loader as a CMS prints it (built by `npm test` before the browser tests).
const LOADER = '/packages/elements/dist/cdn/signpost-loader.js';

// The whole page: its only scripts are the classic loader, as a CMS prints it (with a version
// query), twice (a theme and a plugin both add it).
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A page whose only script is the classic loader</title>
    <script src="${LOADER}?ver=1.2.3"></script>
    <script src="${LOADER}?ver=1.2.3"></script>
  </head>
  <body>
    <signpost-finder endpoint="/api/v1" dialect="v1" geocoder="/api"></signpost-finder>
  </body>
</html>`;

/** Opens a page (its whole HTML, nothing added by the test server) in an iframe and answers its window once loaded. */
async function openFrame(html: string): Promise<{ frame: HTMLIFrameElement; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow! };
}

describe('signpost-loader.js', () => {
  it('is a classic script under 2 KB', async () => {
    const code = await (await fetch(LOADER)).text();
    expect(code.length).to.be.greaterThan(100);
    expect(code.length).to.be.lessThan(2048);
    // A classic script's body compiles as a function; one with import or export would not.
    expect(() => new Function(code)).not.to.throw();
  });

  it('is the only script a page needs for a working finder, and loads the bundle once from beside itself', async () => {
    const { frame, win } = await openFrame(PAGE);
    const doc = win.document;
    const finder = () => doc.querySelector('signpost-finder');
    const cards = () => finder()?.shadowRoot?.querySelector('signpost-results')?.shadowRoot?.querySelectorAll('li.card') ?? [];
    await waitUntil(() => cards().length > 0, 'no results on the loader page', { timeout: 10_000 });
    expect(win.customElements.get('signpost-finder')).to.exist;
    const modules = [...doc.querySelectorAll('script[type="module"]')] as HTMLScriptElement[];
    expect(modules.map((s) => new URL(s.src).pathname + new URL(s.src).search)).to.deep.equal([
      '/packages/elements/dist/cdn/signpost.js?ver=1.2.3',
    ]);
    const classic = [...doc.querySelectorAll('script:not([type])')];
    expect(classic.length).to.equal(2);
    frame.remove();
  });
});
