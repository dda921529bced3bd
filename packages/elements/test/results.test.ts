import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SignpostError, toSignpostError, type SignpostErrorKind } from '@signpost/core';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import { fixtureServices } from '../../../test/fixtures/services.js';
import type { SignpostResults } from '../src/results/results.js';

async function mount(options: Parameters<typeof makeContext>[0] = {}) {
  const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
  host.context = makeContext(options);
  const results = host.querySelector('signpost-results') as SignpostResults;
  await results.updateComplete;
  return { host, results, root: results.shadowRoot! };
}

describe('signpost-results', () => {
  it('renders a short card per service with the facts people compare', async () => {
    const { root } = await mount();
    const cards = root.querySelectorAll('li.card');
    expect(cards.length).to.equal(fixtureServices.length);
    const first = cards[0]!;
    expect(first.querySelector('h3 a')!.textContent!.trim()).to.equal('Riverside Youth Club');
    const text = first.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('By Riverside Community Trust');
    expect(text).to.contain('11 to 18');
    expect(text).to.contain('Riverside Hall, 12 Water Lane · 0.4 miles away');
    expect(text).to.contain('Tuesday, Thursday: 18:00 to 20:30');
    expect(text).to.contain('Free');
    expect(text).to.contain('Last checked September 2026');
    expect(first.querySelector('a[href="tel:01144960123"]')).to.exist;
    expect(first.querySelector('.tag.stale')).to.equal(null);
  });

  it('flags listings last checked long ago, and says which are closed or online', async () => {
    const { root } = await mount();
    const [, speech, online, closed] = [...root.querySelectorAll('li.card')];
    expect(speech!.querySelector('.tag.stale')!.textContent).to.contain('May be out of date');
    expect(speech!.textContent).to.contain('From £25');
    expect(online!.textContent).to.contain('Online or by phone');
    expect(closed!.textContent).to.contain('Temporarily closed');
    expect(closed!.textContent).to.contain('Not known when this was last checked');
  });

  it('announces the count in a polite live region', async () => {
    const { root } = await mount({ total: 42, totalPages: 5 });
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.equal('42 services found. Page 1 of 5');
  });

  it('shows removable chips for active filters and a way to clear them all', async () => {
    const { host, root } = await mount({ state: { text: 'football', terms: ['need-food'], ages: { min: 5, max: 10 } } });
    const chips = [...root.querySelectorAll('button.chip')];
    expect(chips.map((c) => c.querySelector('span')!.textContent)).to.deep.equal(['Words: football', 'Food', 'Ages 5 to 10']);
    expect(chips[1]!.getAttribute('aria-label')).to.equal('Remove filter: Food');
    setTimeout(() => (chips[1] as HTMLButtonElement).click());
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch).to.deep.equal({ terms: [] });
    const clear = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear all'))!;
    setTimeout(() => clear.click());
    const cleared = await oneEvent(host, 'signpost-state-change');
    expect(cleared.detail.patch.terms).to.deep.equal([]);
    expect(cleared.detail.patch.text).to.equal('');
  });

  it('pages with real links and moves focus to the results heading', async () => {
    const { host, root } = await mount({ total: 80, page: 2, totalPages: 8 });
    const nav = root.querySelector('nav.pagination')!;
    const labels = [...nav.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(labels).to.deep.equal(['Previous', '1', '2', '3', '…', '8', 'Next']);
    expect(nav.querySelector('[aria-current="page"]')!.textContent).to.equal('2');
    const next = [...nav.querySelectorAll('a')].find((a) => a.textContent === 'Next')!;
    expect(next.getAttribute('href')).to.contain('page=3');
    setTimeout(() => next.click());
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch).to.deep.equal({ page: 3 });
  });

  it('helps when nothing matches, suggesting what to relax', async () => {
    const { root } = await mount({ services: [], state: { text: 'zzz', postcode: 'S1 2HE', day: 'SU' } });
    const empty = root.querySelector('.empty')!;
    expect(empty.querySelector('h3')!.textContent).to.equal('No services match your search');
    const tips = [...empty.querySelectorAll('li')].map((li) => li.textContent);
    expect(tips).to.deep.equal(['using fewer or different words', 'checking the spelling', 'searching a wider distance', 'removing a filter']);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('No services found');
  });

  it('shows a feed failure with a retry, never a blank box', async () => {
    const { host, root } = await mount({ status: 'error' });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-text')!.textContent).to.equal('The directory answered with an error.');
    // core's English message is for developers: only with debug
    expect(alert.textContent).not.to.contain('HTTP 500');
    setTimeout(() => alert.querySelector('button')!.click());
    await oneEvent(host, 'signpost-retry');
  });

  it('says each kind of failure in the page’s language, offering Retry exactly when it may help', async () => {
    const url = 'https://example.invalid/api';
    const kinds: SignpostErrorKind[] = ['network', 'http', 'not-oruk', 'timeout', 'aborted', 'not-found', 'snapshot', 'too-large', 'unreadable', 'unexpected'];
    const seen = { en: new Set<string>(), cy: new Set<string>() };
    for (const lang of ['en', 'cy'] as const) {
      for (const kind of kinds) {
        const error = new SignpostError(kind, url, `core's own words about ${kind}`, kind === 'http' ? { status: 404 } : undefined);
        const { root } = await mount({ status: 'error', error, lang });
        const alert = root.querySelector('[role="alert"]')!;
        const text = alert.querySelector('.error-text')!.textContent!;
        expect(text, `${lang} ${kind}`).not.to.contain('core');
        seen[lang].add(text);
        expect(Boolean(alert.querySelector('button')), `${kind} retry`).to.equal(error.retryable);
      }
    }
    expect(seen.en.size).to.equal(kinds.length);
    expect(seen.cy.size).to.equal(kinds.length);
    expect([...seen.cy].some((t) => seen.en.has(t))).to.equal(false);
  });

  it('never shows a raw browser error; with debug, the developer’s details', async () => {
    const raw = new TypeError("Failed to set the 'innerHTML' property on 'Element': This document requires 'TrustedHTML' assignment.");
    const error = toSignpostError(raw, 'https://example.invalid/api');
    expect(error.kind).to.equal('unexpected');
    const quiet = (await mount({ status: 'error', error })).root.querySelector('[role="alert"]')!;
    expect(quiet.textContent).not.to.contain('TrustedHTML');
    expect(quiet.querySelector('.error-text')!.textContent).to.equal('Something went wrong on this page.');
    const loud = (await mount({ status: 'error', error, debug: true })).root.querySelector('[role="alert"]')!;
    expect(loud.querySelector('.error-details')!.textContent).to.contain('TrustedHTML');
  });

  it('speaks Welsh', async () => {
    const { root } = await mount({ lang: 'cy', total: 4 });
    expect(root.querySelector('h2')!.textContent).to.equal('Canlyniadau');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('4 gwasanaeth wedi’u canfod');
    expect(root.textContent).to.contain('Gwiriwyd ddiwethaf Medi 2026');
    expect(root.textContent).to.contain('Gallai fod yn hen');
  });

  it('opens a service from the keyboard and says so to the host', async () => {
    const { host, root } = await mount();
    const link = root.querySelector<HTMLAnchorElement>('li.card h3 a')!;
    link.focus();
    expect(root.activeElement).to.equal(link);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(host, 'signpost-select');
    expect(event.detail.serviceId).to.equal('svc-riverside');
  });

  describe('my print list', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    const pick = (root: ShadowRoot, name: string) =>
      [...root.querySelectorAll<HTMLElement>('li.card')].find((c) => c.querySelector('h3')!.textContent!.trim() === name)!.querySelector<HTMLInputElement>('.pick input')!;
    const shown = (el: Element | null) => Boolean(el?.checkVisibility());

    it('prints only the services picked, in full words, across pages and searches', async () => {
      const { host, root, results } = await mount();
      const box = pick(root, 'Talking Together speech and language drop-in');
      expect(box.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add to my print list: Talking Together speech and language drop-in');
      box.click();
      pick(root, 'Riverside Youth Club').click();
      await results.updateComplete;
      const print = root.querySelector<HTMLButtonElement>('.after button.print')!;
      expect(print.textContent!.trim()).to.equal('Print my list (2 services)');

      // a new search: the list stays, and its cards stay ticked where they appear
      host.context = makeContext({ services: fixtureServices.slice(0, 1) });
      await results.updateComplete;
      expect(pick(root, 'Riverside Youth Club').checked).to.equal(true);
      expect(root.querySelector('.after button.print')!.textContent!.trim()).to.equal('Print my list (2 services)');

      await emulateMedia({ media: 'print' });
      expect(shown(root.querySelector('ol.cards'))).to.equal(false);
      expect(shown(root.querySelector('.header'))).to.equal(false);
      const list = root.querySelector('.print-list')!;
      expect(shown(list)).to.equal(true);
      expect(list.querySelector('h2')!.textContent).to.equal('My list: 2 services');
      expect(list.textContent).to.match(/Printed on \d{1,2} [A-Z][a-z]+ \d{4}\. Check with the service before you go\./);
      const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(items.map((t) => t.split(' By ')[0]!.trim())).to.deep.equal(['Talking Together speech and language drop-in', 'Riverside Youth Club']);
      expect(items[1]).to.contain('Riverside Hall, 12 Water Lane');
      expect(items[1]).to.contain('S1 2HE');
      expect(items[1]).to.contain('0114 496 0123');
      expect(items[1]).to.contain('https://riverside.example.org/youth');
      await emulateMedia({ media: 'screen' });
      expect(shown(list)).to.equal(false);

      root.querySelector<HTMLButtonElement>('.after button.clear-picked')!.click();
      await results.updateComplete;
      expect(root.querySelector('.print-list')).to.equal(null);
      expect(root.querySelector('.after button.print')!.textContent!.trim()).to.equal('Print this list');
      expect(pick(root, 'Riverside Youth Club').checked).to.equal(false);
    });

    it('prints the whole page of results when nothing is picked', async () => {
      const { root } = await mount();
      await emulateMedia({ media: 'print' });
      expect(shown(root.querySelector('ol.cards'))).to.equal(true);
      expect(shown(root.querySelector('.pick'))).to.equal(false);
    });
  });

  it('passes axe with results, with chips and pages, and when empty', async () => {
    for (const options of [{}, { state: { text: 'x', postcode: 'S1 2HE' }, total: 30, totalPages: 3 }, { services: [] }]) {
      const { host } = await mount(options);
      await expect(host).to.be.accessible();
    }
  });
});
