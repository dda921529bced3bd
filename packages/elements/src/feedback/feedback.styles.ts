import { css } from 'lit';

/** The report toggle and the status line: all a closed report needs. */
export const feedbackStyles = css`
  [hidden] {
    display: none !important;
  }
  .feedback {
    display: grid;
    gap: var(--_space-s);
  }
  .feedback.unmet {
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
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
    border-inline-start: 4px solid var(--_border);
  }
  .status.sent {
    border-color: var(--_success);
  }
  .status.queued {
    border-color: var(--_link);
  }
  .status.failed {
    border-color: var(--_error);
  }
  @media print {
    .feedback {
      display: none;
    }
  }
`;
