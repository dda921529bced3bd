import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SignpostError } from '@signpost/core';
import { makeContext, type ContextOptions } from '../test/support/context-host.js';
import { speech } from '../test/fixtures/services.js';

interface Args {
  options: ContextOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-results',
  component: 'signpost-results',
  render: ({ options }) =>
    html`<signpost-test-context .context=${makeContext(options)}><signpost-results></signpost-results></signpost-test-context>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Results: Story = { args: { options: { total: 42, totalPages: 5 } } };
export const WithFilters: Story = {
  args: { options: { state: { text: 'football', postcode: 'S1 2HE', terms: ['need-leisure'], ages: { min: 11, max: 15 } } } },
};
export const Loading: Story = { args: { options: { status: 'pending' } } };
export const Empty: Story = { args: { options: { services: [], state: { text: 'underwater basket weaving', day: 'SU' } } } };
export const Error: Story = {
  args: {
    options: {
      status: 'error',
      error: new SignpostError('network', 'https://example.invalid/api', 'Could not reach the directory at https://example.invalid. You may be offline, or the directory may not allow this website to read it (CORS).'),
    },
  },
};
export const StaleListing: Story = { args: { options: { services: [speech] } } };
export const Welsh: Story = { args: { options: { lang: 'cy', total: 4 } } };
