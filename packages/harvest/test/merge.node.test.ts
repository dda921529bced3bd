import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Service } from '@signpost/core';
import type { FeedResult } from '../src/feed.js';
import { feedKey, feedListings } from '../src/listings.js';
import { mergeListings, normaliseName } from '../src/merge.js';
import { quietHarvest, startSampleApi, type Running } from './helpers.js';

let api: Running;

before(async () => {
  api = await startSampleApi();
});
after(() => api.close());

/** A parsed service with only what a test says. */
function service(fields: Partial<Service> & Pick<Service, 'id' | 'name'>): Service {
  return { description: '', summary: '', phones: [], costOptions: [], ages: {}, languages: [], locations: [], schedules: [], terms: [], contacts: [], ...fields } as Service;
}

function feed(endpoint: string, services: Service[]): FeedResult {
  return {
    endpoint,
    dialect: 'v1',
    services,
    vocabularies: [],
    diagnostics: [],
    notes: [],
    pages: 1,
    details: 0,
    resumed: { pages: 0, details: 0 },
    stats: { requests: 1, retries: 0, rateLimited: 0, serverErrors: 0, waitedMs: 0 },
    seconds: 0,
  };
}

const at = (postcode: string) => [{ id: `loc-${postcode}`, addresses: [{ lines: [], postcode }], accessibility: [] }];
const phone = (number: string) => [{ number, href: `tel:${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}` }];

function merge(...feeds: FeedResult[]) {
  return mergeListings(feeds.flatMap((f, i) => feedListings(f, i).listings));
}

describe('merging feeds', () => {
  it('finds every service of the v1 and v3 views of one dataset, and only those, as the same', async () => {
    const outcome = await quietHarvest({ feeds: [{ endpoint: `${api.base}/v1` }, { endpoint: `${api.base}/v3` }] });
    assert.equal(outcome.status, 'complete');
    assert.equal(outcome.services.length, 339);
    const groups = outcome.report.merge.groups;
    assert.equal(outcome.report.merge.merged, 339);
    assert.equal(groups.length, 200, 'the report lists the first 200 by name');
    for (const s of outcome.services) {
      assert.equal(s.sources!.length, 2, s.name);
      assert.equal(s.sources![0]!.serviceId, s.sources![1]!.serviceId, `${s.name}: the dataset uses one id in both views`);
      assert.equal(s.id, `${feedKey(`${api.base}/v1`)}-${s.sources![0]!.serviceId}`, 'the first feed gives the id');
    }
  });

  it('merges exactly the listings two feeds share, the most recently checked copy winning', async () => {
    const outcome = await quietHarvest({
      feeds: [
        { endpoint: `${api.base}/v3`, directory: 'Sheffield directory' },
        { endpoint: `${api.base}/outpost`, directory: 'Sheffield Local Offer' },
      ],
    });
    assert.equal(outcome.services.length, 339 + 10 - 3);
    const groups = outcome.report.merge.groups.map((g) => ({
      name: g.name,
      ids: g.listings.map((l) => `${l.feed}:${l.serviceId}`),
      matchedOn: g.matchedOn,
      winner: g.winner,
    }));
    assert.deepEqual(groups, [
      {
        name: 'Boccia Club – Woodseats',
        ids: ['0:a583fc54-ff18-5451-9a74-f2384a366130', '1:1203'],
        matchedOn: ['website'],
        winner: 1,
      },
      {
        name: 'Heeley Food Bank',
        ids: ['0:04dfa293-880e-50f8-995e-b22fecc6b9a1', '1:1187'],
        matchedOn: ['postcode', 'website', 'phone', 'email'],
        winner: 0,
      },
      {
        name: 'Heeley Youth Club',
        ids: ['0:e2058371-03c1-5781-9cbf-a88b96cba24d', '1:1104'],
        matchedOn: ['postcode', 'website', 'phone'],
        winner: 1,
      },
    ]);
    const byName = (name: string) => outcome.services.filter((s) => s.name === name);
    // Outpost edited the youth club after the directory assured it: its times win, and both listings are kept.
    const club = byName('Heeley Youth Club')[0]!;
    assert.deepEqual(club.schedules.map((s) => s.days.join(',')), ['TU', 'FR']);
    assert.equal(club.lastChecked, '2026-10-30');
    assert.deepEqual(club.sources, [
      { endpoint: `${api.base}/v3`, directory: 'Sheffield directory', serviceId: 'e2058371-03c1-5781-9cbf-a88b96cba24d', lastChecked: '2026-10-27' },
      { endpoint: `${api.base}/outpost`, directory: 'Sheffield Local Offer', serviceId: '1104', lastChecked: '2026-10-30' },
    ]);
    // The directory assured the food bank after Outpost's last edit: its copy wins.
    const food = byName('Heeley Food Bank')[0]!;
    assert.deepEqual(food.schedules.map((s) => s.days.join(',')), ['MO,TH']);
    assert.equal(food.lastChecked, '2026-02-20');
    // Same name, nothing else in common: two lunch clubs.
    assert.equal(byName('Handsworth Lunch Club').length, 2);
    assert.deepEqual(outcome.report.feeds.map((f) => f.alsoElsewhere.count), [3, 3]);
  });

  it('needs more than a name: a postcode, website, phone or email as well', () => {
    const a = feed('https://a.example/oruk', [service({ id: '1', name: 'Stay and Play', locations: at('S1 2HE') })]);
    const b = feed('https://b.example/oruk', [service({ id: '9', name: "STAY & PLAY", locations: at('S6 2LW') })]);
    assert.equal(merge(a, b).services.length, 2);
    const c = feed('https://c.example/oruk', [service({ id: '7', name: 'Stay and play!', locations: at('s12he') })]);
    const merged = merge(a, c);
    assert.equal(merged.services.length, 1);
    assert.deepEqual(merged.groups[0]!.matchedOn, ['postcode']);
  });

  it('matches phones written differently and web addresses with or without www, https and a final slash', () => {
    const a = feed('https://a.example/oruk', [
      service({ id: '1', name: 'Food Bank', phones: phone('+44 114 496 0009') }),
      service({ id: '2', name: 'Youth Club', url: 'https://www.example.org/youth/club/' }),
    ]);
    const b = feed('https://b.example/oruk', [
      service({ id: '1', name: 'Food bank', phones: phone('0114 4960009') }),
      service({ id: '2', name: 'Youth club', url: 'http://example.org/youth/club' }),
    ]);
    const merged = merge(a, b);
    assert.deepEqual(merged.groups.map((g) => g.matchedOn), [['phone'], ['website']]);
  });

  it('never joins two listings of one feed, even through a third', () => {
    // A1 and A2 are different services of feed A; B1 matches both.
    const a = feed('https://a.example/oruk', [
      service({ id: 'a1', name: 'Advice Drop-in', locations: at('S1 2HE') }),
      service({ id: 'a2', name: 'Advice Drop-in', email: 'advice@example.org' }),
    ]);
    const b = feed('https://b.example/oruk', [service({ id: 'b1', name: 'Advice drop in', locations: at('S1 2HE'), email: 'advice@example.org' })]);
    const merged = merge(a, b);
    assert.equal(merged.services.length, 2);
    assert.deepEqual(merged.groups.map((g) => g.listings.map((l) => l.serviceId)), [['a1', 'b1']]);
  });

  it("fills what the winning copy lacks from the others, and keeps every copy's terms once", () => {
    const older = service({
      id: '1',
      name: 'Sensory Swim',
      url: 'https://pool.example.org/sensory',
      email: 'pool@example.org',
      lastChecked: '2024-01-01',
      fees: '£3.50',
      terms: [
        { id: 'esdNeeds:1', name: 'Autism', vocabulary: 'esdNeeds' },
        { id: 'esdServiceTypes:9', name: 'Swimming', vocabulary: 'esdServiceTypes' },
      ],
    });
    const newer = service({ id: '77', name: 'Sensory swim', email: 'pool@example.org', lastChecked: '2026-01-01', fees: '£4', terms: [{ id: 'send_needs:1', name: 'autism', vocabulary: 'send_needs' }] });
    const merged = merge(feed('https://a.example/oruk', [older]), feed('https://b.example/oruk', [newer]));
    const [only] = merged.services;
    assert.equal(only!.fees, '£4', 'the newer copy wins a conflict');
    assert.equal(only!.url, 'https://pool.example.org/sensory', 'and lacks nothing the older one has');
    assert.equal(only!.name, 'Sensory swim');
    assert.deepEqual(only!.terms.map((t) => t.id), ['send_needs:1', 'esdServiceTypes:9']);
    assert.equal(only!.id, `${feedKey('https://a.example/oruk')}-1`, 'the feed named first gives the id');
    assert.deepEqual(merged.groups[0]!.conflicts, ['fees', 'name']);
  });

  it('keeps a repeated id as two listings unless they are the same record, with stable, unique ids', () => {
    const one = service({ id: '5', name: 'Toddler Group', locations: at('S1 2HE') });
    const other = service({ id: '5', name: 'Toddler Group (Fridays)', locations: at('S1 2HE') });
    const { listings, repeats } = feedListings(feed('https://a.example/oruk', [one, other, { ...one }, service({ id: '6', name: 'Baby Massage' })]), 0);
    const key = feedKey('https://a.example/oruk');
    assert.deepEqual(listings.map((l) => [l.snapshotId, l.service.name]), [
      [`${key}-5`, 'Toddler Group'],
      [`${key}-5~2`, 'Toddler Group (Fridays)'],
      [`${key}-6`, 'Baby Massage'],
    ]);
    assert.deepEqual(repeats, { ids: ['5'], sameRecord: 1, keptBoth: 1 });
  });

  it('compares names without case, accents, apostrophes or punctuation', () => {
    assert.equal(normaliseName("St Mary's Café – Stay & Play"), normaliseName('ST MARYS CAFE, STAY AND PLAY'));
    assert.notEqual(normaliseName('Stay and Play'), normaliseName('Stay and Pay'));
  });
});
