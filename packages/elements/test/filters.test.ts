import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

  it('offers times of day, mornings to weekends', async () => {
    const { host, root } = await mount();
    const legends = [...root.querySelectorAll('fieldset > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.include('Time of day');
    expect(label(root, 'After school (3pm to 6pm)').type).to.equal('radio');
    setTimeout(() => label(root, 'Weekends').click());
    const event = await oneEvent(host, 'signpost-state-change');
    expect(event.detail.patch).to.deep.equal({ time: 'weekend' });
  });

  it('says what the host fixed where its control would be', async () => {
    const ctx = makeContext();
    ctx.fixed = { ages: { min: 16, max: 25 }, terms: ['need-food'] };
    const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-filters></signpost-filters></signpost-test-context>`);
    host.context = ctx;
    const el = host.querySelector('signpost-filters')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('.fixed')].map((p) => p.textContent)).to.deep.equal(['Showing services for ages 16 to 25', 'Showing services for: Food']);
    expect([...root.querySelectorAll('legend')].map((l) => l.textContent)).not.to.include('Age');
  });

  it('sets every group under the same rule, its name below the line (the day too)', async () => {
    const { root } = await mount();
    const groups = [...root.querySelectorAll<HTMLElement>('.group')];
    expect(groups.length).to.be.greaterThan(5);
    const names: string[] = [];
    for (const group of groups) {
      const style = getComputedStyle(group);
      expect(style.borderTopStyle, group.textContent!.slice(0, 20)).to.equal('solid');
      const first = group.querySelector('legend, label')!;
      names.push(first.textContent!.trim());
      // the name sits wholly below the rule, not set into it
      expect(first.getBoundingClientRect().top, first.textContent!).to.be.at.least(group.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + 1);
    }
    expect(names).to.include('Day');
  });

  it('passes axe', async () => {
    const { host } = await mount({ state: { terms: ['need-food'], day: 'MO', time: 'morning' } });
    await expect(host).to.be.accessible();
  });

  describe('on a narrow screen (collapsible)', () => {
    async function mountNarrow(options: Parameters<typeof makeContext>[0] = {}) {
      const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-filters collapsible></signpost-filters></signpost-test-context>`);
      host.context = makeContext({ total: 42, totalPages: 5, ...options });
      const el = host.querySelector('signpost-filters') as SignpostFilters;
      await el.updateComplete;
      return { host, el, root: el.shadowRoot! };
    }
    const deepActive = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };

    it('shows how many filters are on, and opens them in a modal dialog whose groups fold', async () => {
      const { el, root } = await mountNarrow({ state: { terms: ['need-food'], ages: { min: 5, max: 10 } } });
      const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
      expect(toggle.textContent!.trim()).to.equal('Filters (2 on)');
      expect(root.querySelector('dialog'), 'nothing of the dialog until it is wanted').to.equal(null);
      toggle.click();
      await waitUntil(() => root.querySelector('dialog')?.open, 'the dialog did not open');
      const dialog = root.querySelector('dialog')!;
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.contains(deepActive())).to.equal(true);
      // groups with a choice are open, the others folded
      const fold = (name: string) => [...root.querySelectorAll<HTMLButtonElement>('button.fold')].find((b) => b.textContent!.includes(name))!;
      expect(fold('Needs').getAttribute('aria-expanded')).to.equal('true');
      expect(fold('Needs').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Needs (1 chosen)');
      expect(fold('Areas of SEND need').getAttribute('aria-expanded')).to.equal('false');
      expect(label(root, 'Cognition and learning').checkVisibility()).to.equal(false);
      fold('Areas of SEND need').click();
      await el.updateComplete;
      expect(label(root, 'Cognition and learning').checkVisibility()).to.equal(true);
      expect(root.querySelector('.show-results')!.textContent!.trim()).to.equal('Show 42 results');
    });

    it('closes on Escape, giving focus back to the Filters button', async () => {
      const { root } = await mountNarrow();
      const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('dialog')?.open, 'the dialog did not open');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root.querySelector('dialog')!.open, 'Escape did not close the dialog');
      expect(deepActive()).to.equal(toggle);
    });

    it('"Show N results" closes the dialog and asks for the results', async () => {
      const { host, el, root } = await mountNarrow();
      await el.showDialog();
      setTimeout(() => root.querySelector<HTMLButtonElement>('.show-results')!.click());
      await oneEvent(host, 'signpost-focus-results');
      expect(root.querySelector('dialog')!.open).to.equal(false);
    });

    it('passes axe with the dialog open', async () => {
      const { host, el } = await mountNarrow({ state: { terms: ['need-food'] } });
      await el.showDialog();
      await expect(host).to.be.accessible();
    });
  });
});
