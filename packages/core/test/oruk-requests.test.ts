import { expect } from '@open-wc/testing';
import {
  ALL_CAPABILITIES,
  pageOfAll,
  v1Adapter,
  v3Adapter,
  type DialectAdapter,
  type EndpointCapabilities,
  type OrukRequest,
  type SearchQuery,
} from '@signpost/core';
import { ORUK_PARAMS } from './fixtures/oruk-params.js';

function shape(request: OrukRequest): [string, Array<[string, string]>] {
  return [request.path, [...request.params.entries()]];
}

const rich: SearchQuery = {
  text: '  stay and play ',
  terms: ['esdNeeds:17', 'esdServiceTypes:242', 'esdNeeds:17', ' '],
  vocabulary: 'esdNeeds',
  ages: { min: 2, max: 11 },
  day: 'TH',
  startTime: '09:30',
  endTime: '15:00',
  postcode: 'sl17dp',
  proximity: 1609.344,
  page: 2,
  perPage: 20,
};

describe('oruk: building requests', () => {
  it('v1: a rich search names every filter on /services, sorted', () => {
    expect(shape(v1Adapter.searchRequest(rich))).to.deep.equal([
      '/services',
      [
        ['day', 'TH'],
        ['end_time', '15:00'],
        ['maximum_age', '11'],
        ['minimum_age', '2'],
        ['page', '2'],
        ['per_page', '20'],
        ['postcode', 'SL1 7DP'],
        ['proximity', '1609'],
        ['start_time', '09:30'],
        ['taxonomy_id', 'esdNeeds:17,esdServiceTypes:242'],
        ['text', 'stay and play'],
        ['vocabulary', 'esdNeeds'],
      ],
    ]);
  });

  it('v3: a rich search with a postcode goes to /service_at_locations', () => {
    expect(shape(v3Adapter.searchRequest(rich))).to.deep.equal([
      '/service_at_locations',
      [
        ['day', 'TH'],
        ['end_time', '15:00'],
        ['maximum_age', '11'],
        ['minimum_age', '2'],
        ['page', '2'],
        ['per_page', '20'],
        ['postcode', 'SL1 7DP'],
        ['proximity', '1609'],
        ['search', 'stay and play'],
        ['start_time', '09:30'],
        ['taxonomy_term_id', 'esdNeeds:17,esdServiceTypes:242'],
      ],
    ]);
  });

  it('v3: without a postcode the search goes to /services', () => {
    const { postcode: _p, proximity: _x, ...rest } = rich;
    expect(v3Adapter.searchRequest(rest).path).to.equal('/services');
    expect(v3Adapter.searchRequest(rich, { ...ALL_CAPABILITIES, proximity: false }).path).to.equal('/services');
  });

  it('leaves out what the capabilities disable', () => {
    const none: EndpointCapabilities = { text: false, taxonomy: false, age: false, day: false, time: false, proximity: false, free: false, access: false };
    expect(shape(v1Adapter.searchRequest(rich, none))).to.deep.equal(['/services', [['page', '2'], ['per_page', '20']]]);
    expect(shape(v3Adapter.searchRequest(rich, none))).to.deep.equal(['/services', [['page', '2'], ['per_page', '20']]]);
    const noTime = [...v1Adapter.searchRequest(rich, { ...ALL_CAPABILITIES, time: false }).params.keys()];
    expect(noTime).not.to.include.members(['start_time', 'end_time']);
  });

  it('leaves out values that cannot be meant', () => {
    const odd: SearchQuery = {
      text: '   ',
      terms: [],
      ages: { min: -1, max: Number.NaN },
      startTime: '9am',
      endTime: '25:00',
      proximity: 500, // without a postcode
      page: 0,
      perPage: -5,
    };
    expect(shape(v1Adapter.searchRequest(odd))).to.deep.equal(['/services', []]);
    expect(shape(v3Adapter.searchRequest(odd))).to.deep.equal(['/services', []]);
  });

  it('gives equal URLs for equal searches', () => {
    const a = v1Adapter.searchRequest({ text: 'x', page: 1, day: 'MO' }).params.toString();
    const b = v1Adapter.searchRequest({ day: 'MO', page: 1, text: 'x' }).params.toString();
    expect(a).to.equal(b);
    expect(a).to.equal('day=MO&page=1&text=x');
  });

  it('asks for one service by escaped id', () => {
    expect(shape(v1Adapter.serviceRequest('a/b c'))).to.deep.equal(['/services/a%2Fb%20c', []]);
    expect(shape(v3Adapter.serviceRequest('ac148810'))).to.deep.equal(['/services/ac148810', []]);
  });

  it('asks for vocabularies and terms the way each dialect defines', () => {
    expect(shape(v1Adapter.taxonomiesRequest(1, 200))).to.deep.equal(['/vocabularies', []]);
    expect(shape(v1Adapter.termsRequest(2, 200, 'esdNeeds'))).to.deep.equal([
      '/taxonomies',
      [
        ['page', '2'],
        ['per_page', '200'],
        ['vocabulary', 'esdNeeds'],
      ],
    ]);
    expect(shape(v3Adapter.taxonomiesRequest(1, 200))).to.deep.equal([
      '/taxonomies',
      [
        ['page', '1'],
        ['per_page', '200'],
      ],
    ]);
    expect(shape(v3Adapter.termsRequest(3, 50, 'ignored'))).to.deep.equal([
      '/taxonomy_terms',
      [
        ['page', '3'],
        ['per_page', '50'],
      ],
    ]);
  });
});

type Paths = Readonly<Record<string, readonly string[]>>;

/** The OpenAPI path template a concrete path matches, e.g. "/services/{id}" for "/services/abc". */
function templateOf(paths: Paths, path: string): string | undefined {
  return Object.keys(paths).find((template) => {
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
}

/** Every subset of the query's parts, as queries (512 of them). */
function* queries(): Generator<SearchQuery> {
  const parts: SearchQuery[] = [
    { text: 'food' },
    { terms: ['t1', 't2'] },
    { vocabulary: 'esdNeeds' },
    { ages: { min: 5, max: 16 } },
    { day: 'SU' },
    { startTime: '08:00', endTime: '18:30' },
    { postcode: 'S1 2HE' },
    { proximity: 3000 },
    { page: 3, perPage: 25 },
    // Filters neither dialect has a parameter for: they must never reach a request.
    { freeOnly: true, access: 'drop-in' },
  ];
  for (let mask = 0; mask < 1 << parts.length; mask += 1) {
    const query: SearchQuery = {};
    parts.forEach((part, i) => {
      if (mask & (1 << i)) Object.assign(query, part);
    });
    yield query;
  }
}

function* capabilityMasks(): Generator<EndpointCapabilities> {
  const keys = Object.keys(ALL_CAPABILITIES) as Array<keyof EndpointCapabilities>;
  for (let mask = 0; mask < 1 << keys.length; mask += 1) {
    yield Object.fromEntries(keys.map((k, i) => [k, Boolean(mask & (1 << i))])) as unknown as EndpointCapabilities;
  }
}

describe('oruk: every request names only parameters its OpenAPI file defines', () => {
  const adapters: Array<[DialectAdapter, Paths]> = [
    [v1Adapter, ORUK_PARAMS.v1],
    [v3Adapter, ORUK_PARAMS.v3],
  ];
  for (const [adapter, paths] of adapters) {
    it(`${adapter.dialect}: all searches, for all capability masks, and the other requests`, () => {
      const seen = new Map<string, number>();
      const problems = new Set<string>();
      const templates = new Map<string, string | undefined>();
      const check = (request: OrukRequest) => {
        if (!templates.has(request.path)) templates.set(request.path, templateOf(paths, request.path));
        const template = templates.get(request.path);
        if (!template) return problems.add(`unknown path ${request.path}`);
        for (const name of request.params.keys()) {
          if (!paths[template]!.includes(name)) problems.add(`${template} ?${name}`);
          seen.set(name, (seen.get(name) ?? 0) + 1);
        }
        return problems;
      };
      const masks = [...capabilityMasks()];
      let built = 0;
      for (const query of queries()) {
        for (const capabilities of masks) {
          check(adapter.searchRequest(query, capabilities));
          built += 1;
        }
        check(adapter.searchRequest(query));
      }
      check(adapter.serviceRequest('svc-1'));
      for (const [page, perPage] of [
        [1, 200],
        [0, 0],
        [7, 1],
      ] as const) {
        check(adapter.taxonomiesRequest(page, perPage));
        check(adapter.termsRequest(page, perPage));
        check(adapter.termsRequest(page, perPage, 'esdNeeds'));
      }
      expect([...problems]).to.deep.equal([]);
      expect(built).to.equal(2 ** 10 * 2 ** Object.keys(ALL_CAPABILITIES).length);
      // The combinations really did exercise the filters.
      const expected =
        adapter.dialect === 'v1'
          ? ['text', 'taxonomy_id', 'vocabulary', 'minimum_age', 'maximum_age', 'day', 'start_time', 'end_time', 'postcode', 'proximity', 'page', 'per_page']
          : ['search', 'taxonomy_term_id', 'minimum_age', 'maximum_age', 'day', 'start_time', 'end_time', 'postcode', 'proximity', 'page', 'per_page'];
      for (const name of expected) expect(seen.get(name) ?? 0, name).to.be.greaterThan(0);
    });
  }

  it('a page of everything is asked for alike in both dialects, before either adapter is at hand; a query with any filter is not one', () => {
    const url = (r: OrukRequest | undefined) => r && `${r.path}?${r.params.toString()}`;
    const pages: SearchQuery[] = [{}, { page: 1, perPage: 10 }, { page: 3, perPage: 50 }, { page: 0, perPage: -5 }, { page: 2.7, perPage: Infinity }, { perPage: 100 }];
    for (const query of pages) {
      for (const adapter of [v1Adapter, v3Adapter]) {
        for (const capabilities of [ALL_CAPABILITIES, { ...ALL_CAPABILITIES, text: false, taxonomy: false }]) {
          expect(url(pageOfAll(query)), `${adapter.dialect} ${JSON.stringify(query)}`).to.equal(url(adapter.searchRequest(query, capabilities)));
        }
      }
    }
    expect(url(pageOfAll({ page: 2, perPage: 10 }))).to.equal('/services?page=2&per_page=10');
    const filtered: SearchQuery[] = [rich, { text: 'football' }, { text: '' }, { terms: [] }, { ages: {} }, { day: 'MO' }, { postcode: 'S1 2HE' }, { freeOnly: true }, { access: 'drop-in' }, { page: 1, startTime: '09:00' }];
    for (const query of filtered) expect(pageOfAll(query), JSON.stringify(query)).to.equal(undefined);
  });
});
