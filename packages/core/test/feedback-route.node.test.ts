// Where a feedback report goes: core's routeReport, a pure function.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routeReport, type ListingContacts } from '../src/feedback/route.js';

const listing: ListingContacts = {
  name: 'Riverside Youth Club',
  email: 'youth@riverside.example.org',
  assurerEmail: 'directory@council.example.gov.uk',
  organisation: { name: 'Riverside Trust', email: 'office@riverside-trust.example.org' },
};
const long = `${'a'.repeat(48)}@${'b'.repeat(7)}.example`; // a 64-character address

describe('routeReport', () => {
  it('posts to the host’s endpoint, with the host’s email (else the listing’s) as the fallback', () => {
    assert.deepEqual(routeReport({ endpoint: 'https://example.org/reports', recipient: 'the FIS' }, 'listing', listing), {
      endpoint: 'https://example.org/reports',
      email: 'directory@council.example.gov.uk',
      recipient: { kind: 'named', name: 'the FIS' },
      handledBy: 'directory',
    });
    assert.deepEqual(routeReport({ endpoint: '/reports', email: long }, 'listing', listing), {
      endpoint: '/reports',
      email: long,
      recipient: { kind: 'directory' },
      handledBy: 'directory',
    });
    // can't-find reports have no listing to fall back on
    assert.deepEqual(routeReport({ endpoint: '/reports' }, 'unmet-need', listing), {
      endpoint: '/reports',
      recipient: { kind: 'directory' },
      handledBy: 'directory',
    });
  });

  it('without an endpoint, writes to the host’s email address', () => {
    assert.deepEqual(routeReport({ email: 'fis@council.example.gov.uk' }, 'unmet-need'), {
      email: 'fis@council.example.gov.uk',
      recipient: { kind: 'address', email: 'fis@council.example.gov.uk' },
      handledBy: 'directory',
    });
    assert.deepEqual(routeReport({ email: 'fis@council.example.gov.uk', recipient: '  the Family Information Service ' }, 'listing', listing)?.recipient, {
      kind: 'named',
      name: 'the Family Information Service',
    });
  });

  it('with nothing set, a listing goes to its assurer, else the service, else its organisation', () => {
    assert.deepEqual(routeReport({}, 'listing', listing), {
      email: 'directory@council.example.gov.uk',
      recipient: { kind: 'assurer', email: 'directory@council.example.gov.uk' },
      handledBy: 'directory',
    });
    assert.deepEqual(routeReport({}, 'listing', { ...listing, assurerEmail: undefined })?.recipient, {
      kind: 'service',
      name: 'Riverside Youth Club',
      email: 'youth@riverside.example.org',
    });
    const organisation = routeReport({}, 'listing', { ...listing, assurerEmail: 'not an address', email: '' });
    assert.equal(organisation?.handledBy, 'service');
    assert.deepEqual(organisation?.recipient, { kind: 'service', name: 'Riverside Trust', email: 'office@riverside-trust.example.org' });
  });

  it('has nowhere to go without an endpoint, a usable email or a listing that names one', () => {
    assert.equal(routeReport({}, 'unmet-need'), undefined);
    assert.equal(routeReport({ email: 'nobody', endpoint: '   ', recipient: 'the FIS' }, 'unmet-need'), undefined);
    assert.equal(routeReport({}, 'listing', { name: 'No contacts', email: 'x@', organisation: { name: 'Org' } }), undefined);
    assert.equal(routeReport({}, 'listing'), undefined);
  });
});
