import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { makeContext, type ContextOptions } from '../test/support/context-host.js';

interface Args {
  options: ContextOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-search',
  component: 'signpost-search',
  render: ({ options }) =>
    html`<signpost-test-context .context=${makeContext(options)}><signpost-search></signpost-search></signpost-test-context>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = { args: { options: {} } };
export const WithPlace: Story = { args: { options: { state: { text: 'short breaks', postcode: 'S1 2HE', radiusMiles: 5 } } } };
export const Welsh: Story = { args: { options: { lang: 'cy' } } };
