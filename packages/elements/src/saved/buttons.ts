/**
 * "Save this search" and "My saved searches" in the results' header: the buttons only (the
 * list's element is fetched when first opened, see panel.ts).
 */
import { html, nothing } from 'lit';
import type { I18n } from '../shared/i18n.js';
import type { SaveOutcome } from './store.js';

export interface SavedButtons {
  i18n: I18n;
  /** Whether there is a search to save (one has been made). */
  canSave: boolean;
  /** How many are saved. */
  count: number;
  open: boolean;
  /** What the last save did, said in the status line. */
  outcome: SaveOutcome | undefined;
  save(): void;
  toggle(): void;
}

const SAID: Record<SaveOutcome, 'savedSaved' | 'savedAlready' | 'savedUnavailable'> = {
  saved: 'savedSaved',
  already: 'savedAlready',
  unavailable: 'savedUnavailable',
};

export function renderSavedButtons({ i18n, canSave, count, open, outcome, save, toggle }: SavedButtons) {
  return html`<div class="saved-searches">
    ${canSave ? html`<button class="link-button save-search" type="button" @click=${save}>${i18n.t('savedSave')}</button>` : nothing}
    ${count || open
      ? html`<button class="link-button open-saved" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="saved-panel" @click=${toggle}>
          ${i18n.t('savedOpen', { count })}
        </button>`
      : nothing}
    <p class="saved-outcome" role="status">${outcome ? i18n.t(SAID[outcome]) : ''}</p>
  </div>`;
}
