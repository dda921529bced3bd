/** "Save" (to the person's list), on result cards and in a service's detail. */
import { css, html } from 'lit';
import type { Service } from '@signpost/core';
import type { I18n } from './i18n.js';
import type { Shortlist } from './shortlist.js';

/** Whether a service is on the person's list, and how to change that. */
export interface SaveToggle {
  saved: boolean;
  toggle(): void;
}

/** The toggle for a service on a list (undefined without a list). */
export function saveToggle(list: Shortlist | undefined, service: Service): SaveToggle | undefined {
  if (!list) return undefined;
  const saved = list.has(service.id);
  return { saved, toggle: () => (saved ? list.remove(service.id) : list.save(service)) };
}

/** A toggle button, pressed (a filled star) while the service is on the list; its name stays the same. */
export function renderSave({ saved, toggle }: SaveToggle, service: Service, i18n: I18n) {
  return html`<button class="save" part="save" type="button" aria-pressed=${saved ? 'true' : 'false'} @click=${toggle}>
    <span class="mark" aria-hidden="true">${saved ? '★' : '☆'}</span><span>${i18n.t('save')}</span><span class="visually-hidden">: ${service.name}</span>
  </button>`;
}

export const saveStyles = css`
  .save {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: var(--_target);
    padding: 0.25em 0.75em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_input-background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .save .mark {
    font-size: 1.25em;
    line-height: 1;
  }
  .save[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_input-background);
    font-weight: 600;
  }
  .save:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  @media print {
    .save {
      display: none;
    }
  }
`;
