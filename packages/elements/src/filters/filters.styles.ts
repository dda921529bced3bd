import { css } from 'lit';

export const filtersStyles = css`
  .panel {
    display: grid;
    gap: 1.25em;
  }
  .toggle {
    display: none;
    width: 100%;
  }
  :host([collapsible]) .toggle {
    display: flex;
  }
  :host([collapsible]) .panel:not(.open) {
    display: none;
  }
  :host([collapsible]) .panel.open {
    margin-top: 1em;
  }
  .group {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
  }
  .custom-ages summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    min-height: 24px;
    padding: 0.25em 0;
  }
  .custom-ages form {
    display: grid;
    gap: var(--_space-s);
    margin-top: 0.5em;
  }
  .age-inputs {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-s);
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
