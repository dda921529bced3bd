import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import type { SignpostFilters } from '../src/filters/filters.js';

async function mount(options: Parameters<typeof makeContext>[0] = {}) {
  const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-filters></signpost-filters></signpost-test-context>`);
  host.context = makeContext(options);
  const el = host.querySelector('signpost-filters') as SignpostFilters;
  await el.updateComplete;
  return { host, el, root: el.shadowRoot! };
}

function label(root: ShadowRoot, text: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === text);
  if (!found) throw new Error(`no choice "${text}"`);
  return found.querySelector('input')!;
}

describe('signpost-filters', () => {
  it('offers the endpoint’s vocabularies as grouped needs, in fieldsets with legends', async () => {
    const { root } = await mount();
    const legends = [...root.querySelectorAll('fieldset > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.include.members(['Needs', 'Areas of SEND need', 'Age']);
    expect(label(root, 'Food').type).to.equal('checkbox');
  });

  it('asks the finder to filter by a need when one is ticked', async () => {
    const { host, root } = await mount();
    setTimeout(() => label(root, 'Food').click());
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch).to.deep.equal({ terms: ['need-food'] });
  });

  it('offers age presets and checks a custom range', async () => {
    const { host, root } = await mount();
    setTimeout(() => label(root, '16 to 25').click());
    const preset = await oneEvent(host, 'signpost-state-change');
    expect(preset.detail.patch).to.deep.equal({ ages: { min: 16, max: 25 } });

    root.querySelector('details')!.open = true;
    const min = root.querySelector<HTMLInputElement>('#age-min')!;
    const max = root.querySelector<HTMLInputElement>('#age-max')!;
    min.value = '12';
    max.value = '9';
    root.querySelector<HTMLButtonElement>('.custom-ages button[type="submit"]')!.click();
    await (root.host as SignpostFilters).updateComplete;
    expect(root.querySelector('.error-message')!.textContent).to.contain('Enter ages from 0 to 120');
    max.value = '14';
    setTimeout(() => root.querySelector<HTMLButtonElement>('.custom-ages button[type="submit"]')!.click());
    const custom = await oneEvent(host, 'signpost-state-change');
    expect(custom.detail.patch).to.deep.equal({ ages: { min: 12, max: 14 } });
  });

  it('offers free-only and access routes only where the data says something', async () => {
    const { root } = await mount();
    expect(label(root, 'Free only')).to.exist;
    expect(label(root, 'Drop in')).to.exist;
    const bare = await mount({ services: [{ ...makeContext().services[3]!, free: undefined }] });
    expect([...bare.root.querySelectorAll('legend')].map((l) => l.textContent)).not.to.include('Cost');
    expect([...bare.root.querySelectorAll('legend')].map((l) => l.textContent)).not.to.include('How to use it');
  });

  it('hides controls the endpoint does not support', async () => {
    const ctx = makeContext();
    ctx.capabilities = { ...ctx.capabilities, taxonomy: false, age: false, day: false };
    const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-filters></signpost-filters></signpost-test-context>`);
    host.context = ctx;
    const el = host.querySelector('signpost-filters')!;
    await el.updateComplete;
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).not.to.include('Needs');
    expect(legends).not.to.include('Age');
    expect(el.shadowRoot!.querySelector('#day')).to.equal(null);
  });

  it('passes axe', async () => {
    const { host } = await mount({ state: { terms: ['need-food'], day: 'MO' } });
    await expect(host).to.be.accessible();
  });
});
