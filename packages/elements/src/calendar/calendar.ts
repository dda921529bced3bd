/**
 * "Add to calendar" in a service's detail: a button for each regular session (and one for
 * all of them), each saving an .ics file made in the browser. The file's code (ics.ts) is
 * fetched on the first press.
 */
import { html, nothing } from 'lit';
import type { Service } from '@signpost/core';
import type { I18n } from '../shared/i18n.js';
import { calendarSessions } from './sessions.js';
import './strings.en.js';

async function save(service: Service, indexes: number[] | undefined, i18n: I18n, pageUrl: string | undefined): Promise<void> {
  const { calendarFile, calendarFileName } = await import('./ics.js');
  const text = calendarFile(service, indexes, { pageUrl, footer: i18n.t('calendarEventFooter') });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(service);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The buttons, under the detail's times; nothing for a service without regular sessions. */
export function calendarBlock(service: Service, i18n: I18n, pageUrl: string | undefined) {
  const sessions = calendarSessions(service, i18n);
  if (!sessions.length) return nothing;
  const button = (label: string, indexes: number[] | undefined) =>
    html`<li><button type="button" class="link-button" @click=${() => void save(service, indexes, i18n, pageUrl).catch((e: unknown) => console.error('[signpost] the calendar file could not be made', e))}>${label}</button></li>`;
  return html`<div class="calendar">
    <ul class="calendar-links">
      ${sessions.map((s) => button(i18n.t('calendarSession', { session: s.label }), [s.index]))}
      ${sessions.length > 1 ? button(i18n.t('calendarAllSessions'), undefined) : nothing}
    </ul>
    <p class="muted">${i18n.t('calendarHint')}</p>
  </div>`;
}
