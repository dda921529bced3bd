import { expect } from '@open-wc/testing';
import { OrukClient, SignpostError, type FetchLike } from '@signpost/core';

const BASE = 'https://directory.example.gov.uk/api';

function page(contents: unknown[], extra: Record<string, unknown> = {}) {
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents, ...extra };
}

const services = [
  {
    id: 's1',
    name: 'Far Club',
    description: 'Far away',
    service_at_locations: [{ id: 'sl1', location: { id: 'l1', name: 'Far Hall', latitude: 53.45, longitude: -1.5 } }],
  },
  {
    id: 's2',
    name: 'Near Club',
    description: 'Close by',
    service_at_locations: [{ id: 'sl2', location: { id: 'l2', name: 'Near Hall', latitude: 53.381, longitude: -1.47 } }],
  },
];

/** A fake v3 server: records every URL asked for. */
function fakeServer(overrides: Record<string, () => Promise<Response> | Response> = {}) {
  const urls: string[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch: FetchLike = async (input, init) => {
    urls.push(input);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const url = new URL(input);
    const key = Object.keys(overrides).find((k) => url.pathname.endsWith(k));
    if (key) return overrides[key]!();
    if (url.pathname === '/api/') return json({ version: '3.0', profile: 'https://openreferraluk.org', openapi_url: 'x' });
    if (url.pathname === '/api/services') return json(page(services));
    if (url.pathname === '/api/service_at_locations') {
      return json(page(services.map((s) => ({ id: `sal-${s.id}`, service: s, location: s.service_at_locations[0]!.location }))));
    }
    if (url.pathname === '/postcodes/S1%202HE') return json({ status: 200, result: { postcode: 'S1 2HE', latitude: 53.38, longitude: -1.47 } });
    if (url.pathname === '/api/taxonomies') return json(page([{ id: 'tx-needs', name: 'Needs' }]));
    if (url.pathname === '/api/taxonomy_terms') {
      return json(page([
        { id: 't1', name: 'Food', taxonomy_id: 'tx-needs' },
        { id: 't2', name: 'Money', taxonomy_id: 'tx-needs' },
        { id: 't3', name: 'Orphan', taxonomy_id: 'tx-unlisted' },
      ]));
    }
    return json({ error: 'not found' }, 404);
  };
  return { fetch, urls };
}

describe('OrukClient', () => {
  beforeEach(() => sessionStorage.clear());

  it('detects the dialect once and serves a repeated search from its cache', async () => {
    const server = fakeServer();
    const client = new OrukClient({ endpoint: `${BASE}/`, fetch: server.fetch });
    const first = await client.search({ text: 'club' });
    const again = await client.search({ text: 'club' });
    expect(first.items.map((s) => s.name)).to.deep.equal(['Far Club', 'Near Club']);
    expect(again).to.deep.equal(first);
    expect(server.urls.length).to.equal(2);
    expect(server.urls[0]).to.equal(`${BASE}/services?per_page=1`);
    expect(server.urls[1]).to.contain('search=club');
  });

  it('asks for a page of everything at once and tells the dialect from it: one request, even with its capabilities asked for in the same turn', async () => {
    for (const dialect of ['v1', 'v3'] as const) {
      const urls: string[] = [];
      const body = dialect === 'v3' ? page(services) : { content: services.map(({ id, name }) => ({ id, name })), totalElements: 2, totalPages: 1, number: 1, first: true, last: true };
      const fetch: FetchLike = async (input) => {
        urls.push(input);
        return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
      };
      const client = new OrukClient({ endpoint: BASE, fetch });
      // a finder asks for both together
      const [capabilities, result] = await Promise.all([client.capabilities(), client.search({ page: 1, perPage: 10 })]);
      expect(urls, dialect).to.deep.equal([`${BASE}/services?page=1&per_page=10`]);
      expect((await client.adapter()).dialect).to.equal(dialect);
      expect(capabilities.text, dialect).to.equal(true);
      expect(result.items.map((s) => s.name), dialect).to.deep.equal(['Far Club', 'Near Club']);
    }
  });

  it('asks for a page of everything before the adapters can build it, and a filtered search only after', async () => {
    const server = fakeServer();
    const client = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: server.fetch });
    const everything = client.search({ page: 1, perPage: 10 });
    expect(server.urls, 'asked for in the same turn').to.deep.equal([`${BASE}/services?page=1&per_page=10`]);
    await everything;
    const fresh = fakeServer();
    const filtered = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: fresh.fetch }).search({ text: 'club', page: 1, perPage: 10 });
    expect(fresh.urls, 'a filter waits for the dialect').to.deep.equal([]);
    await filtered;
    expect(fresh.urls).to.deep.equal([`${BASE}/services?page=1&per_page=10&search=club`]);
  });

  it('measures distance from a searched postcode and puts the nearest first', async () => {
    const server = fakeServer();
    const client = new OrukClient({ endpoint: BASE, fetch: server.fetch, geocoder: 'https://postcodes.example' });
    const result = await client.search({ postcode: 'S1 2HE', proximity: 5000 });
    expect(result.origin).to.deep.equal({ lat: 53.38, lng: -1.47 });
    expect(result.items.map((s) => s.name)).to.deep.equal(['Near Club', 'Far Club']);
    expect(result.items[0]!.distanceMetres).to.be.below(200);
    expect(server.urls.some((u) => u.includes('/service_at_locations?') && u.includes('postcode=S1+2HE'))).to.equal(true);
  });

  it('leaves out filters the endpoint is configured not to support', async () => {
    const server = fakeServer();
    const client = new OrukClient({ endpoint: BASE, fetch: server.fetch, capabilities: { proximity: false, age: false } });
    await client.search({ text: 'x', postcode: 'S1 2HE', proximity: 1000, ages: { min: 3, max: 4 } });
    const searchUrl = server.urls.find((u) => u.includes('search=x'))!;
    expect(searchUrl).not.to.contain('postcode');
    expect(searchUrl).not.to.contain('minimum_age');
    expect((await client.capabilities()).proximity).to.equal(false);
  });

  it('throws typed errors with plain messages', async () => {
    const cases: Array<[Record<string, () => Response | Promise<Response>>, string, RegExp]> = [
      [{ '/services': () => new Response('oops', { status: 500 }) }, 'http', /HTTP 500/],
      [{ '/services': () => new Response('<html><body>Sign in</body></html>', { status: 200 }) }, 'not-oruk', /web page/],
      [{ '/services': () => new Response(JSON.stringify({ hello: 'world' })) }, 'not-oruk', /not an Open Referral UK/],
      [{ '/services': () => Promise.reject(new TypeError('Failed to fetch')) }, 'network', /offline|CORS/],
      // an endless body (a runaway page, a compression bomb) is cut off at the size limit
      [{ '/services': () => new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(1_000_000).fill(32)) })) }, 'too-large', /larger than 5 MB/],
      // a body that breaks off (or whose compression is broken) is not blamed on CORS
      [
        {
          '/services': () =>
            new Response(
              new ReadableStream({
                start(c) {
                  c.enqueue(new TextEncoder().encode('{"contents": ['));
                  c.error(new TypeError('network error'));
                },
              }),
            ),
        },
        'unreadable',
        /could not be read: it was cut off, or its compression was broken/,
      ],
    ];
    for (const [overrides, kind, message] of cases) {
      const client = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: fakeServer(overrides).fetch });
      const error = await client.search({}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, kind).to.be.instanceOf(SignpostError);
      expect((error as SignpostError).kind).to.equal(kind);
      expect((error as SignpostError).message).to.match(message);
    }
  });

  it('reads JSON with a byte-order mark, and honours a size limit of its own', async () => {
    const bom = fakeServer({ '/services': () => new Response(`\ufeff${JSON.stringify(page(services))}`) });
    expect((await new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: bom.fetch }).search({})).items.length).to.equal(2);
    const small = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: fakeServer().fetch, maxResponseBytes: 100 });
    const error = (await small.search({}).catch((e: unknown) => e)) as SignpostError;
    expect([error.kind, error.retryable]).to.deep.equal(['too-large', false]);
  });

  it('gives up after its timeout', async () => {
    const never = () => new Promise<Response>(() => {});
    const slowFetch: FetchLike = (input, init) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        void never();
      });
    const client = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: slowFetch, timeoutMs: 50 });
    const error = (await client.search({}).catch((e: unknown) => e)) as SignpostError;
    expect(error.kind).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it('aborts when asked, and a cancelled search does not spoil the next', async () => {
    const server = fakeServer();
    const client = new OrukClient({ endpoint: BASE, fetch: server.fetch });
    const controller = new AbortController();
    const first = client.search({ text: 'one' }, { signal: controller.signal });
    controller.abort();
    const error = (await first.catch((e: unknown) => e)) as SignpostError;
    expect(error.kind).to.equal('aborted');
    const second = await client.search({ text: 'two' });
    expect(second.items.length).to.equal(2);
  });

  it('asks no question to detect a dialect it was given', async () => {
    for (const dialect of ['v1', 'v3'] as const) {
      const urls: string[] = [];
      const fetch: FetchLike = async (input) => {
        urls.push(input);
        return new Response(JSON.stringify({ content: [], totalElements: 0, totalPages: 0, number: 0, first: true, last: true, ...page([]) }), {
          headers: { 'Content-Type': 'application/json' },
        });
      };
      const client = new OrukClient({ endpoint: BASE, dialect, fetch });
      await client.search({ text: 'club' });
      expect(urls, dialect).to.have.length(1);
      expect(urls[0], dialect).to.match(new RegExp(`^${BASE}/services\\?`));
      expect(urls[0], 'not the probe for one service').not.to.match(/per_page=1(&|$)/);
      expect((await client.adapter()).dialect).to.equal(dialect);
    }
  });

  it('shares a request already in flight, and cancels it only when nobody wants it', async () => {
    const server = fakeServer();
    let started = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow: FetchLike = async (input, init) => {
      started += 1;
      await gate;
      return server.fetch(input, init);
    };
    const client = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: slow });
    const leaving = new AbortController();
    const a = client.search({ text: 'club' });
    const b = client.search({ text: 'club' }, { signal: leaving.signal });
    const c = client.getService('s1');
    await new Promise((r) => setTimeout(r, 20));
    expect(started, 'the same search is asked once; another request is its own').to.equal(2);
    leaving.abort();
    expect(((await b.catch((e: unknown) => e)) as SignpostError).kind).to.equal('aborted');
    release();
    expect((await a).items.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    await c.catch(() => undefined);
    expect(client.requestCount).to.equal(2);
    // nobody left wanting it: the request itself is cancelled, and a later ask starts afresh
    const alone = new AbortController();
    let signalled: AbortSignal | undefined;
    const watching = new OrukClient({
      endpoint: BASE,
      dialect: 'v3',
      fetch: (input, init) => {
        signalled = init?.signal ?? undefined;
        return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      },
    });
    const gone = watching.search({ text: 'x' }, { signal: alone.signal });
    await new Promise((r) => setTimeout(r, 20));
    alone.abort();
    expect(((await gone.catch((e: unknown) => e)) as SignpostError).kind).to.equal('aborted');
    expect(signalled?.aborted).to.equal(true);
  });

  it('cancels a shared dialect detection only when every caller waiting for it has given up', async () => {
    // the detection's first question (one service: a filtered search is not the question) never gets an answer
    const rootSignals: AbortSignal[] = [];
    const server = fakeServer();
    const fetch: FetchLike = (input, init) => {
      if (new URL(input).searchParams.get('per_page') !== '1') return server.fetch(input, init);
      if (init?.signal) rootSignals.push(init.signal);
      return new Promise<Response>(() => {});
    };
    const client = new OrukClient({ endpoint: BASE, fetch });
    const [a, b] = [new AbortController(), new AbortController()];
    const first = client.search({ text: 'club' }, { signal: a.signal }).catch((e: unknown) => e);
    const second = client.search({ text: 'club' }, { signal: b.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r));
    expect(rootSignals.length).to.equal(1);
    a.abort();
    expect(((await first) as SignpostError).kind).to.equal('aborted');
    expect(rootSignals[0]!.aborted, 'still wanted by the second caller').to.equal(false);
    b.abort();
    expect(((await second) as SignpostError).kind).to.equal('aborted');
    expect(rootSignals[0]!.aborted, 'wanted by nobody').to.equal(true);
    // the next caller starts a new detection
    void client.search({ text: 'club' }, { signal: new AbortController().signal }).catch(() => undefined);
    await new Promise((r) => setTimeout(r));
    expect(rootSignals.length).to.equal(2);
  });

  it('groups terms into vocabularies and keeps them for the browser session', async () => {
    const server = fakeServer();
    const client = new OrukClient({ endpoint: BASE, fetch: server.fetch });
    const vocabularies = await client.vocabularies();
    expect(vocabularies.map((v) => [v.id, v.name, v.terms.map((t) => t.name)])).to.deep.equal([
      ['tx-needs', 'Needs', ['Food', 'Money']],
      ['tx-unlisted', 'Tx unlisted', ['Orphan']],
    ]);
    expect(await client.vocabularies({ only: ['needs'] })).to.have.length(1);
    const other = fakeServer();
    const again = await new OrukClient({ endpoint: BASE, fetch: other.fetch }).vocabularies();
    expect(again).to.deep.equal(vocabularies);
    expect(other.urls.filter((u) => u.includes('taxonom'))).to.deep.equal([]);
  });

  it('reports a missing service as not found', async () => {
    const client = new OrukClient({ endpoint: BASE, dialect: 'v3', fetch: fakeServer().fetch });
    const error = (await client.getService('nope').catch((e: unknown) => e)) as SignpostError;
    expect(error.kind).to.equal('not-found');
    expect(error.retryable).to.equal(false);
  });
});
