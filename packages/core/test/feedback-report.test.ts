import { expect } from '@open-wc/testing';
import {
  WIDGET_VERSION,
  buildReport,
  newReportId,
  pageForReport,
  reportText,
  searchForReport,
  type ReportTextLabels,
} from '../src/feedback/report.js';
import { isEmailAddress } from '../src/url.js';

const labels: ReportTextLabels = {
  title: 'A report about a listing',
  service: 'Service',
  reason: 'Problem',
  reasonName: (r) => ({ address: 'Address', 'no-results': 'Nothing matched' })[r as string] ?? r,
  message: 'Details',
  contact: 'Contact',
  noContact: 'Please do not contact me',
  words: 'Searched for',
  needs: 'Help with',
  ages: 'Ages',
  agesName: (a) => `${a.min ?? ''} to ${a.max ?? ''}`,
  area: 'Area',
  page: 'Page',
  endpoint: 'Directory feed',
  reference: 'Reference',
  sentAt: 'Made at',
};

describe('feedback reports', () => {
  it('gives every report a fresh UUID', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newReportId()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('builds a listing report with what the person chose to give', () => {
    const now = new Date('2026-11-20T10:15:00Z');
    const report = buildReport({
      kind: 'listing',
      reason: 'address',
      message: '  They moved to 3 Mill Street.\r\nSince June.  ',
      consent: true,
      email: ' pat@example.org ',
      service: { id: 'svc-1', name: 'Riverside Youth Club' },
      endpoint: 'https://example.gov.uk/api/v3',
      pageUrl: 'https://school.example.org/send/local-offer?sp-postcode=S1%202HE&sp-q=autism#results',
      now,
      id: 'fixed-id-0001',
    });
    expect(report).to.deep.equal({
      id: 'fixed-id-0001',
      kind: 'listing',
      reason: 'address',
      message: 'They moved to 3 Mill Street.\nSince June.',
      contact: { email: 'pat@example.org', consent: true },
      service: { id: 'svc-1', name: 'Riverside Youth Club' },
      endpoint: 'https://example.gov.uk/api/v3',
      page: 'https://school.example.org/send/local-offer',
      createdAt: '2026-11-20T10:15:00.000Z',
      widgetVersion: WIDGET_VERSION,
    });
  });

  it('keeps no email without consent, and no search in a listing report', () => {
    const report = buildReport({
      kind: 'listing',
      reason: 'closed',
      consent: false,
      email: 'pat@example.org',
      search: { text: 'youth club', postcode: 'S1 2HE' },
    });
    expect(report.contact).to.deep.equal({ consent: false });
    expect(report.query).to.equal(undefined);
    expect(report.filters).to.equal(undefined);
    expect(JSON.stringify(report)).not.to.contain('pat@');
  });

  it('records an unmet need with the postcode district only, never the full postcode', () => {
    const report = buildReport({
      kind: 'unmet-need',
      reason: 'no-results',
      message: 'Autism support group on Saturdays',
      search: {
        text: 'autism saturday',
        postcode: 's12he',
        radiusMiles: 3,
        needs: [{ id: 'need-send', name: 'SEND support' }, { id: 'need-x' }],
        ages: { min: 11, max: 15 },
        day: 'SA',
        freeOnly: true,
      },
    });
    expect(report.query).to.deep.equal({ text: 'autism saturday' });
    expect(report.filters).to.deep.equal({
      needs: [{ id: 'need-send', name: 'SEND support' }, { id: 'need-x' }],
      ages: { min: 11, max: 15 },
      area: 'S1',
      radiusMiles: 3,
      day: 'SA',
      freeOnly: true,
    });
    const json = JSON.stringify(report);
    expect(json).not.to.match(/2HE/i);
    expect(json).not.to.contain('s12he');
  });

  it('drops an invalid postcode rather than passing it on', () => {
    expect(searchForReport({ postcode: 'not a postcode' }).filters).to.equal(undefined);
    expect(searchForReport({ postcode: 'SW1A 1AA' }).filters).to.deep.equal({ area: 'SW1A' });
  });

  it('keeps origin and path of the page only, and nothing that is not a web page', () => {
    expect(pageForReport('https://user:pw@example.org:8443/a/b?x=1#y')).to.equal('https://example.org:8443/a/b');
    expect(pageForReport('file:///C:/a.html')).to.equal(undefined);
    expect(pageForReport('not a url')).to.equal(undefined);
  });

  it('trims a long message to the receiver limit and strips control characters', () => {
    const report = buildReport({ kind: 'listing', reason: 'other', message: `a\u0000b\u0007${'x'.repeat(6000)}` });
    expect(report.message!.length).to.equal(5000);
    expect(report.message!.startsWith('abx')).to.equal(true);
  });

  it('tells plausible email addresses from the rest (and from mailto tricks)', () => {
    expect(isEmailAddress('a.b+c@example.co.uk')).to.equal(true);
    for (const bad of ['', 'a@b', 'a b@example.org', 'a@example.org?cc=x@y.z', 'a@example.org\nBcc: x@y.z', 'a@exa&mple.org', 42]) {
      expect(isEmailAddress(bad), String(bad)).to.equal(false);
    }
  });

  it('writes a report out as readable text', () => {
    const report = buildReport({
      kind: 'unmet-need',
      reason: 'no-results',
      message: 'A Welsh-speaking parent group',
      search: { text: 'cylch', postcode: 'S6 3AA', ages: { min: 0, max: 4 } },
      pageUrl: 'https://hub.example.org/find',
      id: 'ref-12345678',
      now: new Date('2026-11-20T10:15:00Z'),
    });
    const text = reportText(report, labels);
    expect(text).to.equal(
      [
        'A report about a listing',
        '',
        'Problem: Nothing matched',
        'Searched for: cylch',
        'Ages: 0 to 4',
        'Area: S6',
        '',
        'Details:',
        'A Welsh-speaking parent group',
        '',
        'Page: https://hub.example.org/find',
        'Made at: 2026-11-20T10:15:00.000Z',
        'Reference: ref-12345678',
      ].join('\n'),
    );
  });
});
