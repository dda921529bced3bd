import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Vocabulary } from '@signpost/core';
import '../packages/elements/src/guided/define.js';
import { makeContext } from '../test/support/context-host.js';

/** The guided start: the finder shows it first with `guided`. Vocabularies shaped like a council's (the LGA needs list). */
const vocabularies: Vocabulary[] = [
  {
    id: 'esdNeeds',
    name: 'Needs',
    terms: ['Being a parent', 'Caring for someone', 'Managing money', 'Having enough food', 'Feeling lonely or isolated', 'Mental wellbeing', 'Keeping active', 'Having fun', 'Somewhere to live', 'Keeping safe', 'Childcare'].map((name, i) => ({ id: `n-${i}`, name })),
  },
  { id: 'esdServiceTypes', name: 'Service types', terms: [{ id: 'st-120', name: 'SEND support' }] },
];

interface Args {
  step: 'topics' | 'ages';
  topics: string;
  lang: 'en' | 'cy';
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-guided',
  component: 'signpost-guided',
  args: { step: 'topics', topics: '', lang: 'en' },
  argTypes: { step: { control: 'inline-radio', options: ['topics', 'ages'] }, lang: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: ({ step, topics, lang }) =>
    html`<signpost-test-context .context=${{ ...makeContext({ lang }), vocabularies }}
      ><signpost-guided .step=${step} .topics=${topics}></signpost-guided
    ></signpost-test-context>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Topics: Story = {};
export const HowOld: Story = { args: { step: 'ages' } };
/** A host's own topics (the `topics` attribute), by term name, in both languages. */
export const HostTopics: Story = {
  args: {
    topics: JSON.stringify([
      { label: { en: 'Help with money', cy: 'Help gydag arian' }, hint: 'Debts, bills and benefits', terms: ['Managing money'] },
      { label: { en: 'Things to do', cy: 'Pethau i’w gwneud' }, terms: ['Having fun', 'Keeping active'] },
    ]),
  },
};
export const Welsh: Story = { args: { lang: 'cy' } };
