import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';
import { part, settled } from './helpers.js';

async function mount(endpoint: string, attrs = ''): Promise<SignpostFinder> {
  const el = document.createElement('signpost-finder');
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('geocoder', '/api');
  for (const [name, value] of attrs.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(name!, value ?? '');
  await fixture(el);
  await settled(el);
  return el;
}

const filters = (finder: HTMLElement) => part(finder, ['signpost-filters']).shadowRoot!;

describe('the finder probes its endpoint', () => {
  it('offers age and day filters a feed honours', async () => {
    const finder = await mount('/api/v3');
    expect(filters(finder).querySelectorAll('input[name="ages"]').length).to.be.greaterThan(1);
    expect(filters(finder).querySelector('[name="day"], #day')).to.exist;
  });

  it('hides the controls of filters a feed takes but ignores, with no supports attribute', async () => {
    const finder = await mount('/deaf-api/v3');
    // the probe asks after the first results, so that they never wait for it
    await waitUntil(() => filters(finder).querySelectorAll('input[name="ages"]').length === 0, 'the age controls are still offered', { timeout: 5000 });
    expect(filters(finder).querySelector('[name="day"], #day')).to.equal(null);
    // what it does honour stays
    expect(part(finder, ['signpost-search']).shadowRoot!.querySelector('input[type="search"], input#text, input[name="text"]')).to.exist;
  });

  it('says in debug mode which dialect the feed speaks and which filters it ignores', async () => {
    const finder = await mount('/deaf-api/v3', 'debug');
    await waitUntil(() => part(finder, ['signpost-results']).shadowRoot!.querySelector('.probe'), 'no probe report', { timeout: 5000 });
    const text = part(finder, ['signpost-results']).shadowRoot!.querySelector('.probe')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Open Referral UK v3');
    expect(text).to.contain('ignores these filters, so they are not offered: ages, days');
  });

  it('takes the supports attribute at its word instead of probing', async () => {
    const finder = await mount('/deaf-api/v3', 'supports=text,age');
    expect(filters(finder).querySelectorAll('input[name="ages"]').length).to.be.greaterThan(1);
  });
});
