import { expect } from '@open-wc/testing';
import { v1Adapter, type Service } from '@signpost/core';
import { v1Page, v1Service, v1TaxonomiesPage, v1Vocabularies } from './fixtures/oruk-v1.js';

const hubPhone = { number: '01628 123456', href: 'tel:01628123456' };

const stayAndPlay: Service = {
  id: 'bfh-stay-and-play',
  name: 'Stay and Play',
  organisation: {
    id: '5a1e0f4c-7b7e-4c0e-9d55-2f4a1c1b9e01',
    name: 'Burnham Family Hub',
    url: 'https://hubs.example.gov.uk/',
    email: 'hubs@example.gov.uk',
  },
  description:
    '<p>Songs, stories and messy play for babies and toddlers with their grown-ups.</p><ul><li>Under 5s</li><li>Parents and carers</li></ul>',
  summary: 'Songs, stories and messy play for babies and toddlers with their grown-ups. Under 5s Parents and carers',
  url: 'https://familyinfo.example.gov.uk/stay-and-play',
  email: 'burnham.hub@example.gov.uk',
  phones: [hubPhone],
  status: 'active',
  fees: 'Free',
  costOptions: [{ option: 'Per session', amount: 0, amountDescription: 'No charge' }],
  free: true,
  ages: { min: 0, max: 17 },
  eligibility: 'child, family',
  access: 'drop-in',
  attending: 'venue',
  languages: ['English', 'Polish'],
  lastChecked: '2024-03-14',
  lastCheckedSource: 'assured_date',
  locations: [
    {
      id: 'loc-burnham',
      name: 'Burnham Family Hub',
      description: 'Next to the library',
      position: { lat: 51.5236, lng: -0.6527 },
      addresses: [{ lines: ['Minniecroft Road'], city: 'Burnham', region: 'Buckinghamshire', postcode: 'SL1 7DP' }],
      accessibility: ['Step-free access'],
    },
  ],
  schedules: [
    { days: ['TH'], firstDate: '2026-09-10', opensAt: '09:30', closesAt: '10:30', description: 'Term time only' },
    { days: ['FR'], opensAt: '13:00', closesAt: '15:00', locationId: 'loc-burnham' },
  ],
  terms: [
    { id: 'esdServiceTypes:242', name: 'Parent and toddler groups', vocabulary: 'esdServiceTypes' },
    { id: 'esdNeeds:17', name: 'Play', vocabulary: 'esdNeeds', parentId: 'esdNeeds:1' },
  ],
  contacts: [{ name: 'Sam Jones', title: 'Hub lead', phones: [hubPhone] }],
};

const babyMassage: Service = {
  id: 'bfh-baby-massage',
  name: 'Baby Massage',
  organisation: stayAndPlay.organisation!,
  description: 'A five-week course for parents of babies aged 6 weeks to crawling.',
  summary: 'A five-week course for parents of babies aged 6 weeks to crawling.',
  phones: [],
  status: 'active',
  fees: '£15 for the course',
  costOptions: [],
  ages: {},
  access: 'appointment',
  attending: 'venue',
  languages: [],
  lastChecked: '2023-11-02',
  lastCheckedSource: 'assured_date',
  locations: [],
  schedules: [],
  terms: [],
  contacts: [],
};

describe('oruk v1: parsing the real nested shape', () => {
  it('maps a full service exactly, with nothing to report', () => {
    const { value, diagnostics } = v1Adapter.parseService(v1Service);
    expect(value).to.deep.equal(stayAndPlay);
    expect(diagnostics).to.deep.equal([]);
  });

  it('maps a page of services and its envelope', () => {
    const result = v1Adapter.parseSearch(v1Page, { page: 1, perPage: 10 });
    expect(result).to.deep.equal({
      items: [stayAndPlay, babyMassage],
      total: 2,
      page: 1,
      totalPages: 1,
      perPage: 10,
      isFirst: true,
      isLast: true,
      diagnostics: [],
    });
  });

  it('reads the /vocabularies list of names as one whole page', () => {
    const { value, diagnostics } = v1Adapter.parseTaxonomies(v1Vocabularies);
    expect(value).to.deep.equal({
      items: [
        { id: 'esdServiceTypes', name: 'esdServiceTypes' },
        { id: 'esdNeeds', name: 'esdNeeds' },
        { id: 'esdCircumstances', name: 'esdCircumstances' },
      ],
      total: 3,
      page: 1,
      totalPages: 1,
      perPage: 3,
      isFirst: true,
      isLast: true,
    });
    expect(diagnostics).to.deep.equal([]);
  });

  it('tolerates vocabularies sent as objects or inside a page', () => {
    const { value } = v1Adapter.parseTaxonomies({ content: [{ id: 'esdNeeds', name: 'Needs' }, { name: 'Circumstances' }, 'esdNeeds'] });
    expect(value.items).to.deep.equal([
      { id: 'esdNeeds', name: 'Needs' },
      { id: 'Circumstances', name: 'Circumstances' },
    ]);
  });

  it('reads a /taxonomies page into terms with their vocabulary and parent', () => {
    const { value, diagnostics } = v1Adapter.parseTerms(v1TaxonomiesPage);
    expect(value.items).to.deep.equal([
      { id: 'esdNeeds:1', name: 'Health and wellbeing', vocabulary: 'esdNeeds' },
      { id: 'esdNeeds:17', name: 'Play', vocabulary: 'esdNeeds', parentId: 'esdNeeds:1' },
      { id: 'esdServiceTypes:242', name: 'Parent and toddler groups', vocabulary: 'esdServiceTypes' },
    ]);
    expect(value.isLast).to.equal(true);
    expect(diagnostics).to.deep.equal([]);
  });

  it('reads weekdays written as names, short names, numbers and byday lists', () => {
    const service = {
      id: 's',
      name: 'S',
      regular_schedules: [
        { weekday: 'Monday' },
        { weekday: 'weds', opens_at: '2000-01-01T08:00:00.000Z', closes_at: '1730' },
        { weekday: 7 },
        { weekday: '0' },
        { byday: 'MO,TU, we' },
        { weekday: 'Friday', byday: 'FR' },
      ],
    };
    const { value } = v1Adapter.parseService(service);
    expect(value.schedules).to.deep.equal([
      { days: ['MO'] },
      { days: ['WE'], opensAt: '08:00', closesAt: '17:30' },
      { days: ['SU'] },
      { days: ['SU'] },
      { days: ['MO', 'TU', 'WE'] },
      { days: ['FR'] },
    ]);
  });
});
