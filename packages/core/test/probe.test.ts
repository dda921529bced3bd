import { expect } from '@open-wc/testing';
import { OrukClient, judge, probe, probeEndpoint, probeQueries, withoutIgnored, ALL_CAPABILITIES, type ProbeReport, type Service } from '@signpost/core';

function service(over: Partial<Service>): Service {
  return {
    id: 'x',
    name: 'Club',
    ages: {},
    terms: [],
    schedules: [],
    locations: [],
    ...over,
  } as Service;
}

describe('the capability probe', () => {
  describe('judging (pure)', () => {
    it('a filter that narrows the results is honoured; one that does not is ignored; one not tried is unknown', () => {
      expect(judge(340, 12)).to.equal('honoured');
      expect(judge(340, 340)).to.equal('ignored');
      expect(judge(340, 400)).to.equal('ignored');
      expect(judge(340, undefined)).to.equal('unknown');
      expect(judge(0, 0)).to.equal('unknown');
    });

    it('asks each filter with a value some sampled service does not match', () => {
      const sample = [
        service({
          id: 'a',
          name: 'Riverside Youth Football Club',
          ages: { min: 11, max: 15 },
          terms: [{ id: 'sport', name: 'Sport' }],
          schedules: [{ days: ['SA'], opensAt: '10:00', closesAt: '12:00' }],
          locations: [{ id: 'l', addresses: [{ lines: ['Hall'], postcode: 'S6 2LW' }], accessibility: [] }],
        }),
        service({ id: 'b', name: 'Riverside Lunch Club', terms: [{ id: 'food', name: 'Food' }] }),
      ];
      const queries = probeQueries(sample);
      expect(queries.text?.text).to.be.oneOf(['youth', 'football', 'lunch']);
      expect(queries.taxonomy).to.deep.equal({ terms: ['sport'] });
      expect(queries.age).to.deep.equal({ ages: { min: 16, max: 16 } });
      expect(queries.day).to.deep.equal({ day: 'MO' });
      expect(queries.time).to.deep.equal({ startTime: '00:00', endTime: '00:30' });
      expect(queries.proximity).to.deep.equal({ postcode: 'S6 2LW', proximity: 200 });
    });

    it('leaves out what the sample cannot test: no limits, no schedules, no places, one service', () => {
      expect(probeQueries([])).to.deep.equal({});
      expect(probeQueries([service({ name: 'Club' }), service({ name: 'Club' })])).to.deep.equal({});
    });

    it('hides only the filters found ignored', () => {
      const report = { ignored: ['age', 'day'] } as ProbeReport;
      expect(withoutIgnored(ALL_CAPABILITIES, report)).to.deep.equal({ ...ALL_CAPABILITIES, age: false, day: false });
      expect(withoutIgnored(ALL_CAPABILITIES, undefined)).to.equal(ALL_CAPABILITIES);
    });
  });

  describe('against the sample API', () => {
    for (const dialect of ['v1', 'v3'] as const) {
      it(`finds every filter the ${dialect} sample API defines honoured`, async () => {
        const report = await probe(new OrukClient({ endpoint: `${location.origin}/api/${dialect}`, dialect, geocoder: `${location.origin}/api` }), { sample: 50 });
        expect(report.dialect).to.equal(dialect);
        expect(report.total).to.be.greaterThan(300);
        expect(report.sampled).to.equal(50);
        expect(report.stale).to.be.within(1, 49);
        expect(report.ignored).to.deep.equal([]);
        for (const filter of ['text', 'taxonomy', 'age', 'day', 'proximity'] as const) expect(report.filters[filter], filter).to.equal('honoured');
      });
    }

    it('asks no geocoder: only totals are wanted', async () => {
      const asked: string[] = [];
      const fetch = (input: string, init?: RequestInit) => {
        asked.push(input);
        return globalThis.fetch(input, init);
      };
      const report = await probe(new OrukClient({ endpoint: `${location.origin}/api/v3`, geocoder: `${location.origin}/api`, fetch }), { sample: 50 });
      expect(report.filters.proximity).to.equal('honoured');
      expect(asked.some((u) => u.includes('/service_at_locations?'))).to.equal(true);
      expect(asked.filter((u) => u.includes('/postcodes/'))).to.deep.equal([]);
    });

    it('finds the filters a deaf endpoint takes and ignores, and leaves the others honoured', async () => {
      const report = await probe(new OrukClient({ endpoint: `${location.origin}/deaf-api/v3`, geocoder: `${location.origin}/api` }), { sample: 50 });
      expect(report.ignored).to.deep.equal(['age', 'day']);
      expect(report.filters.text).to.equal('honoured');
      expect(report.filters.taxonomy).to.equal('honoured');
    });

    it('probes an endpoint once per page and keeps the report for a day', async () => {
      const endpoint = `${location.origin}/api/v1`;
      localStorage.removeItem(`signpost:probe:${endpoint}`);
      const client = new OrukClient({ endpoint, dialect: 'v1', geocoder: `${location.origin}/api` });
      const [a, b] = await Promise.all([probeEndpoint(client), probeEndpoint(client)]);
      expect(a).to.equal(b);
      const asked = client.requestCount;
      expect(asked).to.be.greaterThan(1);
      await probeEndpoint(new OrukClient({ endpoint, dialect: 'v1' }));
      expect(JSON.parse(localStorage.getItem(`signpost:probe:${endpoint}`)!).total).to.equal(a.total);
    });
  });
});
