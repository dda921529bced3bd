import { css } from 'lit';

/** The open report form and its outcome (loaded with the form). */
export const formStyles = css`
  .panel:not([hidden]) {
    padding: 0.75em 1em 1em;
    border-inline-start: 4px solid var(--signpost-feedback-border, var(--_border));
    background: var(--signpost-feedback-background, #f8f8f8);
  }
  form {
    display: grid;
    gap: var(--_space-m);
  }
  .who {
    max-width: 40em;
  }
  .field {
    display: grid;
  }
  textarea.input {
    min-height: 6em;
    resize: vertical;
    font: inherit;
    color: inherit;
    margin: 0;
  }
  .searched {
    padding-inline-start: 1.25em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
  }
  .buttons:empty {
    display: none;
  }
  .outcome {
    display: grid;
    gap: var(--_space-s);
  }
  .trap {
    position: absolute !important;
    left: -10000px !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
  }
`;
