import { expect } from '@open-wc/testing';
import { pageNumbers } from '../src/results/pages.js';
import { ALL_CAPABILITIES, type Weekday } from '@signpost/core';
import { riverside } from '../../../test/fixtures/services.js';
import { byAgeFit, refine, refinementOf } from '../src/shared/refine.js';
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
    const state = { ...emptyState(), text: 'short breaks', postcode: 'S1 2HE', radiusMiles: 5, terms: ['a', 'b'], ages: { min: 5, max: 10 }, day: 'SA' as const, time: 'after-school' as const, freeOnly: true, page: 3, service: 'x1' };
    const params = stateToParams(state, 'lo-', new URLSearchParams('p=12&lo-q=old'));
    expect(params.get('p')).to.equal('12');
    expect(params.get('lo-q')).to.equal('short breaks');
    expect(params.get('lo-time')).to.equal('after-school');
    expect(stateFromParams(params, 'lo-')).to.deep.equal(state);
    expect(stateFromParams(params, 'other-')).to.deep.equal(emptyState());
  });

  it('ignores malformed URL values', () => {
    const s = stateFromParams(new URLSearchParams('sp-postcode=nope&sp-miles=7&sp-day=XX&sp-page=-2&sp-age=9-3&sp-access=teleport&sp-time=midnight'), 'sp-');
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

  it('asks the source for what it can filter, and leaves the rest to the finder', () => {
    const state = { ...emptyState(), freeOnly: true, access: 'drop-in' as const, time: 'after-school' as const };
    const live = { ...ALL_CAPABILITIES, free: false, access: false };
    // a live ORUK endpoint: the hours go in the request; free and access are refined by the finder
    expect(toQuery(state, {}, 10, live)).to.deep.equal({ page: 1, perPage: 10, startTime: '15:00', endTime: '18:00' });
    expect(refinementOf(state, live)).to.deep.equal({ freeOnly: true, access: 'drop-in' });
    // a snapshot filters all of them exactly: nothing is left to refine
    expect(toQuery(state, {}, 10, ALL_CAPABILITIES)).to.deep.equal({ page: 1, perPage: 10, startTime: '15:00', endTime: '18:00', freeOnly: true, access: 'drop-in' });
    expect(refinementOf(state, ALL_CAPABILITIES)).to.equal(undefined);
    // weekends are two days: the schedules say, whatever the source
    expect(toQuery({ ...emptyState(), time: 'weekend' }, {}, 10, ALL_CAPABILITIES)).to.deep.equal({ page: 1, perPage: 10 });
    expect(refinementOf({ ...emptyState(), time: 'weekend' }, ALL_CAPABILITIES)).to.deep.equal({ opening: { days: ['SA', 'SU'] } });
    // an endpoint that does not honour times: from the schedules too
    expect(refinementOf(state, { ...live, time: false })!.opening).to.deep.equal({ start: '15:00', end: '18:00' });
  });

  it('refines by the schedules: open at some point in the hours asked for, on the days asked for', () => {
    const at = (days: Weekday[], opensAt: string, closesAt: string) => ({ ...riverside, id: `${days}${opensAt}`, schedules: [{ days, opensAt, closesAt }] });
    const services = [at(['MO'], '09:00', '11:00'), at(['TU'], '15:30', '17:00'), at(['SA'], '10:00', '12:00'), at(['SU'], '18:00', '20:00')];
    const ids = (refinement: Parameters<typeof refine>[1]) => refine(services, refinement).map((s) => s.id);
    expect(ids({ opening: { start: '15:00', end: '18:00' } })).to.deep.equal(['TU15:30']);
    expect(ids({ opening: { days: ['SA', 'SU'] } })).to.deep.equal(['SA10:00', 'SU18:00']);
    expect(ids({ opening: { start: '06:00', end: '12:00' } })).to.deep.equal(['MO09:00', 'SA10:00']);
    expect(ids(undefined)).to.have.length(4);
  });

  it('puts services that only touch the ages asked for after those that fit', () => {
    const aged = (id: string, min?: number, max?: number) => ({ ...riverside, id, ages: { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } });
    const services = [aged('adults', 19), aged('teens', 13, 19), aged('all'), aged('under-fives', 0, 4)];
    expect(byAgeFit(services, { min: 0, max: 19 }).map((s) => s.id)).to.deep.equal(['teens', 'all', 'under-fives', 'adults']);
    expect(byAgeFit(services, {}).map((s) => s.id)).to.deep.equal(['adults', 'teens', 'all', 'under-fives']);
  });

  it('keys a query stably, keeping nested values', () => {
    const a = queryKey({ text: 'x', ages: { min: 1, max: 4 }, page: 1 });
    const b = queryKey({ page: 1, ages: { max: 4, min: 1 }, text: 'x' });
    expect(a).to.equal(b);
    expect(JSON.parse(a)).to.deep.equal({ ages: { max: 4, min: 1 }, page: 1, text: 'x' });
  });
});
