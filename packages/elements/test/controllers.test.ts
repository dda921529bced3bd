// The shared pieces elements are built from: the lazy-loading and show-all controllers,
// the settings rule for elements inside or outside a finder, and memo/reuse.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ALL_CAPABILITIES, OrukClient, type SearchQuery } from '@signpost/core';
import { makeContext } from '../../../test/support/context-host.js';
import { ShowAllController } from '../src/map/show-all.js';
import { I18n } from '../src/shared/i18n.js';
import { memo, reuse } from '../src/shared/memo.js';
import { i18nResolver, setting } from '../src/shared/settings.js';
import { VisibleLoader } from '../src/shared/visible-loader.js';

class LoaderHost extends LitElement {
  loads = 0;
  fail = true;
  loader = new VisibleLoader(this, {
    target: () => this.renderRoot.querySelector('.frame'),
    load: async () => {
      this.loads += 1;
      if (this.fail) throw new Error('offline');
    },
  });
  protected override render() {
    return html`<div class="frame" style="height:50px">${this.loader.status}</div>`;
  }
}
customElements.define('test-loader-host', LoaderHost);

class AllHost extends LitElement {
  all = new ShowAllController(this);
  protected override render() {
    return html`${this.all.all?.status ?? 'page'}`;
  }
}
customElements.define('test-all-host', AllHost);

describe('VisibleLoader', () => {
  it('loads when the frame is seen, once, says when it failed, and tries again when asked', async () => {
    const el = await fixture<LoaderHost>(html`<test-loader-host></test-loader-host>`);
    // in view: the observer reports (a background tab may not, so also wait for load() below)
    await waitUntil(() => el.loads > 0 || document.hidden, 'no load when seen', { timeout: 3000 });
    await el.loader.load();
    expect(el.loader.status).to.equal('failed');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('failed');
    const before = el.loads;
    el.fail = false;
    await el.loader.load();
    expect(el.loads).to.equal(before + 1);
    expect(el.loader.status).to.equal('ready');
    await el.loader.ready;
    await el.loader.load();
    expect(el.loads, 'loaded once').to.equal(before + 1);
  });

  it('does not load a hidden frame until asked', async () => {
    const el = await fixture<LoaderHost>(html`<test-loader-host hidden></test-loader-host>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.loads).to.equal(0);
    expect(el.loader.status).to.equal('idle');
  });
});

describe('ShowAllController', () => {
  /** A directory of 250 services in pages, counting its requests. */
  function directory(total = 250) {
    const requests: SearchQuery[] = [];
    const client = {
      async search(query: SearchQuery) {
        requests.push(query);
        const perPage = query.perPage ?? 10;
        const page = query.page ?? 1;
        const start = (page - 1) * perPage;
        const items = makeContext().services.length
          ? Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => ({ ...makeContext().services[0]!, id: `s${start + i}`, free: (start + i) % 2 === 0 }))
          : [];
        const totalPages = Math.ceil(total / perPage);
        return { items, total, page, perPage, totalPages, isFirst: page === 1, isLast: page >= totalPages, diagnostics: [] };
      },
    };
    return { client, requests };
  }

  it('loads every page of the search, refines as the finder does, and forgets it for another search', async () => {
    const el = await fixture<AllHost>(html`<test-all-host></test-all-host>`);
    const { client, requests } = directory();
    // A live endpoint: it cannot filter by cost, so the finder refines what it has.
    const search = { ...makeContext({ total: 250, totalPages: 25 }), capabilities: { ...ALL_CAPABILITIES, free: false, access: false } };
    await el.all.start(client, search, 2000);
    expect(el.all.all?.status).to.equal('done');
    expect(el.all.all?.services).to.have.length(250);
    expect(requests.map((q) => q.page)).to.deep.equal([1, 2, 3]);
    expect(requests.every((q) => q.perPage === 100)).to.equal(true);
    const free = { ...search, state: { ...search.state, freeOnly: true } };
    expect(el.all.services(free)).to.have.length(125);
    expect(el.all.services(free), 'the same array while nothing changed').to.equal(el.all.services(free));
    el.all.follow(free);
    expect(el.all.all, 'free only is refined here, not a new search').to.not.equal(undefined);
    el.all.follow({ ...search, state: { ...search.state, text: 'football' } });
    expect(el.all.all).to.equal(undefined);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('page');
  });

  it('asks a source that filters by cost itself (a snapshot) for free only: a new search', async () => {
    const el = await fixture<AllHost>(html`<test-all-host></test-all-host>`);
    const { client, requests } = directory();
    const search = makeContext({ total: 250, totalPages: 25 });
    expect(search.capabilities.free).to.equal(true);
    const free = { ...search, state: { ...search.state, freeOnly: true } };
    await el.all.start(client, free, 2000);
    expect(requests.every((q) => q.freeOnly === true)).to.equal(true);
    el.all.follow(search);
    expect(el.all.all, 'dropping free only is another search').to.equal(undefined);
  });

  it('stops, keeping what arrived, and is bounded', async () => {
    const el = await fixture<AllHost>(html`<test-all-host></test-all-host>`);
    const { client } = directory(5000);
    const search = makeContext({ total: 5000, totalPages: 500 });
    const loading = el.all.start(client, search, 150);
    el.all.stop();
    await loading;
    expect(el.all.all?.status).to.equal('stopped');
    await el.all.start(client, search, 150);
    expect(el.all.all?.status).to.equal('done');
    expect(el.all.all?.services).to.have.length(150);
    el.all.reset();
    expect(el.all.all).to.equal(undefined);
  });
});

describe('settings of an element inside or outside a finder', () => {
  it('take the element’s own value, else the finder’s, else the default', () => {
    expect(setting(6, 24, 12)).to.equal(6);
    expect(setting(undefined, 24, 12)).to.equal(24);
    expect(setting(null, undefined, 12)).to.equal(12);
    expect(setting('', 'https://tiles.example/{z}/{x}/{y}.png', 'osm')).to.equal('https://tiles.example/{z}/{x}/{y}.png');
    expect(setting('', '', 'osm')).to.equal('osm');
  });

  it('language: its own, else the finder’s I18n itself, else the page’s', () => {
    const resolve = i18nResolver();
    const el = document.createElement('div');
    const finder = new I18n('cy');
    const none = {};
    expect(resolve(el, null, none, finder)).to.equal(finder);
    expect(resolve(el, 'en', none, finder).lang).to.equal('en');
    expect(resolve(el, 'en', none, finder), 'made once').to.equal(resolve(el, 'en', none, finder));
    const strings = { backToResults: 'Back' };
    expect(resolve(el, null, strings, finder).lang, 'own strings keep the finder’s language').to.equal('cy');
    expect(resolve(el, null, none, undefined).lang).to.equal(document.documentElement.lang.startsWith('cy') ? 'cy' : 'en');
  });
});

describe('memo and reuse', () => {
  it('memo returns the last result for the same arguments', () => {
    let calls = 0;
    const double = memo((a: number[], n: number) => {
      calls += 1;
      return a.map((x) => x * n);
    });
    const list = [1, 2];
    const first = double(list, 2);
    expect(double(list, 2)).to.equal(first);
    expect(double([1, 2], 2)).to.not.equal(first);
    expect(calls).to.equal(2);
  });

  it('reuse keeps the previous object when every field is the same', () => {
    const client = new OrukClient({ endpoint: 'https://example.invalid' });
    const a = { client, n: 1 };
    expect(reuse(a, { client, n: 1 })).to.equal(a);
    expect(reuse(a, { client, n: 2 })).to.deep.equal({ client, n: 2 });
    expect(reuse(undefined, a)).to.equal(a);
  });
});
