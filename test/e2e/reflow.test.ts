// The finder on a phone over the sample API, with its longest real values (emails, web
// addresses, names): nothing needs scrolling sideways, in the list or in a detail.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { PHONE_WIDTHS, sidewaysOverflow } from '../support/reflow.js';
import { mountFinder, settled } from './helpers.js';

interface Listing {
  id: string;
  name: string;
  email?: string;
  url?: string;
}

/** Every service of the sample API (v3), read page by page. */
async function allListings(): Promise<Listing[]> {
  const all: Listing[] = [];
  for (let page = 1; page < 20; page += 1) {
    const body = (await (await fetch(`/api/v3/services?per_page=100&page=${page}`)).json()) as { contents: Listing[]; last_page: boolean };
    all.push(...body.contents);
    if (body.last_page) break;
  }
  return all;
}

const longestBy = (list: Listing[], field: 'email' | 'url' | 'name') =>
  [...list].sort((a, b) => (b[field] ?? '').length - (a[field] ?? '').length)[0]!;

describe('the finder on a phone with the sample’s longest values', () => {
  let longest: Listing[] = [];
  before(async () => {
    const all = await allListings();
    longest = [longestBy(all, 'email'), longestBy(all, 'url'), longestBy(all, 'name')];
    expect(longest[0]!.email!.length).to.be.greaterThan(40);
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of PHONE_WIDTHS) {
    it(`at ${width}px: the list, and the details of the services with the longest email, web address and name`, async function () {
      this.timeout(30_000);
      await setViewport({ width, height: 700 });
      const finder = await mountFinder('v3', { map: 'false' });
      expect(sidewaysOverflow(finder)).to.deep.equal([]);
      for (const listing of longest) {
        finder.select(listing.id);
        const detail = () => finder.shadowRoot!.querySelector('signpost-service')?.shadowRoot;
        await waitUntil(() => detail()?.querySelector('h2')?.textContent === listing.name, `the detail of ${listing.name} did not open`, { timeout: 5000 });
        await waitUntil(() => detail()!.querySelector('.description')?.firstElementChild, 'no description', { timeout: 5000 });
        // the report form open too
        detail()!.querySelector('signpost-feedback')!.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
        await waitUntil(() => detail()!.querySelector('signpost-feedback')!.shadowRoot!.querySelector('form'), 'no report form', { timeout: 5000 });
        expect(sidewaysOverflow(finder), listing.name).to.deep.equal([]);
        finder.select(undefined);
        await settled(finder);
      }
    });
  }
});
