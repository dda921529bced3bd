import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { makeContext, type ContextOptions } from '../test/support/context-host.js';

interface Args {
  options: ContextOptions;
  collapsible: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-filters',
  component: 'signpost-filters',
  args: { collapsible: false },
  render: ({ options, collapsible }) =>
    html`<signpost-test-context .context=${makeContext(options)}
      ><signpost-filters ?collapsible=${collapsible}></signpost-filters
    ></signpost-test-context>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { args: { options: {} } };
export const WithChoices: Story = { args: { options: { state: { terms: ['need-food'], ages: { min: 5, max: 10 }, day: 'SA', freeOnly: true } } } };
export const CollapsedOnPhones: Story = { args: { options: {}, collapsible: true } };
/** On a phone, opened: a dialog whose groups fold, with "Show N results" at its foot. */
export const DialogOpen: Story = {
  args: { options: { state: { terms: ['need-food'], time: 'after-school' }, total: 42, totalPages: 5 }, collapsible: true },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<HTMLElement & { showDialog(): Promise<void> }>('signpost-filters')!.showDialog();
  },
};
/** What the host fixed, said where the controls would be. */
export const FixedFilters: Story = { args: { options: { fixed: { ages: { min: 16, max: 25 }, terms: ['need-money'] } } } };
export const Welsh: Story = { args: { options: { lang: 'cy' } } };
