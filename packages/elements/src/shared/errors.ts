/**
 * What went wrong, told to the person in the page's language: each kind of error has its
 * own string; core's English message (which may carry a browser's raw words) shows only
 * with `debug`; "Try again" is offered exactly when the error is retryable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SignpostError, SignpostErrorKind } from '@signpost/core';
import type { I18n, StringKey } from './i18n.js';

const ERROR_KEYS: Record<SignpostErrorKind, StringKey> = {
  network: 'errorNetwork',
  http: 'errorHttp',
  'not-oruk': 'errorNotOruk',
  timeout: 'errorTimeout',
  aborted: 'errorAborted',
  'not-found': 'serviceNotFound',
  snapshot: 'errorSnapshot',
  'too-large': 'errorTooLarge',
  unreadable: 'errorUnreadable',
  unexpected: 'errorUnexpected',
};

/** The words for an error, in the page's language. */
function errorText(error: SignpostError, i18n: I18n): string {
  return i18n.t(ERROR_KEYS[error.kind] ?? 'errorUnexpected');
}

/** The body of an error block: its words, the developer's details under debug, and Retry when it may help. */
export function errorBody(error: SignpostError, i18n: I18n, debug: boolean, onRetry: () => void): TemplateResult {
  return html`<p class="error-text">${errorText(error, i18n)}</p>
    ${debug
      ? html`<details class="error-details">
          <summary>${i18n.t('errorDetails')}</summary>
          <p><code>${error.kind}</code>: ${error.message}</p>
        </details>`
      : nothing}
    ${error.retryable ? html`<button class="button secondary" type="button" @click=${onRetry}>${i18n.t('retry')}</button>` : nothing}`;
}
