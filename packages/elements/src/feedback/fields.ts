/** The report form's fields: what is wrong with a listing, or what a person could not find. */
import { html, nothing } from 'lit';
import { LISTING_REASONS } from '@signpost/core';
import type { I18n, StringKey } from '../shared/i18n.js';
import type { FormSituation, ReportForm } from './form.js';
import { feedbackSearch, searchLines } from './words.js';

export function renderForm(form: ReportForm, situation: FormSituation, who: string, label: string) {
  const { i18n, kind, route } = situation;
  const unmet = kind === 'unmet-need';
  const sending = form.phase === 'sending';
  const submit = sending ? i18n.t('feedbackSending') : route.endpoint ? i18n.t(unmet ? 'feedbackUnmetSend' : 'feedbackSend') : i18n.t('feedbackSendByEmail');
  return html`<form part="form" novalidate aria-label=${label} @submit=${form.submit}>
    <p class="who">${who}</p>
    ${unmet ? unmetFields(form, situation) : listingFields(form, i18n)}
    <div class="trap" aria-hidden="true">
      <label for="website">${i18n.t('feedbackHoneypot')}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>
    ${form.limitedText ? html`<p class="error-message limited">${form.limitedText}</p>` : nothing}
    <div class="buttons">
      <button class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${submit}</button>
      <button class="link-button" type="button" @click=${form.cancel}>${i18n.t('feedbackCancel')}</button>
    </div>
  </form>`;
}

function listingFields(form: ReportForm, i18n: I18n) {
  const { errors } = form;
  return html`<fieldset aria-describedby=${errors.reason ? 'reason-error' : nothing}>
      <legend>${i18n.t('feedbackReasonLegend')}</legend>
      ${errors.reason ? html`<p id="reason-error" class="error-message">${errors.reason}</p>` : nothing}
      ${LISTING_REASONS.map(
        (r) => html`<label class="choice">
          <input
            type="radio"
            name="reason"
            value=${r}
            .checked=${form.reason === r}
            @change=${() => form.change({ reason: r, errors: { ...form.errors, reason: undefined } })}
          />
          <span>${i18n.t(`feedbackReason_${r}`)}</span>
        </label>`,
      )}
    </fieldset>
    ${messageField(form, i18n, 'feedbackDetailsLabel', 'feedbackDetailsHint')}
    <label class="choice consent">
      <input
        type="checkbox"
        id="consent"
        .checked=${form.consent}
        @change=${(e: Event) => {
          const consent = (e.target as HTMLInputElement).checked;
          form.change(consent ? { consent } : { consent, errors: { ...form.errors, email: undefined } });
        }}
      />
      <span>${i18n.t('feedbackConsentLabel')}</span>
    </label>
    ${form.consent
      ? html`<div class="field email">
          <label for="email">${i18n.t('feedbackEmailLabel')}</label>
          <span class="hint" id="email-hint">${i18n.t('feedbackEmailHint')}</span>
          ${errors.email ? html`<p id="email-error" class="error-message">${errors.email}</p>` : nothing}
          <input
            class="input"
            type="email"
            id="email"
            name="email"
            autocomplete="email"
            spellcheck="false"
            aria-describedby=${errors.email ? 'email-hint email-error' : 'email-hint'}
            aria-invalid=${errors.email ? 'true' : 'false'}
            .value=${form.email}
            @input=${(e: Event) => form.change({ email: (e.target as HTMLInputElement).value })}
          />
        </div>`
      : nothing}`;
}

function unmetFields(form: ReportForm, { i18n, search }: FormSituation) {
  const lines = searchLines(search && feedbackSearch(search), i18n);
  return html`${lines.length
      ? html`<p>${i18n.t('feedbackUnmetIncludes')}</p>
          <ul class="searched">
            ${lines.map((l) => html`<li>${l}</li>`)}
          </ul>`
      : nothing}
    ${messageField(form, i18n, 'feedbackUnmetDetailsLabel', 'feedbackUnmetDetailsHint')}`;
}

function messageField(form: ReportForm, i18n: I18n, label: StringKey, hint: StringKey) {
  const error = form.errors.message;
  return html`<div class="field">
    <label for="message">${i18n.t(label)}</label>
    <span class="hint" id="message-hint">${i18n.t(hint)}</span>
    ${error ? html`<p id="message-error" class="error-message">${error}</p>` : nothing}
    <textarea
      class="input"
      id="message"
      name="message"
      rows="4"
      maxlength="5000"
      aria-describedby=${error ? 'message-hint message-error' : 'message-hint'}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${form.message}
      @input=${(e: Event) => form.change({ message: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
  </div>`;
}
