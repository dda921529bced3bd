// The client's limits against a real (hostile) HTTP server, in the browser: an answer too
// large once decompressed, or one that cannot be decoded, fails fast with its own error
// kind and message, never blamed on CORS or being offline.
import { expect } from '@open-wc/testing';
import { OrukClient, SignpostError } from '@signpost/core';

async function failure(path: string): Promise<{ error: SignpostError; ms: number }> {
  const client = new OrukClient({ endpoint: `${location.origin}/hostile/${path}`, dialect: 'v1' });
  const start = performance.now();
  const error = await client.search({ perPage: 10 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(SignpostError);
  return { error: error as SignpostError, ms: performance.now() - start };
}

describe('client limits over HTTP', function () {
  this.timeout(20_000);

  it('stops reading a gzip bomb at the size limit and says what happened', async () => {
    const { error, ms } = await failure('bomb');
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.match(/larger than 5 MB/);
    expect(error.message).not.to.match(/CORS|offline/);
    expect(error.retryable).to.equal(false);
    console.log(`gzip bomb (30 MB decompressed) refused in ${ms.toFixed(0)} ms`);
  });

  it('stops reading an oversized answer sent without a length', async () => {
    const { error } = await failure('huge');
    expect(error.kind).to.equal('too-large');
  });

  it('says a body with broken compression could not be read', async () => {
    const { error } = await failure('broken');
    expect(error.kind).to.equal('unreadable');
    expect(error.message).not.to.match(/CORS|offline/);
  });
});
