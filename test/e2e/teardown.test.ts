// Nothing outlives a removed element: 200 finders put on the page and taken off again
// against a slow API leave no request in flight, and a new finder then gets its results
// at once (no queue behind the browser's six connections to one host).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../packages/elements/src/all.js';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';
import { cardNames, settled } from './helpers.js';

/** Counts fetches still in flight (started, not yet settled) from this page. */
function countFetches() {
  const original = window.fetch;
  const state = { started: 0, inFlight: 0, peak: 0 };
  window.fetch = (...args: Parameters<typeof fetch>) => {
    state.started += 1;
    state.inFlight += 1;
    state.peak = Math.max(state.peak, state.inFlight);
    const done = () => {
      state.inFlight -= 1;
    };
    const request = original(...args);
    request.then(done, done);
    return request;
  };
  return { state, restore: () => (window.fetch = original) };
}

const nextFrame = () => new Promise((r) => setTimeout(r));
// The test server's /slow-api answers after 20 seconds, far longer than the loops take even on
// a busy machine: without aborts, every request would still be waiting. (A slow mount of its
// own, so that test files running alongside are not slowed.)
const SLOW_MS = 20_000;

describe('removing elements', function () {
  this.timeout(120_000);
  let counter: ReturnType<typeof countFetches> | undefined;

  afterEach(async () => {
    counter?.restore();
    await executeServerCommand('sample-api-latency', { ms: 0 });
  });

  it('aborts every request of 200 finders removed from a page, and the next finder is prompt', async () => {
    counter = countFetches();
    const begin = performance.now();
    for (let i = 0; i < 200; i += 1) {
      const el = document.createElement('signpost-finder');
      el.setAttribute('endpoint', '/slow-api/v3');
      el.setAttribute('geocoder', '/api');
      document.body.append(el);
      await nextFrame();
      el.remove();
    }
    const loopMs = performance.now() - begin;
    // Aborted fetches settle at once; give the browser a moment to say so (the API takes 4 s to answer).
    await new Promise((r) => setTimeout(r, 300));
    const { started, peak, inFlight: pending } = counter.state;
    console.log(`200 finders added and removed in ${loopMs.toFixed(0)} ms: ${started} requests started (at most ${peak} at once), ${pending} still pending 300 ms later`);
    expect(loopMs + 300, 'the loop outran the slow API').to.be.below(SLOW_MS);
    expect(started).to.be.greaterThan(100);
    expect(pending).to.equal(0);

    // the same host as the slow API: a queue behind its connections would hold this one up
    const begun = performance.now();
    const el = document.createElement('signpost-finder') as SignpostFinder;
    el.setAttribute('endpoint', '/api/v3');
    el.setAttribute('geocoder', '/api');
    document.body.append(el);
    try {
      await waitUntil(() => el.searchComplete !== undefined, 'no search', { timeout: 2000 });
      await settled(el);
      await waitUntil(() => cardNames(el).length > 0, 'the new finder showed no results', { timeout: 3000 });
      console.log(`a new finder then showed results in ${(performance.now() - begun).toFixed(0)} ms`);
    } finally {
      el.remove();
    }
  });

  it('finishes a search for a finder moved elsewhere on the page mid-request', async () => {
    await executeServerCommand('sample-api-latency', { ms: 300 });
    const el = document.createElement('signpost-finder') as SignpostFinder;
    el.setAttribute('endpoint', '/api/v3');
    el.setAttribute('geocoder', '/api');
    document.body.append(el);
    await nextFrame();
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnected and connected again, with its search in flight
    try {
      await waitUntil(() => cardNames(el).length > 0, 'the moved finder showed no results', { timeout: 5000 });
    } finally {
      elsewhere.remove();
    }
  });

  it('aborts the request of a service detail removed from a page', async () => {
    counter = countFetches();
    for (let i = 0; i < 50; i += 1) {
      const el = document.createElement('signpost-service');
      el.setAttribute('endpoint', '/slow-api/v3');
      el.setAttribute('dialect', 'v3');
      el.setAttribute('service-id', `svc-${i}`);
      document.body.append(el);
      await nextFrame();
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 300));
    // the first few may be gone before their code (the element's, the adapters') has arrived: those start nothing
    expect(counter.state.started).to.be.at.least(25);
    expect(counter.state.inFlight).to.equal(0);
  });
});
