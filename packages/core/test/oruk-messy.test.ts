import { expect } from '@open-wc/testing';
import { SignpostError, v1Adapter, v3Adapter, type Diagnostic, type SearchResult, type Service } from '@signpost/core';
import { descriptionHtml } from '@signpost/core/sanitise';
import { messyV1Page, messyV3LocationsPage } from './fixtures/oruk-messy.js';

function paths(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => d.path);
}

describe('oruk: messy live feeds (v1)', () => {
  let result: SearchResult;
  let tea: Service | undefined;
  let money: Service | undefined;
  before(() => {
    result = v1Adapter.parseSearch(messyV1Page, {});
    [tea, money] = result.items;
  });

  it('keeps the usable services, in order, and drops the rest with a reason', () => {
    expect(result.items.map((s) => s.id)).to.deep.equal(['tea-and-chat', '17']);
    expect(result.diagnostics.slice(-4)).to.deep.equal([
      { path: 'content[2]', message: 'service dropped: it has no id' },
      { path: 'content[3]', message: 'service dropped: it has no name' },
      { path: 'content[4]', message: 'service dropped: expected an object (got "just a string")' },
      { path: 'content[5]', message: 'service dropped: expected an object (got null)' },
    ]);
  });

  it('trusts first/last over a page number counted from 0, and reads counts written as strings', () => {
    const { items: _items, diagnostics: _d, ...page } = result;
    expect(page).to.deep.equal({ total: 25, page: 1, totalPages: 3, perPage: 10, isFirst: true, isLast: false });
    const second = v1Adapter.parseSearch({ ...messyV1Page, number: 1, first: false, last: true, content: [] }, { page: 2 });
    expect([second.page, second.isFirst, second.isLast, second.totalPages]).to.deep.equal([2, false, true, 2]);
    const fromOne = v1Adapter.parseSearch({ ...messyV1Page, number: 1, first: true, last: true, content: [] }, {});
    expect([fromOne.page, fromOne.isFirst, fromOne.totalPages]).to.deep.equal([1, true, 1]);
  });

  it('cleans editor HTML: styles, classes and data attributes go, structure and &nbsp; stay harmless', async () => {
    expect(tea!.description).to.contain('class="MsoNormal"'); // as the feed gave it
    expect(await descriptionHtml(tea!.description)).to.equal('<p>Tea&nbsp;and&nbsp;chat for carers.</p><ul><li>Weekly</li><li>Friendly</li></ul><p><br></p>');
    expect(tea!.summary).to.equal('Tea and chat for carers. Weekly Friendly');
    expect(tea!.name).to.equal('Tea & Chat');
  });

  it('renders Markdown descriptions as sanitised HTML, and summarises them without their marks', async () => {
    expect(await descriptionHtml(money!.description)).to.equal(
      '<p><strong>About us</strong></p>\n<p>We give <strong>free</strong> advice on:</p>\n<ul>\n<li>debt</li>\n<li>benefits</li>\n</ul>\n' +
        '<p>See <a href="https://money.example.org/" rel="noopener noreferrer nofollow">our site</a>.</p>',
    );
    expect(money!.summary).to.equal('About us We give free advice on: debt benefits See our site.');
  });

  it('accepts sloppy but meaningful values and drops wrong ones', () => {
    expect(tea).to.deep.include({
      url: 'https://www.example.org/tea',
      email: 'tea@example.org',
      status: 'active',
      access: 'drop-in',
      organisation: { id: 'org-1', name: 'Carers Together' },
      costOptions: [
        { option: 'Per term', amount: 12 },
        { option: 'Concession', amount: 0 },
      ],
      free: false,
      ages: { min: 18 },
      languages: ['English', 'Welsh'],
      locations: [],
      schedules: [{ days: ['TU'], opensAt: '09:30', closesAt: '15:00' }],
      terms: [{ id: '242', name: 'Carers support', vocabulary: 'esdServiceTypes', parentId: 'esdServiceTypes:1' }],
      phones: [{ number: '1628123456', href: 'tel:1628123456' }],
      contacts: [{ phones: [{ number: '1628123456', href: 'tel:1628123456' }] }],
    });
    for (const absent of ['fees', 'attending', 'lastChecked', 'lastCheckedSource']) expect(tea).not.to.have.property(absent);
    expect(paths(result.diagnostics)).to.include.members([
      'content[0].service_at_locations',
      'content[0].attending_type',
      'content[0].assured_date',
      'content[0].organization.url',
      'content[0].organization.email',
      'content[0].eligibilitys[1].minimum_age',
      'content[0].eligibilitys[2].maximum_age',
      'content[0].regular_schedules[1].weekday',
      'content[0].regular_schedules[1].opens_at',
      'content[0].contacts[0].phones[1].number',
      'content[0].languages[3]',
      'content[0].service_taxonomys[2].taxonomy',
      'content[1].url',
      'content[1].status',
    ]);
  });

  it('says nothing about fields that are merely absent, blank or null', () => {
    const quiet = paths(result.diagnostics).filter((p) =>
      /\.fees$|eligibilitys\[0\]\.maximum_age|languages\[1\]|contacts\[0\]\.(name|title|email)$|service_taxonomys\[3\]|\.pc_/.test(p),
    );
    expect(quiet).to.deep.equal([]);
  });

  it('ignores publisher extensions (pc_*)', () => {
    expect(JSON.stringify(result)).not.to.contain('pc_');
    expect(JSON.stringify(result)).not.to.contain('carers"]');
  });

  it('keeps locations with usable parts: coordinates as strings, postcodes normalised, impossible points dropped', () => {
    expect(money!.locations).to.deep.equal([
      {
        id: 'L1',
        position: { lat: 51.5, lng: -0.12 },
        addresses: [{ lines: ['Town Hall'], city: 'London', postcode: 'SW1A 1AA' }],
        accessibility: ['Lift'],
      },
      { id: 'L2', name: 'Nowhere', addresses: [], accessibility: [] },
    ]);
    expect(result.diagnostics).to.deep.include.members([
      { path: 'content[1].service_at_locations[1].location.latitude', message: 'coordinates 100, 0 are not a place on Earth; dropped' },
      { path: 'content[1].service_at_locations[3].location.latitude', message: 'coordinates 0, 0 are not a place on Earth; dropped' },
      {
        path: 'content[1].service_at_locations[3].location',
        message: 'location with nothing to show (no name, address or coordinates) dropped',
      },
    ]);
    expect(money!.free).to.equal(true); // "Free of charge"
    expect(money!.status).to.equal(undefined);
  });

  it('treats a service with no locations as having none', () => {
    const { value, diagnostics } = v1Adapter.parseService({ id: 'x', name: 'Phone line', service_at_locations: null });
    expect(value.locations).to.deep.equal([]);
    expect(diagnostics).to.deep.equal([]);
  });
});

describe('oruk: messy live feeds (v3 service_at_locations)', () => {
  const result = v3Adapter.parseSearch(messyV3LocationsPage, { postcode: 'S1 2HE', proximity: 2000 });

  it('groups items into services by first appearance, nearest location first', () => {
    expect(result.items.map((s) => s.id)).to.deep.equal(['svc-a', 'svc-b', 'svc-c']);
    const [youth, food] = result.items;
    expect(youth!.name).to.equal('Youth Club');
    expect(youth!.locations.map((l) => [l.id, l.distanceMetres])).to.deep.equal([
      ['loc-near', 250],
      ['loc-far', 1200],
    ]);
    expect(youth!.distanceMetres).to.equal(250);
    expect(youth!.ages).to.deep.equal({ min: 11, max: 18 });
    expect(food).to.deep.include({
      name: 'Food Bank',
      free: true,
      distanceMetres: 300,
      locations: [
        {
          id: 'loc-b',
          name: 'Church Hall',
          position: { lat: 53.37, lng: -1.46 },
          addresses: [{ lines: ['Church Lane'], postcode: 'S1 2HE' }],
          accessibility: [],
          distanceMetres: 300,
        },
      ],
    });
  });

  it('drops a minimum age above the maximum, and items naming no service', () => {
    expect(result.items[2]!.ages).to.deep.equal({});
    expect(result.diagnostics).to.deep.include.members([
      { path: 'contents[3].service.minimum_age', message: 'minimum age 30 is above maximum age 18; both dropped' },
      { path: 'contents[4]', message: 'service dropped: it has no name' },
    ]);
  });

  it('counts services, not places, when the whole result is one page', () => {
    expect([result.total, result.page, result.totalPages, result.isFirst, result.isLast]).to.deep.equal([3, 1, 1, true, true]);
  });
});

describe('oruk: answers that are not ORUK at all', () => {
  const cases: Array<[string, () => unknown]> = [
    ['a v1 page without content', () => v1Adapter.parseSearch({ totalElements: 0 }, {})],
    ['a v3 page without contents', () => v3Adapter.parseSearch({ content: [] }, {})],
    ['a list instead of a page', () => v3Adapter.parseSearch([], {})],
    ['a string', () => v1Adapter.parseSearch('<html>', {})],
    ['null', () => v3Adapter.parseTerms(null)],
    ['a v1 taxonomies page with content not a list', () => v1Adapter.parseTerms({ content: {} })],
    ['a vocabularies answer that is neither list nor page', () => v1Adapter.parseTaxonomies({ vocabularies: [] })],
    ['a service without id or name', () => v3Adapter.parseService({ description: 'x' })],
    ['a service that is a number', () => v1Adapter.parseService(42)],
  ];
  for (const [what, parse] of cases) {
    it(`throws not-oruk for ${what}`, () => {
      let caught: unknown;
      try {
        parse();
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(SignpostError);
      expect((caught as SignpostError).kind).to.equal('not-oruk');
      expect((caught as SignpostError).message).to.match(/not an Open Referral UK response/);
    });
  }

  it('puts the URL on the error when the caller passes it', () => {
    try {
      v1Adapter.parseSearch({}, {}, 'https://api.example.org/services');
      expect.fail('should throw');
    } catch (error) {
      expect((error as SignpostError).url).to.equal('https://api.example.org/services');
    }
  });
});
