import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectValid, openapiParams, pageSchema, schema, start, type Json, type Running } from './helpers.js';

let server: Running;
let all: Json[];
const hasTerm = (s: Json, id: string) => s.service_taxonomys.some((st: Json) => st.taxonomy.id === id);
const DAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
/** The days a v1 service's schedules cover, whichever style it uses. */
const onDay = (s: Json, code: string) =>
  s.regular_schedules.some((r: Json) => (r.byday ? r.byday.split(',').includes(code) : r.weekday === DAY_NAMES[code]));

before(async () => {
  server = await start();
  all = (await server.get('/v1/services?per_page=500')).body.content;
});
after(() => server.close());

async function ids(query: string): Promise<string[]> {
  const { status, body } = await server.get(`/v1/services?per_page=500&${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body.content.map((s: Json) => s.id);
}

describe('v1 services', () => {
  it('lists every service in a Spring-style page, each valid against service_list.json and service.json', async () => {
    const { body } = await server.get('/v1/services?per_page=500');
    expectValid(pageSchema('v1'), body);
    expectValid(schema('v1/schema/service_list.json'), body);
    assert.equal(body.totalElements, server.api.dataset.services.length);
    assert.equal(body.number, 1);
    assert.equal(body.size, 500);
    assert.equal(body.first, true);
    assert.equal(body.last, true);
    for (const s of body.content) expectValid(schema('v1/schema/service.json'), s, 'v1 service');
  });

  it('nests like live v1 feeds', async () => {
    const s = all.find((x) => x.service_at_locations.length > 0 && x.eligibilitys.length > 0 && x.cost_options.length > 0);
    assert.ok(s);
    assert.ok(s.organization.id && s.organization.name);
    const location = s.service_at_locations[0].location;
    for (const key of ['id', 'name', 'description', 'latitude', 'longitude']) assert.ok(key in location, key);
    const address = location.physical_addresses[0];
    for (const key of ['address_1', 'city', 'state_province', 'postal_code', 'country']) assert.equal(typeof address[key], 'string', key);
    assert.ok(Array.isArray(location.accessibility_for_disabilities));
    assert.ok('minimum_age' in s.eligibilitys[0] && 'maximum_age' in s.eligibilitys[0] && 'eligibility' in s.eligibilitys[0]);
    const taxonomy = s.service_taxonomys[0].taxonomy;
    assert.deepEqual(Object.keys(taxonomy).sort(), ['id', 'name', 'parent', 'vocabulary']);
    assert.ok(all.every((x) => x.contacts.every((c: Json) => c.phones.every((p: Json) => /^0114 496 0\d{3}$/.test(p.number)))));
    assert.ok(all.every((x) => x.languages.every((l: Json) => typeof l.language === 'string')));
    assert.ok(all.every((x) => ['venue', 'online', 'phone', 'home visit'].includes(x.attending_type)));
    assert.ok(all.some((x) => x.attending_access === 'drop-in') && all.some((x) => x.attending_access === 'referral'));
    assert.ok(all.some((x) => x.regular_schedules.some((r: Json) => r.weekday)), 'some feeds write weekday');
    assert.ok(all.some((x) => x.regular_schedules.some((r: Json) => r.byday)), 'others write byday');
    assert.ok(all.every((x) => x.regular_schedules.every((r: Json) => /^\d{2}:\d{2}:00$/.test(r.opens_at))));
    assert.ok(all.some((x) => x.cost_options.some((c: Json) => c.amount === 0)) && all.some((x) => x.cost_options.some((c: Json) => c.amount > 0)));
    assert.ok(all.some((x) => x.fees === 'Free'));
  });

  it('GET /v1/services/{id}', async () => {
    const { status, body } = await server.get(`/v1/services/${all[10].id}`);
    assert.equal(status, 200);
    expectValid(schema('v1/schema/service.json'), body);
    assert.deepEqual(body, all[10]);
    assert.equal((await server.get('/v1/services/missing')).status, 404);
  });
});

describe('v1 filters', () => {
  it('text: all words, case-insensitive, over name, description, organisation and terms', async () => {
    const swim = await ids('text=Swimming');
    assert.ok(swim.length >= 3);
    assert.ok(all.filter((s) => swim.includes(s.id)).every((s) => /swim/i.test(s.name + s.description)));
    const twoWords = await ids('text=parent%20carer%20forum');
    assert.ok(twoWords.length >= 1);
    assert.ok(all.filter((s) => twoWords.includes(s.id)).every((s) => /forum/i.test(s.name + s.description + s.organization.name)));
    assert.deepEqual(await ids('text=SENDIASS'), await ids('text=sendiass'));
  });

  it('taxonomy_id: CURIEs, lists (any of), bare codes paired with vocabulary', async () => {
    const youth = await ids('taxonomy_id=esdServiceTypes:131');
    assert.ok(youth.length >= 15);
    assert.ok(all.filter((s) => youth.includes(s.id)).every((s) => hasTerm(s, 'esdServiceTypes:131')));
    assert.deepEqual(await ids('taxonomy_id=131&vocabulary=esdServiceTypes'), youth);
    assert.deepEqual(await ids('taxonomy_id=131&taxonomy_type=serviceType'), youth);
    const food = await ids('taxonomy_id=esdServiceTypes:173');
    const both = await ids('taxonomy_id=esdServiceTypes:131,esdServiceTypes:173');
    assert.equal(both.length, new Set([...youth, ...food]).size);
    assert.deepEqual(await ids('taxonomy_id=esdServiceTypes:131&taxonomy_id=esdServiceTypes:173'), both);
    assert.deepEqual(
      await ids('taxonomy_id=131,SP&vocabulary=esdServiceTypes,sendNeeds'),
      await ids('taxonomy_id=esdServiceTypes:131,sendNeeds:SP'),
    );
    assert.deepEqual(await ids('taxonomy_id=esdServiceTypes:99999'), []);
  });

  it('vocabulary / taxonomy_type alone: any term in that vocabulary', async () => {
    const send = await ids('vocabulary=sendNeeds');
    assert.ok(send.length >= 30 && send.length < all.length);
    assert.ok(all.filter((s) => send.includes(s.id)).every((s) => s.service_taxonomys.some((st: Json) => st.taxonomy.vocabulary === 'sendNeeds')));
    assert.deepEqual(await ids('taxonomy_type=send'), send);
  });

  it('need, circumstance and service_type (LGA extensions), AND across, OR within', async () => {
    const lonely = await ids('need=esdNeeds:8');
    assert.ok(lonely.length >= 20);
    assert.deepEqual(await ids('need=8'), lonely);
    const older = await ids('circumstance=esdCircumstances:11');
    const both = await ids('need=8&circumstance=11');
    assert.ok(both.length > 0 && both.every((id) => lonely.includes(id) && older.includes(id)));
    const lunch = await ids('service_type=162');
    assert.ok(lunch.length >= 14);
    assert.ok(all.filter((s) => lunch.includes(s.id)).every((s) => hasTerm(s, 'esdServiceTypes:162')));
  });

  it('ages overlap; a missing bound is open', async () => {
    const kids = await ids('minimum_age=12&maximum_age=14');
    const picked = all.filter((s) => kids.includes(s.id));
    const range = (s: Json) => s.eligibilitys[0] ?? {};
    assert.ok(picked.every((s) => (range(s).minimum_age ?? -1) <= 14 && (range(s).maximum_age ?? 999) >= 12));
    assert.ok(picked.some((s) => range(s).minimum_age === 13 && range(s).maximum_age === 19));
    assert.ok(!picked.some((s) => range(s).maximum_age === 5));
    const onlyMax = await ids('maximum_age=3');
    assert.ok(all.filter((s) => onlyMax.includes(s.id)).every((s) => (range(s).minimum_age ?? 0) <= 3));
  });

  it('day (MO..SU or names) and time windows, paired by position when lists', async () => {
    const saturday = await ids('day=SA');
    assert.ok(saturday.length >= 20);
    assert.ok(all.filter((s) => saturday.includes(s.id)).every((s) => onDay(s, 'SA')));
    assert.deepEqual(await ids('day=saturday'), saturday);
    const morning = await ids('day=SA&start_time=09:00&end_time=12:00');
    assert.ok(morning.length > 0 && morning.length < saturday.length);
    const either = await ids('day=SA,SU&start_time=09:00,13:00&end_time=12:00,17:00');
    const sundayAfternoon = await ids('day=SU&start_time=13:00&end_time=17:00');
    assert.equal(either.length, new Set([...morning, ...sundayAfternoon]).size);
    const { status } = await server.get('/v1/services?day=SA,SU,MO&start_time=09:00,13:00');
    assert.equal(status, 400, 'lists of different lengths');
  });

  it('postcode + proximity: nearest first with distance in metres', async () => {
    const { body } = await server.get('/v1/services?postcode=S6%202LW&proximity=2000&per_page=500');
    expectValid(schema('v1/schema/service_list.json'), body);
    assert.ok(body.content.length >= 10);
    let previous = 0;
    for (const s of body.content) {
      assert.equal(typeof s.distance, 'number');
      assert.ok(s.distance <= 2000 && s.distance >= previous);
      previous = s.distance;
      const distances = s.service_at_locations.map((sal: Json) => sal.location.distance).filter((d: Json) => d !== undefined);
      assert.equal(Math.min(...distances), s.distance);
    }
    const everything = (await server.get('/v1/services?postcode=S6%202LW&per_page=500')).body;
    assert.equal(everything.totalElements, all.length, 'without proximity, every service');
    const tail = everything.content.slice(-5);
    assert.ok(tail.every((s: Json) => s.distance === undefined), 'services without a located place come last');
  });

  it('coverage: services whose area covers the postcode district', async () => {
    const postcode = server.api.dataset.postcodes.find((p) => p.postcode.startsWith('S36 '))?.postcode ?? '';
    const inS36 = await ids(`coverage=${encodeURIComponent(postcode)}`);
    assert.deepEqual(await ids('coverage=S36'), inS36, 'a district works too');
    const services = server.api.dataset.services.filter((s) => inS36.includes(s.id));
    assert.ok(services.every((s) => s.serviceAreas.includes('S36') || s.serviceAreas.includes('Sheffield')));
    assert.ok(services.some((s) => s.serviceAreas.includes('S36')));
    assert.ok(inS36.length < all.length);
  });

  it('pages from 1; past the end is an empty page with the right totals', async () => {
    const page2 = (await server.get('/v1/services?per_page=20&page=2')).body;
    assert.equal(page2.number, 2);
    assert.equal(page2.first, false);
    assert.deepEqual(page2.content.map((s: Json) => s.id), all.slice(20, 40).map((s) => s.id));
    const past = (await server.get('/v1/services?per_page=20&page=100')).body;
    expectValid(schema('v1/schema/empty_page.json'), past);
    expectValid(pageSchema('v1'), past);
    assert.deepEqual(past.content, []);
    assert.equal(past.totalElements, all.length);
    assert.equal(past.totalPages, Math.ceil(all.length / 20));
    assert.equal(past.last, true);
    assert.equal(past.empty, true);
  });

  it('accepts every parameter the v1 OpenAPI defines for /services', async () => {
    const samples: Record<string, string> = {
      taxonomy_type: 'serviceType',
      taxonomy_id: 'esdServiceTypes:131',
      vocabulary: 'esdServiceTypes',
      need: 'esdNeeds:8',
      circumstance: 'esdCircumstances:3',
      start_time: '10:00',
      end_time: '16:00',
      day: 'MO',
      postcode: 'S1 2HE',
      proximity: '5000',
      coverage: 'S1 2HE',
      text: 'club',
      page: '1',
      per_page: '10',
      minimum_age: '5',
      maximum_age: '18',
      include: 'service_at_locations',
      service_type: 'esdServiceTypes:131',
    };
    for (const name of openapiParams('v1', '/services')) {
      assert.ok(samples[name], `a sample for ${name}`);
      const { status } = await server.get(`/v1/services?${name}=${encodeURIComponent(samples[name] as string)}`);
      assert.equal(status, 200, name);
    }
  });

  it('answers bad values with 400 {error, message}, unknown parameters are ignored', async () => {
    for (const query of ['per_page=abc', 'page=0', 'minimum_age=-3', 'day=XX', 'postcode=ZZ99%209ZZ', 'postcode=nonsense', 'coverage=XX', 'proximity=far&postcode=S1%202HE', 'end_time=24:30']) {
      const { status, body } = await server.get(`/v1/services?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error, 'bad-request');
      assert.ok(body.message);
    }
    assert.equal((await server.get('/v1/services?colour=blue')).body.totalElements, all.length);
  });
});

describe('v1 taxonomies and vocabularies', () => {
  it('/v1/vocabularies lists vocabulary names', async () => {
    const { body } = await server.get('/v1/vocabularies');
    assert.deepEqual([...body].sort(), ['esdCircumstances', 'esdNeeds', 'esdServiceTypes', 'sendNeeds']);
  });

  it('/v1/taxonomies pages terms with vocabulary and parent; filters by vocabulary, parent_id, root_only, text', async () => {
    const everything = (await server.get('/v1/taxonomies?per_page=500')).body;
    expectValid(pageSchema('v1'), everything);
    assert.equal(everything.totalElements, server.api.dataset.terms.length);
    assert.ok(everything.content.every((t: Json) => t.id && t.name && t.vocabulary && 'parent' in t));
    const needs = (await server.get('/v1/taxonomies?vocabulary=esdNeeds&per_page=500')).body.content;
    assert.ok(needs.length >= 10 && needs.every((t: Json) => t.vocabulary === 'esdNeeds'));
    const roots = (await server.get('/v1/taxonomies?vocabulary=sendNeeds&root_only=true')).body.content;
    assert.deepEqual(roots.map((t: Json) => t.id), ['sendNeeds:CI', 'sendNeeds:CL', 'sendNeeds:SEMH', 'sendNeeds:SP']);
    const children = (await server.get('/v1/taxonomies?parent_id=sendNeeds:SP')).body.content;
    assert.deepEqual(children.map((t: Json) => t.name), ['Vision impairment', 'Hearing impairment', 'Multi-sensory impairment', 'Physical disability']);
    const text = (await server.get('/v1/taxonomies?text=breaks')).body.content;
    assert.ok(text.length >= 1 && text.every((t: Json) => /break/i.test(t.name)));
    const mapped = (await server.get('/v1/taxonomies?needs=esdNeeds:7')).body.content;
    assert.ok(mapped.some((t: Json) => t.id === 'esdServiceTypes:173'));
    assert.ok(mapped.every((t: Json) => t.vocabulary === 'esdServiceTypes'));
    assert.equal((await server.get('/v1/taxonomies?root_only=maybe')).status, 400);
    const one = (await server.get('/v1/taxonomies/esdNeeds:8')).body;
    assert.equal(one.name, 'Feeling lonely or isolated');
    assert.equal((await server.get('/v1/taxonomies/nope:1')).status, 404);
  });
});
