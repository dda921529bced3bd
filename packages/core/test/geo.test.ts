import { expect } from '@open-wc/testing';
import { isStale, metresToMiles, milesToMetres, normalisePostcode } from '@signpost/core';
import { isoDate, monthsSince } from '../src/freshness.js';
import { distanceMetres, postcodeDistrict, validLatLng } from '../src/geo.js';

describe('geo', () => {
  it('keeps only coordinates on Earth', () => {
    expect(validLatLng(53.38, -1.47)).to.deep.equal({ lat: 53.38, lng: -1.47 });
    expect(validLatLng('53.38', '-1.47')).to.deep.equal({ lat: 53.38, lng: -1.47 });
    expect(validLatLng(100, 101)).to.equal(undefined);
    expect(validLatLng(0, 0)).to.equal(undefined);
    expect(validLatLng('', '')).to.equal(undefined);
    expect(validLatLng(null, 1)).to.equal(undefined);
    expect(validLatLng(NaN, 1)).to.equal(undefined);
  });

  it('measures distance between two points', () => {
    // Sheffield station to Sheffield Town Hall: about 0.6 km.
    const d = distanceMetres({ lat: 53.3781, lng: -1.4620 }, { lat: 53.3806, lng: -1.4702 });
    expect(d).to.be.within(550, 650);
    expect(distanceMetres({ lat: 53, lng: -1 }, { lat: 53, lng: -1 })).to.equal(0);
    expect(milesToMetres(1)).to.equal(1609);
    expect(metresToMiles(1609.344)).to.be.closeTo(1, 1e-9);
  });

  it('normalises and validates UK postcodes', () => {
    expect(normalisePostcode(' s12he ')).to.equal('S1 2HE');
    expect(normalisePostcode('SW1A 1AA')).to.equal('SW1A 1AA');
    expect(normalisePostcode('S1')).to.equal(undefined);
    expect(normalisePostcode('hello')).to.equal(undefined);
    expect(postcodeDistrict('s11 8yb')).to.equal('S11');
  });
});

describe('freshness', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('reads dates leniently and rejects impossible ones', () => {
    expect(isoDate('2025-03-04')).to.equal('2025-03-04');
    expect(isoDate('2025-03-04T10:00:00Z')).to.equal('2025-03-04');
    expect(isoDate('2024-02-31')).to.equal(undefined);
    expect(isoDate('')).to.equal(undefined);
    expect(isoDate('soon')).to.equal(undefined);
    expect(isoDate('1900-01-01')).to.equal(undefined);
  });

  it('counts whole months and flags stale listings', () => {
    expect(monthsSince('2026-10-22', now)).to.equal(1);
    expect(monthsSince('2026-10-23', now)).to.equal(0);
    expect(monthsSince('2025-11-22', now)).to.equal(12);
    expect(monthsSince('2027-01-01', now)).to.equal(0);
    expect(isStale('2025-11-22', 12, now)).to.equal(true);
    expect(isStale('2025-12-01', 12, now)).to.equal(false);
    expect(isStale(undefined, 12, now)).to.equal(true);
  });
});
