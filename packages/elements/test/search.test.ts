import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import type { SignpostSearch } from '../src/search/search.js';

async function mount(debounce = 50) {
  const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-search .debounce=${debounce}></signpost-search></signpost-test-context>`);
  host.context = makeContext();
  const el = host.querySelector('signpost-search') as SignpostSearch;
  await el.updateComplete;
  return { host, el, root: el.shadowRoot! };
}

describe('signpost-search', () => {
  it('searches once when typing settles', async () => {
    // Keys arrive from the test runner's process: on a busy machine they can be 100 ms apart,
    // so the pause that counts as "settled" is longer here than a person's typing gap.
    const { host, root } = await mount(800);
    const changes: unknown[] = [];
    host.addEventListener('signpost-state-change', (e) => changes.push(e.detail.patch));
    root.querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'speech therapy' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(changes).to.deep.equal([{ text: 'speech therapy' }]);
  });

  it('rejects something that is not a postcode with a clear message, and keeps focus there', async () => {
    const { el, root } = await mount();
    const pc = root.querySelector<HTMLInputElement>('#postcode')!;
    pc.value = 'S1';
    pc.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(root.querySelector('.error-message')!.textContent).to.equal('Enter a full UK postcode, like S1 2HE');
    expect(pc.getAttribute('aria-invalid')).to.equal('true');
    expect(pc.getAttribute('aria-describedby')).to.contain('postcode-error');
    expect(root.activeElement).to.equal(pc);
  });

  it('submits words at once from the keyboard', async () => {
    const { host, root } = await mount();
    root.querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'food bank' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch.text).to.equal('food bank');
  });

  it('passes axe', async () => {
    const { host } = await mount();
    await expect(host).to.be.accessible();
  });
});
