import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
// used on its own here: defined now, as a page that has one gets it (all.js fetches it when one is on the page)
import '../src/service/define.js';
import { FeedbackOutbox, type Service } from '@signpost/core';
import { closed, riverside, speech } from '../../../test/fixtures/services.js';
import { makeContext, type ContextOptions, type TestContextHost } from '../../../test/support/context-host.js';
import {
  RECEIVER,
  setReceiverDown,
  storedReports,
  storedWithId,
  uniqueKey,
  until,
  withReceiver,
} from '../../../test/support/feedback.js';
import type { SignpostFeedback } from '../src/feedback/feedback.js';
import { feedbackRateLimit } from '../src/feedback/delivery.js';
import { useFeedbackOutbox } from '../src/feedback/outbox.js';
import type { SignpostResults } from '../src/results/results.js';
import type { SignpostEventMap } from '../src/shared/events.js';

type Detail = SignpostEventMap['signpost-feedback'];

interface Options {
  service?: Service;
  endpoint?: string;
  email?: string;
  recipient?: string;
  lang?: string;
}

async function mount(options: Options = {}) {
  const el = await fixture<SignpostFeedback>(html`<signpost-feedback
    .service=${options.service ?? riverside}
    feedback-endpoint=${options.endpoint ?? ''}
    feedback-email=${options.email ?? ''}
    feedback-recipient=${options.recipient ?? ''}
    lang=${options.lang ?? 'en'}
  ></signpost-feedback>`);
  const events: Detail[] = [];
  el.addEventListener('signpost-feedback', (e) => events.push(e.detail));
  return { el, root: el.shadowRoot!, events };
}

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T;
const status = (el: HTMLElement) => $(el, '.status').textContent!.trim();
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The lines of "what you searched for" the form shows. */
const searched = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.searched li')].map((li) => li.textContent);
const referenceOf = (el: SignpostFeedback) => /Reference: (\S+)/.exec(el.reportText)![1]!;

async function open(el: SignpostFeedback) {
  $<HTMLButtonElement>(el, '.toggle').click();
  await el.updateComplete;
}

async function fill(el: SignpostFeedback, values: { reason?: string; message?: string; email?: string }) {
  if (values.reason) $<HTMLInputElement>(el, `input[value="${values.reason}"]`).click();
  await el.updateComplete;
  if (values.message !== undefined) {
    const area = $<HTMLTextAreaElement>(el, '#message');
    area.value = values.message;
    area.dispatchEvent(new Event('input'));
  }
  if (values.email !== undefined) {
    $<HTMLInputElement>(el, '#consent').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#email');
    input.value = values.email;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

async function submit(el: SignpostFeedback) {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await until(() => status(el) !== '' || Boolean($(el, '.error-message')), 20_000, 'the form to settle');
  await el.updateComplete;
}

/** No words, no email, no postcode: only these keys, with these kinds of values. */
function expectNoPersonalData(detail: Detail) {
  expect(Object.keys(detail).every((k) => ['kind', 'reason', 'serviceId', 'outcome'].includes(k)), JSON.stringify(detail)).to.equal(true);
  const json = JSON.stringify(detail);
  expect(json).not.to.match(/@|message|email|postcode|S1 2HE|2HE/i);
}

describe('signpost-feedback', function () {
  this.timeout(60_000);

  beforeEach(() => {
    useFeedbackOutbox(new FeedbackOutbox({ key: uniqueKey() }));
    feedbackRateLimit.reset();
  });

  after(() => useFeedbackOutbox(undefined));

  describe('the form', () => {
    it('is a closed disclosure naming the listing, that opens a short form in place', async () => {
      const { el, root } = await mount({ endpoint: RECEIVER });
      const toggle = $<HTMLButtonElement>(el, '.toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Report a problem with this information about Riverside Youth Club');
      expect($(el, '#panel').hidden).to.equal(true);
      expect(root.querySelector('form')).to.equal(null);
      await open(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal('panel');
      const labels = [...root.querySelectorAll('input[name="reason"]')].map((r) => r.closest('label')!.textContent!.trim());
      expect(labels).to.deep.equal([
        'Phone number or email',
        'Address',
        'Opening times',
        'Cost',
        'Who it is for',
        'The service has closed',
        'Something else',
      ]);
      expect(root.querySelector('fieldset legend')!.textContent).to.equal('What is wrong?');
      expect(root.querySelector('label[for="message"]')!.textContent).to.equal('Details (optional)');
      expect(text(el)).to.contain('Your report goes to the team that runs this directory. They check listings and update them; they may not reply.');
      // The email field appears only with consent.
      expect(root.querySelector('#email')).to.equal(null);
      $<HTMLInputElement>(el, '#consent').click();
      await el.updateComplete;
      const email = $<HTMLInputElement>(el, '#email');
      expect(email.type).to.equal('email');
      expect(email.getAttribute('autocomplete')).to.equal('email');
      $<HTMLInputElement>(el, '#consent').click();
      await el.updateComplete;
      expect(root.querySelector('#email')).to.equal(null);
      // No stars, no login, no public comments.
      expect(root.querySelectorAll('input').length).to.equal(7 + 1 + 1);
    });

    it('names who receives reports when the host says', async () => {
      const { el } = await mount({ endpoint: RECEIVER, recipient: 'the Sheffield Directory team' });
      await open(el);
      expect(text(el)).to.contain('Your report goes to the Sheffield Directory team.');
    });

    it('asks what is wrong, and for a real address only when contact is allowed', async () => {
      const { el, root, events } = await mount({ endpoint: RECEIVER });
      await open(el);
      await submit(el);
      expect($(el, '#reason-error').textContent).to.equal('Choose what is wrong');
      expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('reason-error');
      expect(root.activeElement).to.equal(root.querySelector('input[name="reason"]'));
      await fill(el, { reason: 'cost', email: 'not-an-address' });
      await submit(el);
      expect(root.querySelector('#reason-error')).to.equal(null);
      expect($(el, '#email-error').textContent).to.contain('Enter an email address like name@example.com');
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect(root.activeElement).to.equal(root.querySelector('#email'));
      expect(events).to.deep.equal([]);
    });

    it('has a honeypot that people never meet', async () => {
      const { el } = await mount({ endpoint: RECEIVER });
      await open(el);
      const trap = $<HTMLInputElement>(el, '#website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      const box = trap.getBoundingClientRect();
      expect(box.right <= 0 || box.width <= 1).to.equal(true);
    });

    it('is not offered for a listing with nowhere to send it', async () => {
      const { root } = await mount({ service: closed });
      expect(root.querySelector('.toggle')).to.equal(null);
      expect(root.textContent!.trim()).to.equal('');
    });
  });

  describe('posting to the sample API receiver', () => {
    it('delivers a report exactly once and says so', async () => {
      await withReceiver(async () => {
        const { el, root, events } = await mount({ endpoint: RECEIVER });
        await open(el);
        await fill(el, { reason: 'address', message: 'They moved to 3 Mill Street in June.', email: 'pat@example.org' });
        await submit(el);
        expect(status(el)).to.equal('Thank you. Your report has been sent to the team that runs this directory.');
        expect(root.activeElement).to.equal($(el, '.status'));
        expect($(el, '.status').getAttribute('role')).to.equal('status');
        expect(events).to.deep.equal([{ kind: 'listing', reason: 'address', serviceId: 'svc-riverside', outcome: 'sent' }]);
        events.forEach(expectNoPersonalData);
        const id = referenceOf(el);
        const stored = await storedWithId(id);
        expect(stored).to.have.length(1);
        const report = stored[0]!;
        expect(report).to.include({ kind: 'listing', reason: 'address', message: 'They moved to 3 Mill Street in June.' });
        expect(report.contact).to.deep.equal({ email: 'pat@example.org', consent: true });
        expect(report.service).to.deep.equal({ id: 'svc-riverside', name: 'Riverside Youth Club' });
        expect(report.page).to.equal(`${location.origin}${location.pathname}`);
        expect(report.widgetVersion).to.match(/^\d+\.\d+\.\d+/);
        // A retry of the same report (a second tab, a reload mid-send) is not a second report.
        const again = new FeedbackOutbox({ key: uniqueKey() });
        const { id: _id, receivedAt: _at, ...sent } = report;
        expect((await again.send(RECEIVER, { ...sent, id } as never)).outcome).to.equal('sent');
        expect(await storedWithId(id)).to.have.length(1);
        // "Report something else" starts afresh.
        [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Report something else'))!.click();
        await el.updateComplete;
        expect(root.querySelector<HTMLInputElement>('input[name="reason"]:checked')).to.equal(null);
        expect(status(el)).to.equal('');
      });
    });

    it('sends nothing without consent but says the person does not want contact', async () => {
      await withReceiver(async () => {
        const { el } = await mount({ endpoint: RECEIVER });
        await open(el);
        await fill(el, { reason: 'closed' });
        await submit(el);
        const [report] = await storedWithId(referenceOf(el));
        expect(report!.contact).to.deep.equal({ consent: false });
        expect(report!.message).to.equal(undefined);
      });
    });

    it('keeps a report made while the receiver is down and delivers it once when the connection returns', async () => {
      await withReceiver(async () => {
        await setReceiverDown(true);
        const { el, root, events } = await mount({ endpoint: RECEIVER });
        await open(el);
        await fill(el, { reason: 'times', message: 'Now closes at 8pm' });
        await submit(el);
        expect(status(el)).to.equal(
          'Saved. The place that receives reports is not answering just now; it will be sent automatically later.',
        );
        expect(text(el)).to.contain('It is kept on this device');
        expect(events).to.deep.equal([{ kind: 'listing', reason: 'times', serviceId: 'svc-riverside', outcome: 'queued' }]);
        // The truth, and other ways: copy it, or email the service.
        const buttons = [...root.querySelectorAll('.outcome .button')].map((b) => b.textContent!.trim());
        expect(buttons).to.deep.equal(['Copy report', 'Email it instead']);
        expect(root.querySelector<HTMLAnchorElement>('.outcome a')!.href).to.match(/^mailto:youth@riverside\.example\.org\?subject=/);
        const id = referenceOf(el);
        expect(await storedWithId(id)).to.have.length(0);
        await setReceiverDown(false);
        window.dispatchEvent(new Event('online'));
        await until(() => status(el).startsWith('Thank you'), 10_000, 'delivery after coming back online');
        expect(status(el)).to.equal('Thank you. Your report has been sent to the team that runs this directory.');
        expect(events.map((e) => e.outcome)).to.deep.equal(['queued', 'sent']);
        events.forEach(expectNoPersonalData);
        expect(await storedWithId(id)).to.have.length(1);
      });
    });

    it('delivers a report queued before a reload when the page is next opened, once', async () => {
      await withReceiver(async () => {
        const key = uniqueKey();
        useFeedbackOutbox(new FeedbackOutbox({ key }));
        await setReceiverDown(true);
        const first = await mount({ endpoint: RECEIVER });
        await open(first.el);
        await fill(first.el, { reason: 'cost', message: 'It is £5 now' });
        await submit(first.el);
        expect(first.events.map((e) => e.outcome)).to.deep.equal(['queued']);
        const id = referenceOf(first.el);
        first.el.remove();
        // The reload: a new outbox over the same storage, and a new element that connects.
        useFeedbackOutbox(new FeedbackOutbox({ key }));
        await setReceiverDown(false);
        expect(await storedWithId(id)).to.have.length(0);
        await mount({ endpoint: RECEIVER });
        await until(async () => (await storedWithId(id)).length > 0, 10_000, 'delivery on the next visit');
        await new Promise((r) => setTimeout(r, 200));
        expect(await storedWithId(id)).to.have.length(1);
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal([]);
        localStorage.removeItem(key);
      });
    });

    it('shows a 400 with the receiver’s reason and lets the person try again', async () => {
      await withReceiver(async () => {
        const { el, root, events } = await mount({ endpoint: RECEIVER });
        await open(el);
        await fill(el, { reason: 'other', message: 'Wrong picture' });
        // A widget clock gone wrong: the receiver refuses the report.
        const toISOString = Date.prototype.toISOString;
        Date.prototype.toISOString = () => 'the day before yesterday';
        try {
          await submit(el);
        } finally {
          Date.prototype.toISOString = toISOString;
        }
        expect(status(el)).to.match(/^Your report could not be sent: createdAt is required/);
        expect(events).to.deep.equal([{ kind: 'listing', reason: 'other', serviceId: 'svc-riverside', outcome: 'failed' }]);
        expect(text(el)).to.contain('You can change it and try again, copy it, or email it instead.');
        [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Change and try again'))!.click();
        await el.updateComplete;
        expect(root.querySelector<HTMLInputElement>('input[value="other"]')!.checked).to.equal(true);
        expect(root.querySelector<HTMLTextAreaElement>('#message')!.value).to.equal('Wrong picture');
        await submit(el);
        expect(status(el)).to.match(/^Thank you/);
        expect(await storedWithId(referenceOf(el))).to.have.length(1);
      });
    });

    it('ends a failed send offering copy and email, even with broken text in the listing', async () => {
      // Lone surrogates (half a character) in the feed's name and email: mailto: encoding must not throw.
      const broken = { ...riverside, name: 'Club \ud800 night', email: 'club\udc00@example.org' };
      const { el, root, events } = await mount({ service: broken, endpoint: '/api/no-such-receiver', email: 'fis@example.org' });
      await open(el);
      await fill(el, { reason: 'other', message: 'Wrong name \udbff' });
      await submit(el);
      expect(status(el)).to.match(/^Your report could not be sent/);
      expect(events.map((e) => e.outcome)).to.deep.equal(['failed']);
      const buttons = [...root.querySelectorAll('.outcome button, .outcome a')].map((b) => b.textContent!.trim());
      expect(buttons).to.include.members(['Copy report', 'Email it instead']);
      const mailto = root.querySelector<HTMLAnchorElement>('.outcome a[href^="mailto:"]')!;
      expect(decodeURIComponent(mailto.href)).to.contain('Club \ufffd night');
    });

    it('ends a send that throws in the failed state, never stuck on “Sending”', async () => {
      const throwing = new FeedbackOutbox({ key: uniqueKey() });
      throwing.send = () => Promise.reject(new TypeError('raw browser words'));
      useFeedbackOutbox(throwing);
      try {
        const { el, root } = await mount({ endpoint: RECEIVER, email: 'fis@example.org' });
        await open(el);
        await fill(el, { reason: 'other', message: 'Wrong' });
        await submit(el);
        expect(status(el)).to.equal('Your report could not be sent: something went wrong on this page');
        expect(root.querySelector('form button[type="submit"]')).to.equal(null);
        expect(root.querySelector('.outcome a[href^="mailto:fis@example.org"]')).to.exist;
      } finally {
        useFeedbackOutbox(new FeedbackOutbox({ key: uniqueKey() }));
      }
    });

    it('lets a bot that fills the honeypot believe it was sent, and sends nothing', async () => {
      await withReceiver(async () => {
        const { el, events } = await mount({ endpoint: RECEIVER });
        await open(el);
        await fill(el, { reason: 'other', message: 'Buy cheap watches' });
        $<HTMLInputElement>(el, '#website').value = 'https://spam.example';
        const before = (await storedReports()).length;
        await submit(el);
        expect(status(el)).to.match(/^Thank you/);
        expect(events).to.deep.equal([]);
        expect(await storedWithId(referenceOf(el))).to.have.length(0);
        expect((await storedReports()).length).to.equal(before);
      });
    });

    it('stops a flood after 5 reports in 10 minutes, saying so plainly', async () => {
      await withReceiver(async () => {
        for (let i = 0; i < 5; i++) {
          const { el } = await mount({ endpoint: RECEIVER });
          await open(el);
          await fill(el, { reason: 'other', message: `Report ${i}` });
          await submit(el);
          expect(status(el), `report ${i}`).to.match(/^Thank you/);
        }
        const { el, events } = await mount({ endpoint: RECEIVER });
        await open(el);
        await fill(el, { reason: 'other', message: 'Report 6' });
        const before = (await storedReports()).length;
        await submit(el);
        expect($(el, '.limited').textContent).to.equal(
          'You have sent several reports in a few minutes. Please wait 10 minutes and try again, or copy your report.',
        );
        expect(status(el)).to.equal('');
        expect(events).to.deep.equal([]);
        expect((await storedReports()).length).to.equal(before);
      });
    });
  });

  describe('by email', () => {
    it('with nothing configured, writes to the listing’s assurer and says so', async () => {
      const { el, root, events } = await mount({ service: speech });
      let opened = '';
      el.openEmail = (url) => (opened = url);
      await open(el);
      expect(text(el)).to.contain(
        'Your email app will open with the report written out, addressed to the people who check this listing (directory@council.example.gov.uk).',
      );
      expect($(el, 'button[type="submit"]').textContent).to.equal('Write the email');
      await fill(el, { reason: 'times', message: 'Closed on Fridays & Saturdays now' });
      await submit(el);
      expect(status(el)).to.contain('Your email app should have opened with the report written out.');
      expect(events).to.deep.equal([{ kind: 'listing', reason: 'times', serviceId: 'svc-speech', outcome: 'mailto' }]);
      const url = new URL(opened);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('directory@council.example.gov.uk');
      expect(url.searchParams.get('subject')).to.equal('Problem with a listing: Talking Together speech and language drop-in');
      const body = url.searchParams.get('body')!;
      expect(body).to.contain('A report about a listing in the service directory\r\n');
      expect(body).to.contain('Service: Talking Together speech and language drop-in (svc-speech)\r\n');
      expect(body).to.contain('Problem: Opening times\r\n');
      expect(body).to.contain('Closed on Fridays & Saturdays now');
      expect(body).to.contain('Contact: Please do not contact me');
      expect(body).to.contain(`Reference: ${referenceOf(el)}`);
      expect(opened).not.to.contain('+');
      // The same link is on the page, in case the email app did not open.
      expect(root.querySelector<HTMLAnchorElement>('.outcome a')!.href).to.equal(opened);
    });

    it('with nothing configured and no assurer, writes to the service itself', async () => {
      const { el } = await mount({ service: riverside });
      await open(el);
      expect(text(el)).to.contain('addressed to Riverside Youth Club (youth@riverside.example.org), who run this service. They may not reply.');
    });

    it('goes to feedback-email when that is the channel', async () => {
      const { el } = await mount({ service: speech, email: 'fis@council.example.gov.uk', recipient: 'the Family Information Service' });
      let opened = '';
      el.openEmail = (url) => (opened = url);
      await open(el);
      expect(text(el)).to.contain('addressed to the Family Information Service.');
      await fill(el, { reason: 'closed', email: 'sam@example.org' });
      await submit(el);
      const url = new URL(opened);
      expect(url.pathname).to.equal('fis@council.example.gov.uk');
      expect(url.searchParams.get('body')).to.contain('Contact: sam@example.org');
    });
  });

  describe('copying the report', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', clipboard));

    async function queued() {
      const { el, root } = await mount({ service: speech });
      el.openEmail = () => undefined;
      await open(el);
      await fill(el, { reason: 'cost', message: 'Now £30' });
      await submit(el);
      return { el, root };
    }

    it('copies with the clipboard', async () => {
      let copied = '';
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (t: string) => void (copied = t) }),
      });
      const { el, root } = await queued();
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Copy report')!.click();
      await until(() => Boolean(root.querySelector('.copy-note')), 2000, 'the copied note');
      expect(copied).to.equal(el.reportText);
      expect(copied).to.contain('Problem: Cost');
      expect(root.querySelector('.copy-note')!.textContent).to.equal('Copied. You can paste it into an email or a message.');
    });

    it('falls back to selected text in a read-only box', async () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
      });
      const { el, root } = await queued();
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Copy report')!.click();
      await until(() => Boolean(root.querySelector('#copy-text')), 2000, 'the copy box');
      const box = root.querySelector<HTMLTextAreaElement>('#copy-text')!;
      expect(box.readOnly).to.equal(true);
      expect(box.value).to.equal(el.reportText);
      expect(root.activeElement).to.equal(box);
      expect(box.selectionStart).to.equal(0);
      expect(box.selectionEnd).to.equal(box.value.length);
    });
  });

  describe('can’t find what you need', () => {
    async function results(options: ContextOptions) {
      const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
      host.context = makeContext(options);
      const list = host.querySelector('signpost-results') as SignpostResults;
      await list.updateComplete;
      const el = list.shadowRoot!.querySelector<SignpostFeedback>('signpost-feedback[kind="unmet-need"]');
      await el?.updateComplete;
      return { host, list, el };
    }

    const search = { text: 'autism saturday', postcode: 'S1 2HE', terms: ['need-communication'], ages: { min: 11, max: 15 } };

    it('is offered on an empty result and at the foot of results, only when a channel is set', async () => {
      expect((await results({ services: [], state: search })).el).to.equal(null);
      expect((await results({ state: search })).el).to.equal(null);
      const empty = await results({ services: [], state: search, feedback: { endpoint: RECEIVER } });
      expect(empty.el!.closest('.empty')).to.not.equal(null);
      const foot = await results({ state: search, feedback: { email: 'fis@council.example.gov.uk' } });
      expect(foot.el).to.not.equal(null);
      expect(foot.el!.closest('.empty')).to.equal(null);
      expect(text(foot.el!)).to.contain('Can’t find what you need?');
    });

    it('records the words, needs, ages and postcode district (never the full postcode), once', async () => {
      await withReceiver(async () => {
        const { el, host } = await results({ services: [], state: search, feedback: { endpoint: RECEIVER, recipient: 'the Local Offer team' } });
        const events: Detail[] = [];
        host.addEventListener('signpost-feedback', (e) => events.push(e.detail));
        await open(el!);
        const shown = searched(el!);
        expect(shown).to.deep.equal([
          'Words: autism saturday',
          'Help with: Communication and interaction',
          'Ages: 11 to 15',
          'Area: S1 (not your full postcode)',
        ]);
        expect(text(el!)).to.contain('Your answer goes to the Local Offer team. They use answers like yours to plan services; they will not reply.');
        expect(text(el!)).not.to.contain('2HE');
        await fill(el!, { message: 'A Saturday club for autistic teenagers' });
        await submit(el!);
        expect(status(el!)).to.equal('Thank you. Your answer has been sent to the Local Offer team.');
        expect(events).to.deep.equal([{ kind: 'unmet-need', reason: 'no-results', outcome: 'sent' }]);
        events.forEach(expectNoPersonalData);
        const stored = await storedWithId(referenceOf(el!));
        expect(stored).to.have.length(1);
        const report = stored[0]!;
        expect(report).to.include({ kind: 'unmet-need', reason: 'no-results', message: 'A Saturday club for autistic teenagers' });
        expect(report.query).to.deep.equal({ text: 'autism saturday' });
        expect(report.filters).to.deep.equal({
          needs: [{ id: 'need-communication', name: 'Communication and interaction' }],
          ages: { min: 11, max: 15 },
          area: 'S1',
          radiusMiles: 3,
        });
        expect(report.endpoint).to.equal('https://example.invalid/api');
        expect(report.contact).to.equal(undefined);
        expect(JSON.stringify(report)).not.to.contain('2HE');
      });
    });

    it('shows every filter it will send, the day too, and writes them into the email', async () => {
      const filtered = { ...search, day: 'SA' as const, time: 'after-school' as const, freeOnly: true, access: 'drop-in' as const };
      const { el } = await results({ services: [], state: filtered, feedback: { email: 'fis@council.example.gov.uk' } });
      let opened = '';
      el!.openEmail = (url) => (opened = url);
      await open(el!);
      const shown = searched(el!);
      expect(shown).to.deep.equal([
        'Words: autism saturday',
        'Help with: Communication and interaction',
        'Ages: 11 to 15',
        'Area: S1 (not your full postcode)',
        'Day: Saturday',
        'Time of day: After school (3pm to 6pm)',
        'Cost: Free only',
        'How to use it: Drop in',
      ]);
      await submit(el!);
      const body = new URL(opened).searchParams.get('body')!;
      for (const line of ['Day: Saturday', 'Time of day: After school (3pm to 6pm)', 'Cost: Free only', 'How to use it: Drop in']) expect(body).to.contain(line);
    });

    it('says "not listed" at the foot of a list of results, and needs something to send', async () => {
      const { el } = await results({ state: {}, feedback: { email: 'fis@council.example.gov.uk' } });
      let opened = '';
      el!.openEmail = (url) => (opened = url);
      await open(el!);
      expect(el!.shadowRoot!.querySelector('.searched')).to.equal(null);
      await submit(el!);
      expect($(el!, '#message-error').textContent).to.equal('Tell us what you were looking for');
      await fill(el!, { message: 'Swimming for disabled adults' });
      await submit(el!);
      const body = new URL(opened).searchParams.get('body')!;
      expect(new URL(opened).searchParams.get('subject')).to.equal('Could not find a service in the directory');
      expect(body).to.contain('Someone could not find the service they needed');
      expect(body).to.contain('Problem: The results did not have what was needed');
      expect(body).to.contain('Swimming for disabled adults');
      expect(body).not.to.contain('Contact:');
    });

    it('is wired through signpost-finder’s feedback-endpoint, end to end', async () => {
      const finder = await fixture<HTMLElement>(
        html`<signpost-finder endpoint="/api/v3" dialect="v3" query="qqqzzzxxy nothing" feedback-endpoint=${RECEIVER}></signpost-finder>`,
      );
      let el: SignpostFeedback | null = null;
      await until(() => {
        const list = finder.shadowRoot?.querySelector('signpost-results');
        el = list?.shadowRoot?.querySelector<SignpostFeedback>('.empty signpost-feedback[kind="unmet-need"]') ?? null;
        return Boolean(el);
      }, 10_000, 'the empty result');
      await el!.updateComplete;
      await open(el!);
      expect(searched(el!)).to.deep.equal(['Words: qqqzzzxxy nothing']);
    });
  });

  describe('where it appears', () => {
    it('is on every result card, small, opening in place', async () => {
      const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
      host.context = makeContext({ feedback: { endpoint: RECEIVER } });
      const list = host.querySelector('signpost-results')!;
      await list.updateComplete;
      const cards = [...list.shadowRoot!.querySelectorAll('li.card')];
      const forms = cards.map((c) => c.querySelector<SignpostFeedback>('signpost-feedback'));
      expect(forms.every((f) => f && f.compact && f.kind === 'listing')).to.equal(true);
      await forms[0]!.updateComplete;
      await open(forms[0]!);
      expect(forms[0]!.shadowRoot!.querySelector('form')).to.not.equal(null);
    });

    it('is at the foot of the service detail, standalone with its own attributes', async () => {
      const service = await fixture<HTMLElement>(
        html`<signpost-service .service=${speech} feedback-endpoint=${RECEIVER} feedback-recipient="the SEND team"></signpost-service>`,
      );
      await until(() => Boolean(service.shadowRoot!.querySelector('signpost-feedback')), 2000, 'the detail');
      const el = service.shadowRoot!.querySelector<SignpostFeedback>('signpost-feedback')!;
      await el.updateComplete;
      await open(el);
      expect(text(el)).to.contain('Your report goes to the SEND team.');
    });
  });

  describe('keyboard and screen readers', () => {
    it('can be used from the keyboard alone', async () => {
      await withReceiver(async () => {
        // Built by hand: fixture() waits a frame for a non-Lit root, and a test page in the background gets none.
        const wrapper = document.createElement('div');
        render(html`<button id="before">Before</button><signpost-feedback feedback-endpoint=${RECEIVER} .service=${riverside}></signpost-feedback>`, wrapper);
        document.body.append(wrapper);
        try {
          const el = wrapper.querySelector('signpost-feedback')!;
          await el.updateComplete;
          const root = el.shadowRoot!;
          wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
          await sendKeys({ press: 'Tab' });
          expect(root.activeElement).to.equal(root.querySelector('.toggle'));
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
          expect(root.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
          await sendKeys({ press: 'Tab' });
          expect((root.activeElement as HTMLInputElement).value).to.equal('contact');
          await sendKeys({ press: 'ArrowDown' });
          await el.updateComplete;
          expect((root.activeElement as HTMLInputElement).value).to.equal('address');
          expect((root.activeElement as HTMLInputElement).checked).to.equal(true);
          await sendKeys({ press: 'Tab' });
          expect(root.activeElement!.id).to.equal('message');
          await sendKeys({ type: 'Now at 3 Mill Street' });
          await sendKeys({ press: 'Tab' });
          expect(root.activeElement!.id).to.equal('consent');
          await sendKeys({ press: 'Space' });
          await el.updateComplete;
          await sendKeys({ press: 'Tab' });
          expect(root.activeElement!.id).to.equal('email');
          await sendKeys({ type: 'kim@example.org' });
          await sendKeys({ press: 'Tab' });
          expect(root.activeElement!.getAttribute('type')).to.equal('submit');
          await sendKeys({ press: 'Enter' });
          await until(() => status(el).startsWith('Thank you'), 10_000, 'sent');
          expect(root.activeElement).to.equal(root.querySelector('.status'));
          const [report] = await storedWithId(referenceOf(el));
          expect(report).to.include({ reason: 'address', message: 'Now at 3 Mill Street' });
          expect(report!.contact).to.deep.equal({ email: 'kim@example.org', consent: true });
        } finally {
          wrapper.remove();
        }
      });
    });

    it('closes with Cancel and gives focus back to the toggle', async () => {
      const { el, root } = await mount({ endpoint: RECEIVER });
      await open(el);
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Cancel')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(root.activeElement).to.equal(root.querySelector('.toggle'));
      expect($(el, '#panel').hidden).to.equal(true);
    });

    it('passes axe closed, open, with errors, sent, by email and can’t-find', async () => {
      const { el } = await mount({ endpoint: RECEIVER });
      await expect(el).to.be.accessible();
      await open(el);
      await expect(el).to.be.accessible();
      await fill(el, { email: 'x' });
      await submit(el);
      await expect(el).to.be.accessible();
      const mail = await mount({ service: speech });
      mail.el.openEmail = () => undefined;
      await open(mail.el);
      await fill(mail.el, { reason: 'cost' });
      await submit(mail.el);
      await expect(mail.el).to.be.accessible();
      const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
      host.context = makeContext({ services: [], state: { text: 'x', postcode: 'S1 2HE' }, feedback: { endpoint: RECEIVER } });
      const list = host.querySelector('signpost-results')!;
      await list.updateComplete;
      const unmet = list.shadowRoot!.querySelector<SignpostFeedback>('signpost-feedback')!;
      await unmet.updateComplete;
      await open(unmet);
      await expect(host).to.be.accessible();
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh and passes axe', async () => {
      const { el } = await mount({ endpoint: RECEIVER, lang: 'cy' });
      expect($(el, '.toggle').textContent).to.contain('Rhoi gwybod am broblem gyda’r wybodaeth hon');
      await open(el);
      expect(text(el)).to.contain('Beth sy’n anghywir?');
      expect(text(el)).to.contain('Pwy fydd yn cael eich adroddiad: y tîm sy’n rhedeg y cyfeiriadur hwn.');
      expect($(el, '.feedback').getAttribute('lang')).to.equal('cy');
      await expect(el).to.be.accessible();
    });

    it('follows the finder’s language inside it', async () => {
      const host = await fixture<TestContextHost>(html`<signpost-test-context><signpost-results></signpost-results></signpost-test-context>`);
      host.context = makeContext({ lang: 'cy', services: [], feedback: { endpoint: RECEIVER }, state: { text: 'x' } });
      const list = host.querySelector('signpost-results')!;
      await list.updateComplete;
      const unmet = list.shadowRoot!.querySelector<SignpostFeedback>('signpost-feedback')!;
      await unmet.updateComplete;
      expect(text(unmet)).to.contain('Methu dod o hyd i’r hyn sydd ei angen arnoch?');
    });
  });
});
