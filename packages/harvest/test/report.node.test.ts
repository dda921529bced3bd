import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { HarvestReport } from '../src/index.js';
import { quietHarvest, serve, tempDir, type TestServer } from './helpers.js';

/** A v1 service with what a test gives, in the nested v1 shape. */
function v1(fields: {
  id: string;
  name: string;
  description?: string;
  postcode?: string;
  phone?: string;
  email?: string;
  url?: string;
  assured?: string;
  latLng?: [number, number];
  /** A weekly session and a term, as most listings have. */
  session?: boolean;
}) {
  return {
    ...(fields.session
      ? {
          regular_schedules: [{ id: `s-${fields.id}`, weekday: 'Tuesday', opens_at: '10:00', closes_at: '11:30' }],
          service_taxonomys: [{ id: `t-${fields.id}`, taxonomy: { id: 'esdServiceTypes:242', name: 'Parent and toddler groups', vocabulary: 'esdServiceTypes' } }],
        }
      : {}),
    id: fields.id,
    name: fields.name,
    description: fields.description ?? `<p>${fields.name} meets every week in term time.</p>`,
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.email ? { email: fields.email } : {}),
    ...(fields.assured ? { assured_date: fields.assured } : {}),
    contacts: fields.phone ? [{ id: `c-${fields.id}`, name: 'Reception', phones: [{ id: `p-${fields.id}`, number: fields.phone }] }] : [],
    service_at_locations: fields.postcode
      ? [
          {
            id: `sal-${fields.id}`,
            location: {
              id: `loc-${fields.id}`,
              name: `${fields.name} venue`,
              ...(fields.latLng ? { latitude: fields.latLng[0], longitude: fields.latLng[1] } : {}),
              physical_addresses: [{ id: `a-${fields.id}`, address_1: '1 High Street', city: 'Sheffield', postal_code: fields.postcode }],
            },
          },
        ]
      : [],
  };
}

const stayAndPlay = v1({ id: 'svc-1', name: 'Stay and Play', postcode: 'S1 2HE', phone: '0114 496 0001', assured: '2026-09-01', session: true });

/** Ten listings, each with known defects. */
const DEFECTIVE = [
  stayAndPlay,
  v1({ id: 'svc-2', name: 'Baby Massage', email: 'baby@example.org', assured: '2026-08-01' }),
  v1({ id: 'svc-3', name: 'Dads Group', url: 'javascript:alert(1)', assured: '2024-01-10' }),
  v1({ id: 'svc-4', name: 'Speech Drop-in', description: '', postcode: 'S6 2LW', email: 'not-an-email', phone: '0114 496 0004', assured: '2025-06-01' }),
  v1({ id: 'svc-5', name: 'Young Carers', postcode: 'S10 2TN', email: 'someone@', phone: '0114 496 0005' }),
  v1({ id: 'svc-6', name: 'Chess Club', postcode: 'S20 7PJ', phone: '12' }),
  structuredClone(stayAndPlay),
  v1({ id: 'svc-1', name: 'Stay and Play (Fridays)', postcode: 'S1 2HE', phone: '0114 496 0001', assured: '2026-09-01' }),
  v1({ id: 'svc-9', name: 'Walking Football', postcode: 'S35 2YH', phone: '0114 496 0009', assured: '2025-10-01', url: 'www.example.org/walking-football', latLng: [0, 0] }),
  v1({ id: 'svc-10', name: 'Lunch Club', postcode: 'S2 1UJ', email: 'lunch@example.org', url: 'ftp://files.example.org/lunch', assured: '2026-10-01', session: true }),
];

let feed: TestServer;

before(async () => {
  feed = await serve((url) => {
    const id = /^\/services\/([^?]+)$/.exec(url)?.[1];
    const one = DEFECTIVE.find((s) => s.id === id);
    if (one) return { status: 200, body: one };
    if (url.startsWith('/services?')) {
      return { status: 200, body: { content: DEFECTIVE, totalElements: 10, totalPages: 1, number: 1, size: 100, first: true, last: true } };
    }
    return { status: 404, body: '<h1>Not found</h1>' };
  });
});
after(() => feed.close());

describe('the feed health report', () => {
  it("counts a feed's known defects", async () => {
    const outDir = tempDir();
    const outcome = await quietHarvest({
      feeds: [{ endpoint: feed.base, directory: 'Family <Hub> Directory & "Friends"' }],
      outDir,
      now: new Date('2026-11-02T09:00:00Z'),
    });
    assert.equal(outcome.status, 'complete');
    const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as HarvestReport;
    assert.deepEqual(report, outcome.report);
    const f = report.feeds[0]!;
    assert.equal(f.records, 10);
    assert.equal(f.details, 1, 'only the listing with no place, times, contacts or terms was asked for in detail');
    assert.deepEqual(f.missing, {
      location: { count: 2, share: 0.2 },
      contact: { count: 2, share: 0.2 },
      description: { count: 1, share: 0.1 },
      checkedDate: { count: 2, share: 0.2 },
    });
    assert.deepEqual(f.stale, { count: 3, share: 0.3 });
    assert.deepEqual(f.invalid, { urls: 2, emails: 2, phones: 1 });
    assert.deepEqual(f.duplicateIds, { ids: ['svc-1'], sameRecord: 1, keptBoth: 1 });
    assert.deepEqual(
      f.quirks.map((q) => [q.where, q.count]),
      [
        ['email', 2],
        ['url', 2],
        ['contacts[].phones[].number', 1],
        ['service_at_locations[].location.latitude', 1],
      ],
    );
    assert.match(f.quirks.find((q) => q.where === 'service_at_locations[].location.latitude')!.message, /not a place on Earth/);
    assert.deepEqual(f.alsoElsewhere, { count: 0, share: 0 });
    assert.equal(report.merge.services, 9, 'the same record listed twice is one service; a different record under the same id is kept');
    assert.deepEqual(
      outcome.services.map((s) => s.id.replace(/^\w+-/, '')),
      ['svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-5', 'svc-6', 'svc-1~2', 'svc-9', 'svc-10'],
    );
  });

  it('draws the same figures as a self-contained, escaped page with tables and bars', async () => {
    const outDir = tempDir();
    await quietHarvest({
      feeds: [{ endpoint: feed.base, directory: 'Family <Hub> Directory & "Friends"' }],
      outDir,
      now: new Date('2026-11-02T09:00:00Z'),
    });
    const html = readFileSync(join(outDir, 'report.html'), 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(!/<script|<link|<img|<iframe|\bsrc=|url\(/i.test(html), 'nothing to fetch, nothing to run');
    assert.ok(!/href="(?!#)/.test(html), 'links only within the page');
    assert.ok(html.includes('Family &lt;Hub&gt; Directory &amp; &quot;Friends&quot;'));
    assert.ok(!html.includes('<Hub>'));
    const row = (label: string) => new RegExp(`<th scope="row">${label}</th><td class="num">(\\d+)</td><td class="num">([^<]*)</td>`).exec(html)?.slice(1);
    assert.deepEqual(row('No place \\(no location or address\\)'), ['2', '20%']);
    assert.deepEqual(row('No phone number or email address'), ['2', '20%']);
    assert.deepEqual(row('No description'), ['1', '10%']);
    assert.deepEqual(row('No assured or last-checked date'), ['2', '20%']);
    assert.deepEqual(row('Stale \\(last checked more than 12 months ago\\)'), ['3', '30%']);
    assert.match(html, /<span class="bar" style="width:30\.0%"><\/span>/);
    assert.match(html, /<th scope="row">Invalid web addresses \(dropped\)<\/th><td class="num">2<\/td>/);
    assert.match(html, /<th scope="row">Repeats that were different records \(each kept\)<\/th><td class="num">1<\/td>/);
    assert.match(html, /<h1>Feed health report<\/h1>/);
    assert.equal((html.match(/<h2/g) ?? []).length, 4, 'overview, the feed, merging, about');
  });

  it('reports a feed that could not be read, and writes no snapshot', async () => {
    const dead = await serve(() => ({ status: 200, body: '<html><body>Welcome to our website</body></html>' }));
    await dead.close();
    const outDir = tempDir();
    const outcome = await quietHarvest({ feeds: [{ endpoint: dead.base }], outDir, polite: { retries: 0 } });
    assert.equal(outcome.status, 'failed');
    assert.deepEqual(outcome.written.map((p) => p.slice(outDir.length + 1)), ['report.json', 'report.html']);
    const html = readFileSync(join(outDir, 'report.html'), 'utf8');
    assert.match(html, /This feed could not be read.<\/strong> Nothing is answering at 127\.0\.0\.1:\d+ \(connection refused\)/);
  });
});
