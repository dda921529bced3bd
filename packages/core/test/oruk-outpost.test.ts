import { expect } from '@open-wc/testing';
import { v1Adapter } from '@signpost/core';
import { OUTPOST_SERVICES } from '../../sample-api/src/data/outpost.js';

/** A page as an Outpost API answers it: `size` counts the items on the page. */
function outpostPage(content: unknown[], page = 1, totalPages = 1) {
  return { number: page, size: content.length, totalPages, totalElements: 10, first: page === 1, last: page === totalPages, content };
}

const byId = (id: number) => structuredClone(OUTPOST_SERVICES.find((s) => s.id === id)!) as Record<string, unknown>;

function read(item: Record<string, unknown>) {
  return v1Adapter.parseService(item);
}

describe('Outpost-style v1 services', () => {
  it('reads a whole page without a diagnostic, paged by the envelope', () => {
    const result = v1Adapter.parseSearch(outpostPage(OUTPOST_SERVICES.slice(8), 3, 3), { page: 3, perPage: 4 });
    expect(result.diagnostics).to.deep.equal([]);
    expect(result.items.map((s) => s.id)).to.deep.equal(['1203', '1250']);
    expect([result.page, result.isLast, result.totalPages]).to.deep.equal([3, true, 3]);
    const all = v1Adapter.parseSearch(outpostPage(OUTPOST_SERVICES), {});
    expect(all.diagnostics).to.deep.equal([]);
    expect(all.items).to.have.length(10);
  });

  it('reads the address, place, access notes, phones, times, terms, ages and dates of a service', () => {
    const { value, diagnostics } = read(byId(1001));
    expect(diagnostics).to.deep.equal([]);
    expect(value.summary.length).to.be.within(40, 161);
    expect(value).to.deep.include({
      id: '1001',
      name: 'Autism Parent Support Group (Sheffield Central)',
      organisation: {
        id: '212',
        name: 'Sheffield Parent Carer Forum',
        url: 'https://parentcarerforum.example.org/',
        email: 'hello@parentcarerforum.example.org',
      },
      url: 'https://parentcarerforum.example.org/support-for-families/autism/parent-support-groups/sheffield-central-wednesdays-term-time',
      ages: { min: 0, max: 25 },
      free: true,
      lastChecked: '2026-09-21',
      lastCheckedSource: 'updated_at',
      schedules: [{ days: ['WE'], opensAt: '10:00', closesAt: '12:00' }],
    });
    expect(value.locations).to.deep.equal([
      {
        id: '301',
        name: 'Central Family Hub',
        position: { lat: 53.3799, lng: -1.4671 },
        addresses: [{ lines: ['1 Cathedral Walk'], city: 'Sheffield', region: 'South Yorkshire', postcode: 'S1 2HE' }],
        accessibility: ['Accessible toilet facilities', 'Wheelchair accessible entrance', 'Hearing loop'],
      },
    ]);
    // One phone string holding two numbers gives two phones.
    const phones = [
      { number: '0114 496 0901', href: 'tel:01144960901' },
      { number: '07700 900123', href: 'tel:07700900123' },
    ];
    expect(value.phones).to.deep.equal(phones);
    expect(value.contacts).to.deep.equal([
      {
        name: 'Parveen Akhtar',
        title: 'Family support volunteer coordinator',
        email: 'autism.parent.support.central.wednesdays@parentcarerforum.example.org',
        phones,
      },
    ]);
    expect(value.terms).to.deep.equal([
      { id: '58', name: 'Parenting support', parentId: '5' },
      { id: '5', name: 'Advice and support' },
      { id: 'send_needs:1', name: 'Autism', vocabulary: 'send_needs' },
      { id: 'send_needs:9', name: 'Social, emotional and mental health', vocabulary: 'send_needs' },
      { id: 'suitabilities:5', name: 'Autism spectrum', vocabulary: 'suitabilities' },
    ]);
    expect(value.description).to.include('<ul><li>Sessions in term time');
  });

  it('keeps an address masked to the outward code, with its rounded place', () => {
    const { value, diagnostics } = read(byId(1203));
    expect(diagnostics).to.deep.equal([]);
    expect(value.locations[0]).to.deep.include({
      position: { lat: 53.35, lng: -1.47 },
      addresses: [{ lines: [], city: 'Sheffield', region: 'South Yorkshire', postcode: 'S8' }],
    });
    expect(value.phones).to.deep.equal([]);
  });

  it('reads referral, a temporary closure, what a cost is for and a plain "not free"', () => {
    const carers = read(byId(1005)).value;
    expect([carers.access, carers.status]).to.deep.equal(['referral', 'temporarily closed']);
    const swim = read(byId(1003)).value;
    expect(swim.costOptions).to.deep.equal([{ option: 'Swimmer', amount: 3.5, amountDescription: 'per session' }]);
    expect(swim.free).to.equal(false);
    const online = read(byId(1004)).value;
    expect([online.locations, online.phones, online.url]).to.deep.equal([[], [], undefined]);
  });

  it('drops what it cannot use, saying where', () => {
    const item = byId(1002);
    const locations = item.locations as Array<Record<string, unknown>>;
    locations.push({ ...locations[0], id: 310, geometry: { type: 'Point', coordinates: [0, 0] } });
    locations.push({ ...locations[0], id: 311, geometry: { type: 'Polygon', coordinates: [] } });
    (item.contacts as Array<Record<string, unknown>>)[0]!.phone = 'ask at reception';
    const { value, diagnostics } = read(item);
    expect(value.locations.map((l) => [l.id, l.position])).to.deep.equal([
      ['302', { lat: 53.4043, lng: -1.5007 }],
      ['310', undefined],
      ['311', undefined],
    ]);
    expect(diagnostics.map((d) => d.path)).to.deep.equal([
      'locations[1].geometry',
      'locations[2].geometry',
      'contacts[0].phone',
    ]);
    expect(diagnostics[0]!.message).to.match(/not a place on Earth/);
    expect(diagnostics[1]!.message).to.match(/GeoJSON point/);
  });

  it('prefers the ORUK spellings where a feed gives both', () => {
    const item = {
      ...byId(1104),
      organization: { name: 'Heeley Youth Trust' },
      assured_date: '2026-01-05',
      eligibilitys: [{ minimum_age: 10, maximum_age: 21 }],
    };
    const { value } = read(item);
    expect(value.organisation).to.deep.equal({ name: 'Heeley Youth Trust' });
    expect([value.lastChecked, value.lastCheckedSource]).to.deep.equal(['2026-01-05', 'assured_date']);
    expect(value.ages).to.deep.equal({ min: 10, max: 21 });
  });

  it('keeps a repeated id on a page only when asked to (a harvester keeps every listing)', () => {
    const twice = outpostPage([byId(1002), { ...byId(1002), name: 'Speech and Language Drop-in (Tuesdays)' }]);
    const live = v1Adapter.parseSearch(twice, {});
    expect(live.items.map((s) => s.name)).to.deep.equal(['Speech and Language Drop-in for Under 5s']);
    expect(live.diagnostics[0]!.message).to.match(/listed twice/);
    const kept = v1Adapter.parseSearch(twice, {}, '', { keepRepeats: true });
    expect(kept.items.map((s) => s.name)).to.deep.equal([
      'Speech and Language Drop-in for Under 5s',
      'Speech and Language Drop-in (Tuesdays)',
    ]);
    expect(kept.diagnostics).to.deep.equal([]);
  });
});
