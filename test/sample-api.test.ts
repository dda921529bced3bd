import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { withReceiver } from './support/feedback.js';

async function getJson(path: string) {
  const res = await fetch(path);
  return { status: res.status, body: await res.json() };
}

function report() {
  return {
    id: crypto.randomUUID(),
    kind: 'unmet-need',
    message: 'Nothing for autistic teenagers near me on Sundays.',
    createdAt: new Date().toISOString(),
  };
}

function postFeedback(body: unknown) {
  return fetch('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

describe('sample API mounted at /api on the test server', () => {
  after(async () => {
    await executeServerCommand('sample-api-feedback-down', { down: false });
  });

  it('serves ORUK v3', async () => {
    const meta = await getJson('/api/v3/');
    expect(meta.body.version).to.equal('3.0');
    const { status, body } = await getJson('/api/v3/services?search=football&per_page=5');
    expect(status).to.equal(200);
    expect(body.total_items).to.be.greaterThan(0);
    expect(body.contents[0].name).to.match(/football/i);
    expect(body.contents[0].attributes).to.be.an('array');
  });

  it('serves ORUK v1 with distances', async () => {
    const { status, body } = await getJson('/api/v1/services?postcode=S1%202HE&proximity=2000&per_page=3');
    expect(status).to.equal(200);
    expect(body.first).to.equal(true);
    expect(body.content).to.have.length(3);
    expect(body.content[0].distance).to.be.a('number');
  });

  it('serves postcodes', async () => {
    const { body } = await getJson('/api/postcodes/S1%202HE');
    expect(body.result.outcode).to.equal('S1');
  });

  it('takes feedback, and the feedback-down command makes it answer 503', async () => {
    // The receiver is shared with the feedback tests running alongside: hold it while it is switched off.
    await withReceiver(async () => {
      await executeServerCommand('sample-api-feedback-down', { down: true });
      const down = await postFeedback(report());
      expect(down.status).to.equal(503);
      await executeServerCommand('sample-api-feedback-down', { down: false });
      const r = report();
      const up = await postFeedback(r);
      expect(up.status).to.equal(201);
      expect((await up.json()).id).to.equal(r.id);
      const stored = (await executeServerCommand('sample-api-feedback')) as Array<{ id: string }>;
      expect(stored.some((item) => item.id === r.id)).to.equal(true);
    });
  });
});
