import { css } from 'lit';

export const filtersStyles = css`
  .panel {
    display: grid;
    gap: 1.25em;
  }
  .toggle {
    width: 100%;
  }
  /* every group under the same rule, its name below the line (not set into it, as a legend is by default) */
  .group {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
  }
  .group > legend {
    float: left;
    width: 100%;
  }
  .group > legend + * {
    clear: left;
  }
  .fixed {
    font-weight: 600;
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
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_space-s);
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
