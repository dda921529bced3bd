import { css } from 'lit';

/** The report toggle and the status line: all a closed report needs. */
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
  @media print {
    .feedback {
      display: none;
    }
  }
`;
