import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { reportHtml } from '../src/report-html.js';
import type { FeedHealth, HarvestReport } from '../src/report.js';

const share = (count: number, records: number) => ({ count, share: Math.round((count / records) * 1000) / 1000 });

function health(fields: Partial<FeedHealth> & Pick<FeedHealth, 'endpoint' | 'records'>): FeedHealth {
  const n = fields.records;
  return {
    status: 'read',
    dialect: 'v1',
    pages: 4,
    details: 0,
    requests: 6,
    retries: 1,
    rateLimited: 1,
    serverErrors: 0,
    waitedSeconds: 1,
    seconds: 3.2,
    resumed: { pages: 0, details: 0 },
    missing: { location: share(15, n), contact: share(3, n), description: share(0, n), checkedDate: share(40, n) },
    stale: share(85, n),
    invalid: { urls: 2, emails: 1, phones: 0 },
    duplicateIds: { ids: ['svc-1'], sameRecord: 1, keptBoth: 0 },
    quirks: [
      { where: 'service_at_locations[].location.latitude', message: 'coordinates 0, 0 are not a place on Earth; dropped', count: 12 },
      { where: 'url', message: 'not a safe web address (got "javascript:alert(1)")', count: 2 },
    ],
    notes: ['The server sends at most 50 services a page (100 were asked for).'],
    alsoElsewhere: share(3, n),
    ...fields,
  };
}

const REPORT: HarvestReport = {
  harvestedAt: '2026-11-02T02:00:00.000Z',
  staleAfterMonths: 12,
  feeds: [
    health({ endpoint: 'https://api.example.gov.uk/oruk/a-very-long-path-segment-that-a-council-might-use/services-directory/v1', directory: 'Sheffield Family Information Service', records: 339 }),
    health({ endpoint: 'https://localoffer.example.gov.uk/api/v1', directory: 'Local Offer <SEND>', records: 10, dialect: 'v1' }),
    {
      ...health({ endpoint: 'https://nhs.example.org/oruk', records: 0 }),
      status: 'failed',
      error: 'Nothing is answering at nhs.example.org (connection refused).',
    },
  ],
  merge: {
    listings: 349,
    services: 346,
    merged: 3,
    matchedOn: { postcode: 2, website: 3, phone: 2, email: 1 },
    conflicts: { schedules: 2, description: 3 },
    groups: [
      {
        id: 'a1b2c3-1',
        name: 'Heeley Youth Club',
        listings: [
          { feed: 0, serviceId: '1', name: 'Heeley Youth Club', lastChecked: '2026-10-27' },
          { feed: 1, serviceId: '1104', name: 'Heeley Youth Club', lastChecked: '2026-10-30' },
        ],
        matchedOn: ['postcode', 'website', 'phone'],
        winner: 1,
        conflicts: ['description', 'schedules'],
      },
    ],
  },
};

/** The report's page put into this one: its styles and its body, in a box. */
function mountReport(): HTMLElement {
  const doc = new DOMParser().parseFromString(reportHtml(REPORT), 'text/html');
  const box = document.createElement('div');
  box.append(...[...doc.head.querySelectorAll('style')].map((s) => s.cloneNode(true)), ...[...doc.body.childNodes].map((n) => n.cloneNode(true)));
  document.body.replaceChildren(box);
  return box;
}

describe('report.html', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await setViewport({ width: 800, height: 600 });
  });

  it('passes axe', async () => {
    const box = mountReport();
    expect(box.querySelector('h1')!.textContent).to.equal('Feed health report');
    expect([...box.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'All feeds at a glance',
      'Sheffield Family Information Service',
      'Local Offer <SEND>',
      'nhs.example.org',
      'Merging the feeds',
      'About these figures',
    ]);
    await expect(box).to.be.accessible();
  });

  it('keeps the figures beside the bars, which only decorate', () => {
    const box = mountReport();
    const row = [...box.querySelectorAll('#feed-1 tr')].find((tr) => tr.querySelector('th')?.textContent?.startsWith('Stale'))!;
    expect([...row.querySelectorAll('td.num')].map((td) => td.textContent)).to.deep.equal(['85', '25%']);
    const track = row.querySelector('.track')!;
    expect(track.getAttribute('aria-hidden')).to.equal('true');
    const bar = track.querySelector<HTMLElement>('.bar')!;
    expect(bar.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.25, 0.02);
  });

  it('fits a 320 px phone without scrolling the page sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    mountReport();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
