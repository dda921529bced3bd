import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ALL_CAPABILITIES, SignpostError } from '@signpost/core';
import { makeContext, type ContextOptions } from '../test/support/context-host.js';
import { fixtureServices, longValues, riverside, speech } from '../test/fixtures/services.js';

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

/** Free only over a live endpoint: the finder reads on through the search for a page of matches. */
export const ReadingOn: Story = {
  args: { options: { state: { freeOnly: true }, capabilities: { ...ALL_CAPABILITIES, free: false }, total: 339, totalPages: 34, scan: { status: 'reading', searched: 100, total: 339, matches: [riverside] } } },
};
/** It stopped at its bound: an honest count, and a way to go on. */
export const AtLeast: Story = {
  args: {
    options: {
      state: { freeOnly: true, time: 'weekend' },
      capabilities: { ...ALL_CAPABILITIES, free: false },
      total: 339,
      totalPages: 34,
      scan: { status: 'limit', searched: 300, total: 339, matches: [riverside], more: true },
    },
  },
};
/** A Saturday morning search: the cards show the matching times first. */
export const DayAndTime: Story = { args: { options: { state: { day: 'SA', time: 'morning' } } } };
/** A post-16 page (fixed-ages) with a fixed need: said in words. */
export const FixedFilters: Story = { args: { options: { fixed: { ages: { min: 16, max: 25 }, terms: ['need-communication'] } } } };
/** Real-length values (a 60-character email, a 120-character address, long words): everything wraps. */
export const LongValues: Story = { args: { options: { services: [longValues, ...fixtureServices] } } };
