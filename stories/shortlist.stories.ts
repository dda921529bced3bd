import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Service } from '@signpost/core';
import '../packages/elements/src/shortlist/define.js';
import { shortlistFor } from '../packages/elements/src/shared/shortlist.js';
import { makeContext } from '../test/support/context-host.js';
import { fixtureDirectory } from '../test/support/fixture-directory.js';
import { fixtureServices, longValues, online, riverside, speech } from '../test/fixtures/services.js';

/** "My list": the finder shows it in place of its results. Each story keeps its own list. */
interface Args {
  saved: Service[];
  shared?: string[];
  lang: 'en' | 'cy';
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-shortlist',
  component: 'signpost-shortlist',
  args: { lang: 'en' },
  render: ({ saved, shared, lang }, { id }) => {
    const endpoint = `https://example.invalid/stories/${id}`;
    const list = shortlistFor(endpoint);
    list.clear();
    list.save(...saved);
    const context = { ...makeContext({ lang }), endpoint, client: fixtureDirectory([...fixtureServices, longValues]) };
    return html`<signpost-test-context .context=${context}><signpost-shortlist .shared=${shared}></signpost-shortlist></signpost-test-context>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const MyList: Story = { args: { saved: [riverside, speech, online] } };
export const SharedWithMe: Story = { args: { saved: [], shared: ['svc-riverside', 'svc-online'] } };
export const NoLongerListed: Story = { args: { saved: [riverside, { ...speech, id: 'svc-gone', name: 'The Old Lunch Club' }] } };
export const Empty: Story = { args: { saved: [] } };
export const LongValues: Story = { args: { saved: [longValues, riverside] } };
export const Welsh: Story = { args: { saved: [riverside, speech], lang: 'cy' } };
