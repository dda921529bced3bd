import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The whole finder talks to a real ORUK endpoint. `npm run storybook` serves the bundled
 * sample API at /api; in a static Storybook build point `endpoint` at a live feed.
 */
interface Args {
  endpoint: string;
  lang: string;
  fixedAges: string;
  guided: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-finder',
  component: 'signpost-finder',
  args: { endpoint: '/api/v3', lang: 'en', fixedAges: '', guided: false },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: ({ endpoint, lang, fixedAges, guided }) =>
    html`<signpost-finder endpoint=${endpoint} lang=${lang} fixed-ages=${fixedAges} ?guided=${guided} geocoder="/api"></signpost-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

export const V3: Story = {};
export const V1: Story = { args: { endpoint: '/api/v1' } };
export const Post16: Story = { args: { fixedAges: '16-25' } };
export const Welsh: Story = { args: { lang: 'cy' } };
/** Starts with "What do you need help with?" (topics for the directory's own needs list), then "How old?". */
export const GuidedStart: Story = { args: { guided: true } };
export const GuidedStartWelsh: Story = { args: { guided: true, lang: 'cy' } };
export const Unreachable: Story = { args: { endpoint: 'https://example.invalid/oruk' } };
