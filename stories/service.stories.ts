import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Service } from '@signpost/core';
import { closed, online, riverside, speech } from '../test/fixtures/services.js';

interface Args {
  service: Service;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-service',
  component: 'signpost-service',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: ({ service, lang }) => html`<signpost-service .service=${service} lang=${lang}></signpost-service>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Full: Story = { args: { service: riverside } };
export const StaleListing: Story = { args: { service: speech } };
export const OnlineOnly: Story = { args: { service: online } };
export const TemporarilyClosed: Story = { args: { service: closed } };
export const Welsh: Story = { args: { service: riverside, lang: 'cy' } };
export const Loading: Story = {
  render: () => html`<signpost-service endpoint="/api/v3" service-id="never-answers" dialect="v3"></signpost-service>`,
};
export const Error: Story = {
  render: () => html`<signpost-service endpoint="https://example.invalid/oruk" service-id="x" dialect="v3"></signpost-service>`,
};
/** On a page whose sections are h2s (a school's SEN information report): the service's name is an h3. */
export const UnderAPageHeading: Story = {
  render: ({ lang }) => html`<section>
    <h2>Our entry in the Local Offer</h2>
    <signpost-service .service=${riverside} lang=${lang} heading-level="3"></signpost-service>
  </section>`,
};
