import { expect } from '@open-wc/testing';
import { v3Adapter, type Location, type Service } from '@signpost/core';
import { v3Examples, type V3ExampleName } from './fixtures/v3-examples.js';

let examples: Record<V3ExampleName, unknown>;
before(async () => {
  examples = await v3Examples();
});

/** An example as a plain object, to build variations on. */
function example(name: V3ExampleName): Record<string, unknown> {
  return structuredClone(examples[name]) as Record<string, unknown>;
}

const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
const LOCATION_ID = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';
const DESCRIPTION =
  'Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.';
const ACCESSIBILITY = 'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.';
const LATITUDE_100 = {
  path: 'service_at_locations[0].location.latitude',
  message: 'coordinates 100, 101 are not a place on Earth; dropped',
};

/** The fields every example service shares (the list form has no child tables). */
const listed: Service = {
  id: SERVICE_ID,
  name: 'Community Counselling',
  organisation: {
    id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
    name: 'Example Organization Inc.',
    url: 'http://example.com/',
    email: 'email@example.com',
  },
  description: DESCRIPTION,
  summary: 'Counselling Services provided by trained professionals.',
  url: 'http://example.com/counselling',
  email: 'email@example.com',
  phones: [],
  status: 'active',
  fees: 'fees_description',
  costOptions: [],
  ages: { min: 12, max: 100 },
  languages: [],
  lastChecked: '2005-01-01',
  lastCheckedSource: 'assured_date',
  assurerEmail: 'email@example.com',
  alert:
    'Following COVID-19 we have moved most of our counselling sessions online. Please contact the reception if you require further information.',
  locations: [],
  schedules: [],
  terms: [],
  contacts: [],
};

/** The civic centre with its latitude 100, longitude 101 dropped. */
const civicCentre: Location = {
  id: LOCATION_ID,
  name: 'MyCity Civic Center',
  description:
    'MyCity Civic Center is located on Main Street and contains facilities for a number of civic and community services available.',
  addresses: [{ lines: ['1-30 Main Street'], city: 'MyCity', region: 'MyRegion', postcode: 'ABC 1234' }],
  accessibility: [ACCESSIBILITY],
};

const full: Service = {
  ...listed,
  costOptions: [{ option: 'Under 18s and Over 60s', amount: 35, amountDescription: 'per 1 hour session' }],
  free: false,
  locations: [civicCentre],
  schedules: [
    {
      days: ['TH', 'FR'],
      opensAt: '10:00',
      closesAt: '18:00',
      description: 'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.',
      firstDate: '2005-01-01',
      validFrom: '2005-01-01',
      validTo: '2005-01-01',
    },
  ],
  terms: [
    {
      id: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
      name: 'name',
      vocabulary: 'taxonomy',
      parentId: '0bc248fa-dc27-4650-9ba4-8f1a24ef16a2',
      description: 'description',
    },
  ],
  contacts: [{ name: 'Ann Persona', title: 'Reception Manager', phones: [] }],
};

describe('oruk v3: parsing the official examples', () => {
  it('maps service_full exactly, dropping latitude 100 with a diagnostic', () => {
    const { value, diagnostics } = v3Adapter.parseService(examples.service_full);
    expect(value).to.deep.equal(full);
    expect(diagnostics).to.deep.equal([LATITUDE_100]);
  });

  it('maps service_list and its envelope', () => {
    const result = v3Adapter.parseSearch(examples.service_list, {});
    expect(result).to.deep.equal({
      items: [listed],
      total: 10,
      page: 1,
      totalPages: 10,
      perPage: 1,
      isFirst: true,
      isLast: false,
      diagnostics: [],
    });
  });

  it('groups service_at_location_list items into services, keeping the location', () => {
    const result = v3Adapter.parseSearch(examples.service_at_location_list, { postcode: 'S1 2HE', proximity: 1000 });
    const { addresses: _a, accessibility: _b, ...bare } = civicCentre;
    expect(result.items).to.deep.equal([{ ...listed, locations: [{ ...bare, addresses: [], accessibility: [] }] }]);
    expect(result.total).to.equal(10); // service_at_locations counted: more pages follow
    expect(result.diagnostics).to.deep.equal([{ ...LATITUDE_100, path: 'contents[0].location.latitude' }]);
  });

  it('maps service_at_location_full (as a one-item page) into the full service at its place', () => {
    const page = { ...example('service_at_location_list'), contents: [examples.service_at_location_full], last_page: true, total_pages: 1 };
    const result = v3Adapter.parseSearch(page, {});
    expect(result.items).to.deep.equal([{ ...full, locations: [civicCentre] }]);
    expect(result.total).to.equal(1);
    expect(result.isLast).to.equal(true);
  });

  it('maps taxonomy_list', () => {
    const { value, diagnostics } = v3Adapter.parseTaxonomies(examples.taxonomy_list);
    expect(value.items).to.deep.equal([{ id: '5c4d79d7-cc55-470e-9f1f-8cad074e4892', name: 'name', description: 'description' }]);
    expect(value.isLast).to.equal(false);
    expect(diagnostics).to.deep.equal([]);
  });

  it('maps taxonomy_term_list, the vocabulary being the free-text taxonomy when there is no taxonomy_id', () => {
    const { value, diagnostics } = v3Adapter.parseTerms(examples.taxonomy_term_list);
    expect(value.items).to.deep.equal([
      {
        id: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
        name: 'name',
        vocabulary: 'taxonomy',
        parentId: '0bc248fa-dc27-4650-9ba4-8f1a24ef16a2',
        description: 'description',
      },
    ]);
    expect(diagnostics).to.deep.equal([]);
  });

  it('prefers taxonomy_id as the vocabulary of listed terms, so it matches Taxonomy.id', () => {
    const taxonomy = example('taxonomy');
    const terms = (taxonomy['taxonomy_terms'] as Array<Record<string, unknown>>).map((t) => ({ ...t, taxonomy_id: taxonomy['id'] }));
    const single = example('taxonomy_term');
    const page = { ...example('taxonomy_term_list'), contents: [...terms, { ...single, id: 'other', taxonomy_detail: { id: 'tx-2', name: 'Needs' } }] };
    const { value } = v3Adapter.parseTerms(page);
    expect(value.items.map((t) => t.vocabulary)).to.deep.equal(['5c4d79d7-cc55-470e-9f1f-8cad074e4892', 'tx-2']);
  });

  it('reads phones on the service and on contacts, and language names or codes', () => {
    const service = {
      ...example('service_full'),
      phones: [{ number: '0114 273 4567', description: 'Reception' }],
      contacts: [{ name: 'Ann', phones: [{ number: '0114 273 4567' }, { number: '+44 7700 900123' }] }],
      languages: [{ name: 'English' }, { code: 'cy' }, { id: 'x' }],
    };
    const { value } = v3Adapter.parseService(service);
    expect(value.phones).to.deep.equal([
      { number: '0114 273 4567', href: 'tel:01142734567', description: 'Reception' },
      { number: '+44 7700 900123', href: 'tel:+447700900123' },
    ]);
    expect(value.contacts).to.deep.equal([
      {
        name: 'Ann',
        phones: [
          { number: '0114 273 4567', href: 'tel:01142734567' },
          { number: '+44 7700 900123', href: 'tel:+447700900123' },
        ],
      },
    ]);
    expect(value.languages).to.deep.equal(['English', 'cy']);
  });

  it('falls back to last_modified when there is no assured_date', () => {
    const { value } = v3Adapter.parseService({ ...example('service_full'), assured_date: null });
    expect(value.lastChecked).to.equal('2023-03-15');
    expect(value.lastCheckedSource).to.equal('last_modified');
  });

  it('keeps schedules on service_at_locations and locations, with their location id and their monthly days', () => {
    const service = example('service_full');
    const sal = (service['service_at_locations'] as Array<Record<string, unknown>>)[0]!;
    sal['schedules'] = [{ byday: 'SA', opens_at: '09:00' }];
    (sal['location'] as Record<string, unknown>)['schedules'] = [{ byday: '1MO,-1FR', closes_at: '17:00:00' }];
    const { value } = v3Adapter.parseService(service);
    expect(value.schedules.slice(1)).to.deep.equal([
      { days: ['SA'], opensAt: '09:00', locationId: LOCATION_ID },
      { days: ['MO', 'FR'], freq: 'monthly', monthlyDays: [{ week: 1, day: 'MO' }, { week: -1, day: 'FR' }], closesAt: '17:00', locationId: LOCATION_ID },
    ]);
  });

  it('reads how often a schedule repeats: monthly on ordinal days, every few weeks, and the dates it holds between', () => {
    const parse = (schedule: Record<string, unknown>) => v3Adapter.parseService({ id: 's', name: 'S', schedules: [schedule] });
    const monthly = parse({ freq: 'MONTHLY', byday: '2TU, 4TU', opens_at: '10:00', closes_at: '12:00', valid_to: '2027-07-31' });
    expect(monthly.value.schedules).to.deep.equal([
      { days: ['TU'], freq: 'monthly', monthlyDays: [{ week: 2, day: 'TU' }, { week: 4, day: 'TU' }], validTo: '2027-07-31', opensAt: '10:00', closesAt: '12:00' },
    ]);
    const fortnightly = parse({ freq: 'WEEKLY', interval: 2, byday: 'WE', opens_at: '18:00', dtstart: '2026-01-07', valid_from: '2026-01-01' });
    expect(fortnightly.value.schedules).to.deep.equal([{ days: ['WE'], interval: 2, firstDate: '2026-01-07', validFrom: '2026-01-01', opensAt: '18:00' }]);
    const odd = parse({ freq: 'HOURLY', interval: 0, byday: 'MO' });
    expect(odd.value.schedules).to.deep.equal([{ days: ['MO'] }]);
    expect(odd.diagnostics.map((d) => d.path)).to.include('schedules[0].freq');
  });
});
