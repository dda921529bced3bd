import { css } from 'lit';

export const feedbackStyles = css`
  [hidden] {
    display: none !important;
  }
  .feedback {
    display: grid;
    gap: 0.5em;
  }
  .feedback.unmet {
    padding-top: 0.75em;
    border-top: 1px solid var(--signpost-border, #b1b4b6);
  }
  :host([compact]) .toggle {
    font-size: 0.9em;
  }
  .toggle {
    justify-self: start;
    text-align: start;
  }
  .panel:not([hidden]) {
    padding: 0.75em 1em 1em;
    border-inline-start: 4px solid var(--signpost-feedback-border, var(--signpost-border, #b1b4b6));
    background: var(--signpost-feedback-background, #f8f8f8);
  }
  form {
    display: grid;
    gap: 1em;
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
  .status:empty {
    display: none;
  }
  .status {
    font-weight: 600;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--signpost-border, #b1b4b6);
  }
  .status.sent {
    border-color: var(--signpost-success, #00703c);
  }
  .status.queued {
    border-color: var(--signpost-link, #1d70b8);
  }
  .status.failed {
    border-color: var(--signpost-error, #d4351c);
  }
  .outcome {
    display: grid;
    gap: 0.5em;
  }
  .trap {
    position: absolute !important;
    left: -10000px !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
  }
  @media print {
    .feedback {
      display: none;
    }
  }
`;
