import { expect } from '@open-wc/testing';
import type { Diagnostic } from '@signpost/core';
import { isFree } from '../src/oruk/cost.js';
import { readEnvelope, V1_ENVELOPE, V3_ENVELOPE } from '../src/oruk/page.js';
import { arr, bool, compact, id, num, obj, objects, oneOf, str } from '../src/oruk/read.js';
import { normaliseTime, weekday } from '../src/oruk/schedule.js';

describe('oruk readers: tolerant, with a diagnostic for each drop', () => {
  it('str: trims, writes numbers out, treats null and blanks as absent, drops other types', () => {
    const diags: Diagnostic[] = [];
    const o = { a: '  x ', b: 12, c: null, d: '   ', e: { x: 1 }, f: true };
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'missing'].map((k) => str(o, k, 'svc', diags))).to.deep.equal([
      'x',
      '12',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(diags).to.deep.equal([
      { path: 'svc.e', message: 'expected text (got an object)' },
      { path: 'svc.f', message: 'expected text (got true)' },
    ]);
  });

  it('num: accepts numbers written as strings, drops the rest', () => {
    const diags: Diagnostic[] = [];
    const o = { a: 3, b: ' 12 ', c: '1e2', d: 'twelve', e: [], f: '' };
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => num(o, k, '', diags))).to.deep.equal([3, 12, 100, undefined, undefined, undefined]);
    expect(diags.map((d) => d.path)).to.deep.equal(['d', 'e']);
  });

  it('bool, obj, arr and objects: wrong types become absent or empty, with a diagnostic', () => {
    const diags: Diagnostic[] = [];
    const o = { t: 'true', n: 1, list: { not: 'a list' }, thing: ['not', 'an object'], mixed: [{ a: 1 }, 'x', null, { b: 2 }] };
    expect(bool(o, 't', '', diags)).to.equal(true);
    expect(bool(o, 'n', '', diags)).to.equal(undefined);
    expect(arr(o, 'list', '', diags)).to.deep.equal([]);
    expect(obj(o, 'thing', '', diags)).to.equal(undefined);
    expect(objects(o, 'mixed', 'root', diags)).to.deep.equal([
      [{ a: 1 }, 'root.mixed[0]'],
      [{ b: 2 }, 'root.mixed[3]'],
    ]);
    expect(diags.map((d) => d.path)).to.deep.equal(['n', 'list', 'thing', 'root.mixed[1]']);
  });

  it('id: strings and whole numbers; never markup, quotes or control characters', () => {
    const diags: Diagnostic[] = [];
    const o = { a: 'esdNeeds:17', b: 42, c: 4.5, d: '<b>x</b>', e: 'a"b', f: 'tab\there' };
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => id(o, k, '', diags))).to.deep.equal(['esdNeeds:17', '42', undefined, undefined, undefined, undefined]);
    expect(diags).to.have.length(4);
    expect(diags[1]!.message).to.equal('not a usable identifier (got "\\u003cb>x\\u003c/b>")');
  });

  it('oneOf: ignores case and -, _ or space differences', () => {
    const diags: Diagnostic[] = [];
    const allowed = ['drop-in', 'home visit'] as const;
    expect(oneOf({ v: 'Drop In' }, 'v', allowed, '', diags)).to.equal('drop-in');
    expect(oneOf({ v: 'HOME_VISIT' }, 'v', allowed, '', diags)).to.equal('home visit');
    expect(oneOf({ v: 'sometimes' }, 'v', allowed, '', diags)).to.equal(undefined);
    expect(diags).to.have.length(1);
  });

  it('compact: absent means absent', () => {
    expect(compact({ a: 1, b: undefined, c: null })).to.deep.equal({ a: 1, c: null });
  });
});

describe('oruk schedules: days and times', () => {
  it('reads days in every form feeds use', () => {
    const cases: Array<[unknown, string | undefined]> = [
      ['MO', 'MO'],
      ['1MO', 'MO'],
      ['-1FR', 'FR'],
      ['Monday', 'MO'],
      ['tues', 'TU'],
      ['Weds', 'WE'],
      ['Thurs.', 'TH'],
      [1, 'MO'],
      [7, 'SU'],
      [0, 'SU'],
      ['3', 'WE'],
      [8, undefined],
      ['M', undefined],
      ['Funday', undefined],
      [null, undefined],
    ];
    for (const [input, expected] of cases) expect(weekday(input), String(input)).to.equal(expected);
  });

  it('normalises times to HH:MM', () => {
    const cases: Array<[string, string | undefined]> = [
      ['10:00', '10:00'],
      ['10:00:00', '10:00'],
      ['9:05', '09:05'],
      ['9.30', '09:30'],
      ['0930', '09:30'],
      ['5pm', '17:00'],
      ['12am', '00:00'],
      ['12:30 p.m.', '12:30'],
      ['2000-01-01T08:00:00.000Z', '08:00'],
      ['10:00:00Z', '10:00'],
      ['24:00', '24:00'],
      ['25:00', undefined],
      ['10:75', undefined],
      ['9', undefined],
      ['13pm', undefined],
      ['noon', undefined],
    ];
    for (const [input, expected] of cases) expect(normaliseTime(input), input).to.equal(expected);
  });
});

describe('oruk costs: the free rule', () => {
  it('a price anywhere means not free; all zero means free; else the fees text decides, or nobody knows', () => {
    expect(isFree('Free', [{ amount: 5 }])).to.equal(false);
    expect(isFree(undefined, [{ amount: 0 }, { amount: 0, option: 'Carers' }])).to.equal(true);
    expect(isFree(undefined, [{ amount: 0 }, { option: 'Adults' }])).to.equal(undefined);
    expect(isFree('Free of charge', [])).to.equal(true);
    expect(isFree('There is no charge', [])).to.equal(true);
    expect(isFree('This service is not free', [])).to.equal(undefined);
    expect(isFree('Free for carers, £3 for others', [])).to.equal(undefined);
    expect(isFree('Free (£0.00)', [])).to.equal(true);
    expect(isFree('£15 for the course', [])).to.equal(undefined);
    expect(isFree(undefined, [])).to.equal(undefined);
  });
});

describe('oruk pages: envelopes', () => {
  it('v1: counts from the envelope, flags trusted over numbers', () => {
    const diags: Diagnostic[] = [];
    const envelope = readEnvelope({ content: [1, 2], totalElements: 12, totalPages: 6, number: 0, size: 2, first: true, last: false }, V1_ENVELOPE, diags);
    expect(envelope.pageOf(['a', 'b'])).to.deep.equal({ items: ['a', 'b'], total: 12, page: 1, totalPages: 6, perPage: 2, isFirst: true, isLast: false });
  });

  it('v3: a last page is the last, whatever total_pages says', () => {
    const envelope = readEnvelope({ contents: [1], total_items: 9, total_pages: 5, page_number: 3, size: 2, first_page: false, last_page: true }, V3_ENVELOPE, [], { page: 3 });
    expect(envelope.pageOf(['x'])).to.deep.include({ page: 3, totalPages: 3, isFirst: false, isLast: true });
  });

  it('fills in what the envelope leaves out from the list and the request', () => {
    const envelope = readEnvelope({ contents: [1, 2, 3] }, V3_ENVELOPE, [], { page: 2, perPage: 3 });
    expect(envelope.pageOf([1, 2, 3])).to.deep.equal({ items: [1, 2, 3], total: 6, page: 2, totalPages: 3, perPage: 3, isFirst: false, isLast: false });
    const short = readEnvelope({ contents: [1] }, V3_ENVELOPE, [], { page: 2, perPage: 3 });
    expect(short.pageOf([1])).to.deep.include({ total: 4, isLast: true, totalPages: 2 });
  });

  it('drops negative, fractional and absurd counts with a diagnostic', () => {
    const diags: Diagnostic[] = [];
    readEnvelope({ content: [], totalElements: -3, totalPages: 1.5, number: 1e308, size: '1e999' }, V1_ENVELOPE, diags);
    expect(diags.map((d) => d.path)).to.deep.equal(['totalElements', 'totalPages', 'number', 'size']);
    const page = readEnvelope({ content: [1], number: 1e308, totalElements: 1e308 }, V1_ENVELOPE, [], { perPage: 10 }).pageOf([1]);
    expect([page.page, page.total, page.totalPages]).to.deep.equal([1, 1, 1]);
  });

  it('believes the items over a smaller claimed total', () => {
    const page = readEnvelope({ contents: [1, 2, 3, 4], total_items: 2, total_pages: 1 }, V3_ENVELOPE, [], { page: 1, perPage: 10 }).pageOf([1, 2, 3, 4]);
    expect(page.total).to.equal(4);
    const later = readEnvelope({ content: [1, 2], totalElements: 0 }, V1_ENVELOPE, [], { page: 3, perPage: 10 }).pageOf([1, 2]);
    expect(later.total).to.equal(22);
  });

  it('reads no more of a page than was asked for, and says so', () => {
    const diags: Diagnostic[] = [];
    const huge = Array.from({ length: 9850 }, (_, i) => i);
    const envelope = readEnvelope({ content: huge, totalElements: 9850, size: 9850 }, V1_ENVELOPE, diags, { perPage: 10 });
    expect(envelope.list.length).to.equal(10);
    expect(diags).to.deep.equal([{ path: 'content', message: 'the page held 9850 items and 10 were asked for: only the first 10 are shown' }]);
    expect(envelope.pageOf(envelope.list)).to.deep.include({ total: 9850, perPage: 10 });
    // asked for nothing: still no more than MAX_PAGE_ITEMS
    expect(readEnvelope({ content: huge }, V1_ENVELOPE, []).list.length).to.equal(1000);
  });
});
