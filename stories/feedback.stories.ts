import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { FeedbackOutbox, type Service } from '@signpost/core';
import { useFeedbackOutbox } from '../packages/elements/src/feedback/outbox.js';
import type { SignpostFeedback } from '../packages/elements/src/feedback/feedback.js';
import { makeContext } from '../test/support/context-host.js';
import { riverside, speech } from '../test/fixtures/services.js';

/**
 * "Report a problem with this information" and "Can't find what you need?". Stories that
 * send use a stand-in receiver (no network): it answers 201, 503 or 400 as the story needs.
 */
type Receiver = 'accepts' | 'down' | 'refuses';

interface Args {
  service: Service;
  lang: string;
  endpoint: string;
  email: string;
  receiver: Receiver;
  /** Fill the form (and send it) once it is on the page. */
  fill?: { reason: string; message: string; email?: string; send?: boolean };
}

const answers: Record<Receiver, () => Response> = {
  accepts: () => new Response('{"id":"x"}', { status: 201 }),
  down: () => new Response('{"error":"unavailable","message":"Down for maintenance"}', { status: 503 }),
  refuses: () => new Response('{"error":"bad-request","message":"createdAt is required."}', { status: 400 }),
};

function standInReceiver(receiver: Receiver): void {
  useFeedbackOutbox(new FeedbackOutbox({ storage: null, fetch: async () => answers[receiver]() }));
}

/** Fill in (and send) the form as a person would, for the stories that show a later state. */
async function drive(el: Element | undefined, fill: Args['fill']): Promise<void> {
  if (!el || !fill) return;
  const form = el as SignpostFeedback;
  await form.updateComplete;
  const root = form.shadowRoot!;
  root.querySelector<HTMLInputElement>(`input[value="${fill.reason}"]`)?.click();
  const message = root.querySelector<HTMLTextAreaElement>('#message');
  if (message) {
    message.value = fill.message;
    message.dispatchEvent(new Event('input'));
  }
  if (fill.email) {
    root.querySelector<HTMLInputElement>('#consent')?.click();
    await form.updateComplete;
    const email = root.querySelector<HTMLInputElement>('#email')!;
    email.value = fill.email;
    email.dispatchEvent(new Event('input'));
  }
  await form.updateComplete;
  if (fill.send) root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

const meta: Meta<Args> = {
  title: 'Elements/signpost-feedback',
  component: 'signpost-feedback',
  args: { service: riverside, lang: 'en', endpoint: '/api/feedback', email: '', receiver: 'accepts' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    receiver: { control: 'inline-radio', options: ['accepts', 'down', 'refuses'] },
  },
  render: ({ service, lang, endpoint, email, receiver, fill }) => {
    standInReceiver(receiver);
    return html`<signpost-feedback
      open
      .service=${service}
      lang=${lang}
      feedback-endpoint=${endpoint}
      feedback-email=${email}
      ${ref((el) => void drive(el, fill))}
    ></signpost-feedback>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = {
  args: { fill: { reason: 'times', message: 'It now closes at 8pm on Thursdays.', email: 'pat@example.org' } },
};
export const Sent: Story = { args: { fill: { reason: 'address', message: 'They moved to 3 Mill Street.', send: true } } };
export const Queued: Story = {
  args: { receiver: 'down', fill: { reason: 'closed', message: 'The hall has shut.', send: true } },
};
export const Failed: Story = {
  args: { receiver: 'refuses', fill: { reason: 'cost', message: 'Sessions are £5 now.', send: true } },
};
export const Welsh: Story = { args: { lang: 'cy' } };
/** Nothing configured: the report goes to the listing's assurer by email. */
export const ByEmailToAssurer: Story = { args: { service: speech, endpoint: '' } };
/** Collapsed, as on a result card. */
export const OnACard: Story = {
  render: ({ service }) => html`<signpost-feedback compact .service=${service} feedback-endpoint="/api/feedback"></signpost-feedback>`,
};
/** "Can't find what you need?" on an empty result, with the search it will record. */
export const CantFind: Story = {
  render: ({ lang }) => {
    standInReceiver('accepts');
    const context = makeContext({
      lang: lang === 'cy' ? 'cy' : 'en',
      services: [],
      state: { text: 'autism saturday club', postcode: 'S1 2HE', terms: ['need-communication'], ages: { min: 11, max: 15 } },
      feedback: { endpoint: '/api/feedback', recipient: 'the Local Offer team' },
    });
    return html`<signpost-test-context .context=${context}><signpost-results></signpost-results></signpost-test-context>`;
  },
};
