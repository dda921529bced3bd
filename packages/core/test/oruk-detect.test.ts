import { expect } from '@open-wc/testing';
import { SignpostError, adapterFor, detectDialect, v1Adapter, v3Adapter, type FetchJsonFn } from '@signpost/core';

/** A fake fetchJson answering from a table of URLs; anything else is a 404. */
function fake(answers: Record<string, unknown>): FetchJsonFn & { asked: string[] } {
  const asked: string[] = [];
  const fn = (url: string) => {
    asked.push(url);
    if (url in answers) return Promise.resolve(answers[url]);
    return Promise.reject(new SignpostError('not-found', url, 'The directory has no listing with that id.', { status: 404 }));
  };
  return Object.assign(fn, { asked });
}

const BASE = 'https://api.example.org/oruk';

describe('oruk: detecting the dialect', () => {
  it('v3 from the API description at the root, when its service list says nothing', async () => {
    const fetchJson = fake({ [`${BASE}/`]: { version: '3.0', profile: 'https://example.org/profile', openapi_url: 'https://example.org/openapi.json' } });
    expect(await detectDialect(`${BASE}/`, fetchJson)).to.equal(v3Adapter);
    expect(fetchJson.asked).to.deep.equal([`${BASE}/services?per_page=1`, `${BASE}/`]);
  });

  it('asks for one service first, which both dialects answer: a v1 API is never asked for a root it does not have', async () => {
    const v1 = fake({ [`${BASE}/services?per_page=1`]: { content: [{ id: 'a', name: 'A' }], totalElements: 1 } });
    expect(await detectDialect(BASE, v1)).to.equal(v1Adapter);
    expect(v1.asked).to.deep.equal([`${BASE}/services?per_page=1`]);
    const v3 = fake({ [`${BASE}/services?per_page=1`]: { contents: [{ id: 'a', name: 'A' }], total_items: 1 } });
    expect(await detectDialect(BASE, v3)).to.equal(v3Adapter);
    expect(v3.asked).to.deep.equal([`${BASE}/services?per_page=1`]);
  });

  it('v3 from a root with only profile or openapi_url', async () => {
    expect(await detectDialect(BASE, fake({ [`${BASE}/`]: { openapi_url: 'https://example.org/openapi.json' } }))).to.equal(v3Adapter);
  });

  it('v1 from the services envelope when the root has nothing', async () => {
    const fetchJson = fake({ [`${BASE}/services?per_page=1`]: { content: [], totalElements: 0, totalPages: 0, number: 1, first: true, last: true } });
    expect(await detectDialect(BASE, fetchJson)).to.equal(v1Adapter);
    expect(fetchJson.asked).to.deep.equal([`${BASE}/services?per_page=1`]);
  });

  it('v1 when the root answers something else, such as another version', async () => {
    const fetchJson = fake({
      [`${BASE}/`]: { version: '1.0', name: 'My directory' },
      [`${BASE}/services?per_page=1`]: { totalElements: 3, content: [{ id: 'a', name: 'A' }] },
    });
    expect(await detectDialect(BASE, fetchJson)).to.equal(v1Adapter);
  });

  it('v3 from the services envelope when the root has nothing', async () => {
    const fetchJson = fake({ [`${BASE}/services?per_page=1`]: { contents: [], total_items: 0, page_number: 1, first_page: true, last_page: true, empty: true } });
    expect(await detectDialect(BASE, fetchJson)).to.equal(v3Adapter);
  });

  it('not ORUK when neither answer looks like ORUK', async () => {
    const fetchJson = fake({ [`${BASE}/`]: { hello: 'world' }, [`${BASE}/services?per_page=1`]: { data: [] } });
    let caught: unknown;
    try {
      await detectDialect(BASE, fetchJson);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(SignpostError);
    expect((caught as SignpostError).kind).to.equal('not-oruk');
    expect((caught as SignpostError).url).to.equal(`${BASE}/services?per_page=1`);
  });

  it('passes on the services probe failing (a 404 there is no ORUK API either)', async () => {
    let caught: unknown;
    try {
      await detectDialect(BASE, fake({}));
    } catch (error) {
      caught = error;
    }
    expect((caught as SignpostError).kind).to.equal('not-found');
  });

  it('stops when aborted rather than probing on', async () => {
    const asked: string[] = [];
    const aborting: FetchJsonFn = (url) => {
      asked.push(url);
      return Promise.reject(new SignpostError('aborted', url, 'The request was cancelled.'));
    };
    let caught: unknown;
    try {
      await detectDialect(BASE, aborting);
    } catch (error) {
      caught = error;
    }
    expect((caught as SignpostError).kind).to.equal('aborted');
    expect(asked).to.have.length(1);
  });

  it('gives the adapter for a named dialect', () => {
    expect(adapterFor('v1')).to.equal(v1Adapter);
    expect(adapterFor('v3')).to.equal(v3Adapter);
  });
});
