/** What became of a report, and what the person can do next: another report, try again, copy it, email it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormSituation, ReportForm } from './form.js';

export function renderOutcome(form: ReportForm, { i18n, route }: FormSituation): TemplateResult | typeof nothing {
  const phase = form.phase;
  if (phase === 'closed' || phase === 'open' || phase === 'sending') return nothing;
  const mailto = route.email ? form.mailto(i18n, route.email) : undefined;
  const copy = html`<button class="button secondary" type="button" @click=${form.copy}>${i18n.t('feedbackCopy')}</button>`;
  const emailInstead = mailto
    ? html`<a class="button secondary" href=${mailto} @click=${() => form.emit('mailto')}>${i18n.t('feedbackEmailInstead')}</a>`
    : nothing;
  let help: unknown = nothing;
  let actions: unknown = nothing;
  if (phase === 'sent') {
    actions = html`<button class="link-button" type="button" @click=${form.again}>${i18n.t('feedbackAnother')}</button>`;
  } else if (phase === 'queued') {
    help = html`<p>${i18n.t('feedbackQueuedHelp')}</p>`;
    actions = html`${copy} ${emailInstead}`;
  } else if (phase === 'failed') {
    help = html`<p>${i18n.t('feedbackFailedHelp')}</p>`;
    actions = html`<button class="button secondary" type="button" @click=${form.retry}>${i18n.t('feedbackTryAgain')}</button> ${copy}
      ${emailInstead}`;
  } else if (phase === 'mailto') {
    help = html`<p>${i18n.t('feedbackMailtoHelp')}</p>
      ${mailto ? html`<p><a href=${mailto}>${i18n.t('feedbackMailtoLink', { email: route.email ?? '' })}</a></p>` : nothing}`;
    actions = copy;
  }
  return html`<div class="outcome ${phase}">
    ${help}
    <div class="buttons">${actions}</div>
    ${copyNote(form, i18n)}
  </div>`;
}

function copyNote(form: ReportForm, i18n: FormSituation['i18n']) {
  if (form.copyState === 'copied') return html`<p class="copy-note" role="status">${i18n.t('feedbackCopied')}</p>`;
  if (form.copyState === 'manual') {
    return html`<div class="field copy-manual">
      <label for="copy-text">${i18n.t('feedbackCopyLabel')}</label>
      <span class="hint" id="copy-hint">${i18n.t('feedbackCopyManual')}</span>
      <textarea class="input" id="copy-text" readonly rows="8" aria-describedby="copy-hint" .value=${form.text}></textarea>
    </div>`;
  }
  return nothing;
}
