import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectValid, openapiParams, pageSchema, schema, start, type Json, type Running } from './helpers.js';

let server: Running;
let all: Json[];
const termUuid = (s: Json, curie: string) => s.attributes.some((a: Json) => a.taxonomy_term.taxonomy + ':' + a.taxonomy_term.code === curie);

before(async () => {
  server = await start();
  all = (await server.get('/v3/services?per_page=500')).body.contents;
});
after(() => server.close());

async function ids(query: string): Promise<string[]> {
  const { status, body } = await server.get(`/v3/services?per_page=500&${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body.contents.map((s: Json) => s.id);
}

describe('v3 meta and services', () => {
  it('GET /v3/ answers version, profile and openapi_url', async () => {
    for (const path of ['/v3/', '/v3']) {
      const { status, body } = await server.get(path);
      assert.equal(status, 200);
      assert.equal(body.version, '3.0');
      assert.match(body.profile, /^https:\/\//);
      assert.match(body.openapi_url, /openapi\.json$/);
    }
  });

  it('lists every service in a valid page envelope, each item valid against service_list.json and service.json', async () => {
    const { body } = await server.get('/v3/services?per_page=500');
    expectValid(pageSchema('v3'), body);
    assert.equal(body.total_items, server.api.dataset.services.length);
    assert.ok(body.total_items >= 300);
    assert.equal(body.total_pages, 1);
    assert.equal(body.size, body.contents.length);
    for (const item of body.contents) {
      expectValid(schema('v3/schema/service_list.json'), item, 'service_list');
      expectValid(schema('v3/schema/service.json'), item, 'service');
    }
  });

  it('list items carry the nested lists a card needs', async () => {
    for (const s of all) {
      for (const key of ['service_at_locations', 'attributes', 'schedules', 'cost_options', 'contacts', 'languages']) {
        assert.ok(Array.isArray(s[key]), `${s.name} ${key}`);
      }
      assert.ok(s.organization.name);
      assert.equal(s.funding, undefined, 'funding is for the full record only');
    }
    const withPlaces = all.filter((s) => s.service_at_locations.length > 0);
    assert.ok(withPlaces.length > 250);
    const sal = withPlaces[0].service_at_locations[0];
    assert.equal(typeof sal.location.name, 'string');
    assert.ok(Array.isArray(sal.location.addresses));
    assert.ok(all.every((s) => s.contacts.every((c: Json) => Array.isArray(c.phones) && c.phones.length > 0)));
    assert.ok(all.some((s) => s.languages.some((l: Json) => l.name === 'Welsh' && l.code === 'cy')));
  });

  it('GET /v3/services/{id} answers the fully nested service', async () => {
    const withFunding = server.api.dataset.services.find((s) => s.funding && s.locations.length > 1);
    assert.ok(withFunding);
    const { status, body, headers } = await server.get(`/v3/services/${withFunding.id}`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type') ?? '', /application\/json/);
    expectValid(schema('v3/schema/service.json'), body);
    assert.equal(body.id, withFunding.id);
    assert.ok(body.funding[0].source);
    assert.ok(body.service_at_locations.length > 1);
    assert.ok(body.attributes.every((a: Json) => a.taxonomy_term.description && a.taxonomy_term_id === a.taxonomy_term.id));
    for (const s of all.slice(0, 25)) {
      expectValid(schema('v3/schema/service.json'), (await server.get(`/v3/services/${s.id}`)).body);
    }
  });

  it('answers 404 JSON for an unknown service', async () => {
    const { status, body } = await server.get('/v3/services/00000000-0000-0000-0000-000000000000');
    assert.equal(status, 404);
    assert.equal(body.error, 'not-found');
    assert.equal(typeof body.message, 'string');
  });
});

describe('v3 filters', () => {
  it('search: every word must match, case-insensitively, in name, description, organisation or terms', async () => {
    const football = await ids('search=football');
    assert.ok(football.length >= 5);
    assert.deepEqual(await ids('search=FOOTBALL'), football);
    for (const s of all.filter((x) => football.includes(x.id))) {
      assert.match(`${s.name} ${s.description}`, /football/i);
    }
    const both = await ids('search=youth%20hillsborough');
    assert.ok(both.length >= 1);
    for (const s of all.filter((x) => both.includes(x.id))) assert.match(s.name, /hillsborough/i);
    const byOrg = await ids('search=golden%20years');
    assert.ok(byOrg.length >= 3);
    assert.ok(all.filter((x) => byOrg.includes(x.id)).every((s) => s.organization.name === 'Golden Years Befriending'));
    const byTerm = await ids('search=sensory%20support');
    assert.ok(all.filter((x) => byTerm.includes(x.id)).some((s) => !/sensory support/i.test(s.name + s.description)));
    assert.ok((await ids('search=food%20banks')).length >= 10, 'plural matches singular');
    assert.deepEqual(await ids('search=zzzzqqq'), []);
  });

  it('search ranks matches in the name first', async () => {
    const { body } = await server.get('/v3/services?search=lunch&per_page=5');
    assert.match(body.contents[0].name, /lunch/i);
  });

  it('taxonomy_term_id: a UUID, a CURIE, a list (any of) and a parent (includes children)', async () => {
    const youthClubs = server.api.dataset.terms.find((t) => t.id === 'esdServiceTypes:131');
    const foodBanks = server.api.dataset.terms.find((t) => t.id === 'esdServiceTypes:173');
    assert.ok(youthClubs && foodBanks);
    const a = await ids(`taxonomy_term_id=${youthClubs.uuid}`);
    assert.ok(a.length >= 15);
    assert.ok(all.filter((s) => a.includes(s.id)).every((s) => termUuid(s, 'esdServiceTypes:131')));
    assert.deepEqual(await ids('taxonomy_term_id=esdServiceTypes:131'), a);
    const b = await ids(`taxonomy_term_id=${foodBanks.uuid}`);
    const either = await ids(`taxonomy_term_id=${youthClubs.uuid},${foodBanks.uuid}`);
    assert.equal(either.length, new Set([...a, ...b]).size);
    const parent = await ids(`taxonomy_term_id=${server.api.dataset.terms.find((t) => t.id === 'sendNeeds:SP')?.uuid}`);
    assert.ok(parent.length > (await ids('taxonomy_term_id=sendNeeds:SP')).length - 1);
    assert.ok(all.filter((s) => parent.includes(s.id)).some((s) => termUuid(s, 'sendNeeds:SP-VI') && !termUuid(s, 'sendNeeds:SP')));
    assert.deepEqual(await ids('taxonomy_term_id=no-such-term'), []);
  });

  it('taxonomy_id: services with any term in the taxonomy (UUID or vocabulary name)', async () => {
    const send = server.api.dataset.taxonomies.find((t) => t.vocabulary === 'sendNeeds');
    assert.ok(send);
    const byUuid = await ids(`taxonomy_id=${send.id}`);
    assert.ok(byUuid.length >= 30 && byUuid.length < all.length);
    assert.ok(all.filter((s) => byUuid.includes(s.id)).every((s) => s.attributes.some((a: Json) => a.taxonomy_term.taxonomy_id === send.id)));
    assert.deepEqual(await ids('taxonomy_id=sendNeeds'), byUuid);
  });

  it('minimum_age / maximum_age: ranges overlap, missing bounds are open', async () => {
    const teen = await ids('minimum_age=12&maximum_age=14');
    const picked = all.filter((s) => teen.includes(s.id));
    assert.ok(picked.every((s) => (s.minimum_age ?? -1) <= 14 && (s.maximum_age ?? 999) >= 12));
    assert.ok(picked.some((s) => s.minimum_age === 13 && s.maximum_age === 19), 'a 13-19 service overlaps 12-14');
    assert.ok(picked.some((s) => s.minimum_age === undefined && s.maximum_age === undefined), 'no ages: open');
    assert.ok(picked.some((s) => s.minimum_age !== undefined && s.maximum_age === undefined), 'open-ended');
    assert.ok(!picked.some((s) => s.maximum_age === 5));
    const older = await ids('minimum_age=70');
    assert.ok(all.filter((s) => older.includes(s.id)).every((s) => (s.maximum_age ?? 999) >= 70));
  });

  it('day and start_time/end_time: a schedule on that day open during the window', async () => {
    const sunday = await ids('day=SU');
    assert.ok(sunday.length >= 3);
    assert.ok(all.filter((s) => sunday.includes(s.id)).every((s) => s.schedules.some((sc: Json) => sc.byday.includes('SU'))));
    assert.deepEqual(await ids('day=sunday'), sunday);
    assert.deepEqual(await ids('day=Su'), sunday);
    const evening = await ids('day=TU&start_time=18:00&end_time=20:00');
    assert.ok(evening.length >= 3);
    for (const s of all.filter((x) => evening.includes(x.id))) {
      assert.ok(
        s.schedules.some((sc: Json) => sc.byday.includes('TU') && sc.opens_at < '20:00' && sc.closes_at > '18:00'),
        s.name,
      );
    }
    const anyDayLate = await ids('start_time=20:00');
    assert.ok(all.filter((s) => anyDayLate.includes(s.id)).every((s) => s.schedules.some((sc: Json) => sc.closes_at > '20:00')));
  });

  it('combines filters with AND', async () => {
    const both = await ids('search=club&minimum_age=11&maximum_age=16&day=FR');
    const club = await ids('search=club');
    const friday = await ids('day=FR');
    assert.ok(both.length > 0);
    assert.ok(both.every((id) => club.includes(id) && friday.includes(id)));
  });

  it('pages from 1, with totals right past the end', async () => {
    const first = (await server.get('/v3/services?per_page=14&page=1')).body;
    const second = (await server.get('/v3/services?per_page=7&page=2')).body;
    assert.deepEqual(second.contents.map((s: Json) => s.id), first.contents.slice(7).map((s: Json) => s.id));
    assert.equal(second.page_number, 2);
    assert.equal(second.first_page, false);
    assert.equal(second.total_items, all.length);
    assert.equal(second.total_pages, Math.ceil(all.length / 7));
    const past = (await server.get('/v3/services?per_page=10&page=999')).body;
    expectValid(pageSchema('v3'), past);
    assert.deepEqual(past.contents, []);
    assert.equal(past.empty, true);
    assert.equal(past.last_page, true);
    assert.equal(past.total_items, all.length);
    const last = (await server.get(`/v3/services?per_page=10&page=${Math.ceil(all.length / 10)}`)).body;
    assert.equal(last.last_page, true);
    assert.equal(last.empty, false);
    const none = (await server.get('/v3/services?search=zzzzqqq')).body;
    assert.equal(none.total_items, 0);
    assert.equal(none.empty, true);
  });

  it('ignores unknown parameters (including postcode, which v3 defines only for service_at_locations)', async () => {
    const base = (await server.get('/v3/services')).body.total_items;
    assert.equal((await server.get('/v3/services?foo=bar&postcode=nonsense&format=ndjson')).body.total_items, base);
  });

  it('accepts every parameter the v3 OpenAPI defines for /services', async () => {
    const samples: Record<string, string> = {
      search: 'club',
      page: '1',
      per_page: '10',
      taxonomy_term_id: 'esdServiceTypes:131',
      taxonomy_id: 'esdServiceTypes',
      minimum_age: '5',
      maximum_age: '18',
      start_time: '09:00',
      end_time: '17:00',
      day: 'MO',
    };
    for (const name of openapiParams('v3', '/services')) {
      assert.ok(samples[name], `a sample for ${name}`);
      const { status } = await server.get(`/v3/services?${name}=${encodeURIComponent(samples[name] as string)}`);
      assert.equal(status, 200, name);
    }
  });

  it('answers bad values with 400 {error, message}', async () => {
    for (const query of [
      'per_page=abc',
      'per_page=0',
      'page=0',
      'page=-1',
      'page=1.5',
      'minimum_age=-3',
      'minimum_age=abc',
      'maximum_age=200',
      'minimum_age=10&maximum_age=5',
      'day=XX',
      'start_time=25:00',
      'end_time=noon',
      'start_time=18:00&end_time=09:00',
    ]) {
      const { status, body } = await server.get(`/v3/services?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error, 'bad-request');
      assert.equal(typeof body.message, 'string');
    }
  });
});

describe('v3 service_at_locations', () => {
  it('lists places, each valid against service_at_location_list.json, with the nested service', async () => {
    const { status, body } = await server.get('/v3/service_at_locations?per_page=500');
    assert.equal(status, 200);
    expectValid(pageSchema('v3'), body);
    assert.ok(body.total_items > all.length - 30);
    for (const item of body.contents) {
      expectValid(schema('v3/schema/service_at_location_list.json'), item, 'sal');
      assert.ok(item.service.name && Array.isArray(item.service.attributes) && Array.isArray(item.service.schedules));
      assert.equal(item.service_id, item.service.id);
      assert.equal(item.distance, undefined);
    }
  });

  it('postcode + proximity (metres): nearest first, all within, with distance', async () => {
    const { body } = await server.get('/v3/service_at_locations?postcode=S1%202HE&proximity=1500&per_page=500');
    assert.ok(body.contents.length >= 10);
    let previous = 0;
    for (const item of body.contents) {
      assert.equal(typeof item.distance, 'number');
      assert.ok(item.distance <= 1500);
      assert.ok(item.distance >= previous);
      previous = item.distance;
    }
    const everywhere = (await server.get('/v3/service_at_locations?postcode=s12he&per_page=1')).body;
    assert.ok(everywhere.total_items > body.total_items, 'without proximity: every place, nearest first');
    const district = (await server.get('/v3/service_at_locations?postcode=S20&proximity=2000')).body;
    assert.ok(district.total_items > 0, 'a postcode district is accepted');
  });

  it('filters places by the service filters too', async () => {
    const { body } = await server.get('/v3/service_at_locations?postcode=S6%202LW&search=lunch&per_page=3');
    assert.ok(body.contents.length === 3);
    assert.ok(body.contents.every((c: Json) => /lunch/i.test(c.service.name + c.service.description + c.service.organization.name)));
    assert.ok(body.contents[0].distance <= body.contents[2].distance);
  });

  it('rejects unknown and malformed postcodes and bad proximity with 400', async () => {
    for (const q of ['postcode=SW1A%201AA', 'postcode=ZZZZ', 'postcode=S1%202HE&proximity=abc', 'postcode=S1%202HE&proximity=-5']) {
      const { status, body } = await server.get(`/v3/service_at_locations?${q}`);
      assert.equal(status, 400, q);
      assert.equal(body.error, 'bad-request');
    }
  });

  it('GET /v3/service_at_locations/{id}', async () => {
    const first = (await server.get('/v3/service_at_locations?per_page=1')).body.contents[0];
    const { status, body } = await server.get(`/v3/service_at_locations/${first.id}`);
    assert.equal(status, 200);
    expectValid(schema('v3/schema/service_at_location_list.json'), body);
    assert.equal((await server.get('/v3/service_at_locations/nope')).status, 404);
  });
});

describe('v3 taxonomies', () => {
  it('one taxonomy per vocabulary, each valid, with its terms on /taxonomies/{id}', async () => {
    const { body } = await server.get('/v3/taxonomies');
    expectValid(pageSchema('v3'), body);
    assert.deepEqual(body.contents.map((t: Json) => t.name).sort(), ['Circumstances', 'Needs', 'SEND areas of need', 'Service types']);
    for (const t of body.contents) {
      expectValid(schema('v3/schema/taxonomy.json'), t);
      const detail = (await server.get(`/v3/taxonomies/${t.id}`)).body;
      expectValid(schema('v3/schema/taxonomy.json'), detail);
      assert.ok(detail.taxonomy_terms.length >= 4);
      assert.ok(detail.taxonomy_terms.every((term: Json) => term.taxonomy_id === t.id));
    }
    assert.equal((await server.get('/v3/taxonomies/unknown')).status, 404);
  });

  it('taxonomy_terms: valid, with taxonomy_id and parent_id; the four SEND areas of need at the top', async () => {
    const { body } = await server.get('/v3/taxonomy_terms?per_page=500');
    expectValid(pageSchema('v3'), body);
    for (const term of body.contents) expectValid(schema('v3/schema/taxonomy_term.json'), term);
    const send = body.contents.filter((t: Json) => t.taxonomy === 'sendNeeds' && !t.parent_id).map((t: Json) => t.name);
    assert.deepEqual(send, [
      'Communication and interaction',
      'Cognition and learning',
      'Social, emotional and mental health',
      'Sensory and/or physical needs',
    ]);
    const child = body.contents.find((t: Json) => t.parent_id);
    assert.ok(body.contents.some((t: Json) => t.id === child.parent_id));
    const one = (await server.get(`/v3/taxonomy_terms/${child.id}`)).body;
    assert.equal(one.id, child.id);
    assert.equal(one.taxonomy_detail.id, child.taxonomy_id);
    const paged = (await server.get('/v3/taxonomy_terms?per_page=10&page=2')).body;
    assert.equal(paged.contents.length, 10);
    assert.equal(paged.total_items, body.total_items);
  });
});
