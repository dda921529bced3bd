import { expect } from '@open-wc/testing';
import { pageNumbers } from '../src/results/pages.js';
import { emptyState, parseAges, queryKey, stateFromParams, stateToParams, toQuery } from '../src/shared/state.js';

describe('page numbers', () => {
  it('shows first, last and neighbours, filling a single gap and eliding longer ones', () => {
    expect(pageNumbers(1, 1)).to.deep.equal([1]);
    expect(pageNumbers(2, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pageNumbers(5, 10)).to.deep.equal([1, undefined, 4, 5, 6, undefined, 10]);
    expect(pageNumbers(10, 10)).to.deep.equal([1, undefined, 9, 10]);
  });
});

describe('finder state', () => {
  it('round-trips through URL parameters under a prefix', () => {
    const state = { ...emptyState(), text: 'short breaks', postcode: 'S1 2HE', radiusMiles: 5, terms: ['a', 'b'], ages: { min: 5, max: 10 }, day: 'SA' as const, freeOnly: true, page: 3, service: 'x1' };
    const params = stateToParams(state, 'lo-', new URLSearchParams('p=12&lo-q=old'));
    expect(params.get('p')).to.equal('12');
    expect(params.get('lo-q')).to.equal('short breaks');
    expect(stateFromParams(params, 'lo-')).to.deep.equal(state);
    expect(stateFromParams(params, 'other-')).to.deep.equal(emptyState());
  });

  it('ignores malformed URL values', () => {
    const s = stateFromParams(new URLSearchParams('sp-postcode=nope&sp-miles=7&sp-day=XX&sp-page=-2&sp-age=9-3&sp-access=teleport'), 'sp-');
    expect(s).to.deep.equal(emptyState());
  });

  it('parses age ranges', () => {
    expect(parseAges('16-25')).to.deep.equal({ min: 16, max: 25 });
    expect(parseAges('16-')).to.deep.equal({ min: 16 });
    expect(parseAges('-4')).to.deep.equal({ max: 4 });
    expect(parseAges('7')).to.deep.equal({ min: 7, max: 7 });
    expect(parseAges('x')).to.deep.equal({});
  });

  it('lays fixed filters over the person’s choices', () => {
    const state = { ...emptyState(), terms: ['mine'], ages: { min: 0, max: 4 }, postcode: 'S1 2HE', radiusMiles: 1 };
    const q = toQuery(state, { terms: ['send'], ages: { min: 16, max: 25 } }, 10);
    expect(q).to.deep.equal({ page: 1, perPage: 10, terms: ['send', 'mine'], ages: { min: 16, max: 25 }, postcode: 'S1 2HE', proximity: 1609 });
  });

  it('keys a query stably, keeping nested values', () => {
    const a = queryKey({ text: 'x', ages: { min: 1, max: 4 }, page: 1 });
    const b = queryKey({ page: 1, ages: { max: 4, min: 1 }, text: 'x' });
    expect(a).to.equal(b);
    expect(JSON.parse(a)).to.deep.equal({ ages: { max: 4, min: 1 }, page: 1, text: 'x' });
  });
});
