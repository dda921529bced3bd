/**
 * The harvester's static service pages (test/snapshot-plugin.ts writes them beside the
 * sample snapshot with writePages), read in Chromium: with scripts disabled (a sandboxed
 * frame without allow-scripts) they show the service whole; with scripts on they upgrade
 * into signpost-service over the snapshot (from the built drop-in bundle) without moving
 * the page, measured as cumulative layout shift.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { withFrontPage } from '../support/front-page.js';

const SERVICES = '/snapshots/sample/services/';

interface Slugs {
  slugs: Record<string, string>;
}

async function slugFor(name: RegExp): Promise<{ url: string; slug: string }> {
  const { slugs } = (await (await fetch(`${SERVICES}slugs.json`)).json()) as Slugs;
  const slug = Object.values(slugs).find((s) => name.test(s));
  if (!slug) throw new Error(`no page named like ${String(name)}`);
  return { url: `${SERVICES}${slug}.html`, slug };
}

/** A page in a frame of the given size, with or without scripts; resolves when it has loaded. */
async function open(url: string, { scripts, width = 1000, height = 900 }: { scripts: boolean; width?: number; height?: number }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await fixture(html`<div></div>`).then((host) => host.append(frame));
  await loaded;
  return frame;
}

/** The layout shifts a frame's page has had so far (not those right after input), summed. */
function layoutShift(frame: HTMLIFrameElement): Promise<number> {
  const win = frame.contentWindow as Window & typeof globalThis;
  return new Promise((resolve) => {
    let total = 0;
    new win.PerformanceObserver((list, observer) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) total += entry.value;
      }
      observer.disconnect();
      resolve(total);
    }).observe({ type: 'layout-shift', buffered: true });
    // no shift at all: the observer is never called
    setTimeout(() => resolve(total), 500);
  });
}

/** Frames load and draw reliably only in the visible tab: each test takes it. */
const inFront = (name: string, fn: () => Promise<void>) => it(name, () => withFrontPage(fn));

describe('static service pages', function () {
  this.timeout(60_000);

  inFront('read with JavaScript disabled: name, description, times and a working phone link, in the detail’s own look', async () => {
    const { url } = await slugFor(/^adaptive-cycling-sessions$/);
    const frame = await open(url, { scripts: false, width: 375 });
    const doc = frame.contentDocument!;
    const service = doc.querySelector('signpost-service')!;
    expect(customElements.get('signpost-service'), 'the test page itself defines nothing').to.equal(undefined);
    expect(frame.contentWindow!.customElements.get('signpost-service'), 'no script ran in the frame').to.equal(undefined);
    expect(doc.querySelector('h1')!.textContent).to.equal('Adaptive Cycling Sessions');
    expect(service.querySelector('.description')!.textContent).to.contain('Hand cycles, trikes');
    expect(service.textContent).to.contain('Saturday, Sunday: 10:00 to 14:00');
    const phone = service.querySelector<HTMLAnchorElement>('.actions a[href^="tel:"]')!;
    expect(phone.href).to.equal('tel:01144960835');
    expect(phone.getBoundingClientRect().height).to.be.at.least(44, 'the call button is a full-size target');
    // The element's styles, scoped to the static markup: a button, not a bare link.
    expect(frame.contentWindow!.getComputedStyle(phone).backgroundColor).to.equal('rgb(243, 242, 241)');
    expect(frame.contentWindow!.getComputedStyle(phone).textDecorationLine).to.equal('none');
    expect(doc.title).to.equal('Adaptive Cycling Sessions');
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { name: string };
    expect(data.name).to.equal('Adaptive Cycling Sessions');
  });

  inFront('passes axe as static markup, the page’s styles applied', async () => {
    const { url } = await slugFor(/^adaptive-cycling-sessions$/);
    const page = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = new URL(page.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.getAttribute('href')!, new URL(url, location.href)).href;
    const loaded = new Promise((resolve) => styles.addEventListener('load', resolve, { once: true }));
    host.append(styles, document.adoptNode(page.querySelector('signpost-service')!));
    await loaded;
    expect(customElements.get('signpost-service')).to.equal(undefined);
    expect(getComputedStyle(host.querySelector('h1')!).fontSize).to.equal('22px');
    await expect(host).to.be.accessible();
  });

  inFront('the index lists the kinds of help, each with a page of links that work', async () => {
    const frame = await open(SERVICES, { scripts: false });
    const doc = frame.contentDocument!;
    expect(doc.querySelector('h1')!.textContent).to.equal('All services');
    const needs = [...doc.querySelectorAll<HTMLAnchorElement>('li a[href]')];
    expect(needs.length).to.be.greaterThan(10);
    const need = await open(needs[0]!.href, { scripts: false });
    const links = [...need.contentDocument!.querySelectorAll<HTMLAnchorElement>('li a[href]')];
    expect(`${needs[0]!.textContent} (${links.length})`).to.equal(needs[0]!.parentElement!.textContent);
    expect((await fetch(links[0]!.href)).status).to.equal(200);
    expect(need.contentWindow!.getComputedStyle(need.contentDocument!.body).maxWidth, 'the page styles reach a need page').not.to.equal('none');
  });

  for (const width of [1000, 320]) {
    inFront(`upgrades into signpost-service over the snapshot without moving the page (${width}px)`, async () => {
      const { url } = await slugFor(/^adaptive-cycling-sessions$/);
      const frame = await open(url, { scripts: true, width, height: 2400 });
      const win = frame.contentWindow!;
      const service = frame.contentDocument!.querySelector('signpost-service')!;
      // Where each heading and the whole detail are before the element draws (CLS alone would not see
      // a difference inside it: content replaced is new content, not moved content).
      const tops = (root: ParentNode) => [...root.querySelectorAll('h1, h2.section-title')].map((h) => Math.round(h.getBoundingClientRect().top));
      const staticTitle = service.querySelector('h1')!.getBoundingClientRect();
      const staticTops = tops(service);
      const staticHeight = service.getBoundingClientRect().height;
      await waitUntil(() => service.shadowRoot?.querySelector('.title'), 'the element did not render the service', { timeout: 15_000 });
      await waitUntil(() => service.shadowRoot!.querySelector('.description p'), 'no description', { timeout: 10_000 });
      await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 200)));
      const root = service.shadowRoot!;
      expect(root.querySelector('h1.title')!.textContent).to.equal('Adaptive Cycling Sessions');
      expect(root.querySelector('signpost-feedback'), 'the report form').to.exist;
      expect(root.querySelector('signpost-map'), 'the places map').to.exist;
      const title = root.querySelector('h1.title')!.getBoundingClientRect();
      expect(title.top).to.equal(staticTitle.top);
      expect(title.height).to.equal(staticTitle.height);
      const upgradedTops = tops(root);
      expect(upgradedTops.length).to.equal(staticTops.length);
      upgradedTops.forEach((top, i) => expect(Math.abs(top - staticTops[i]!), `heading ${i} moved`).to.be.at.most(1));
      // The element adds only the report link and Print at its foot.
      const grown = service.getBoundingClientRect().height - staticHeight;
      console.log(`static page upgrade at ${width}px: headings moved by at most ${Math.max(...upgradedTops.map((t, i) => Math.abs(t - staticTops[i]!)))}px; the detail grew ${grown.toFixed(0)}px at its foot`);
      const shift = await layoutShift(frame);
      console.log(`static page upgrade at ${width}px: cumulative layout shift ${shift.toFixed(4)}`);
      expect(shift).to.be.below(0.02);
    });
  }
});
