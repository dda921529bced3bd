import { css } from 'lit';

export const shortlistStyles = css`
  .shortlist {
    display: grid;
    gap: var(--_space-m);
  }
  .back {
    justify-self: start;
  }
  .title {
    font-size: 1.375em;
    line-height: 1.3;
  }
  .notice {
    padding: 0.75em 1em;
    border-left: 5px solid var(--_warning);
    background: var(--_secondary);
  }
  .save-all {
    justify-self: start;
  }
  .entries {
    display: grid;
    gap: var(--_space-m);
    padding-left: 1.5em;
  }
  .entry {
    display: grid;
    gap: 0.35em;
    padding-bottom: var(--_space-m);
    border-bottom: 1px solid var(--_border);
    break-inside: avoid;
  }
  .facts {
    display: grid;
    gap: 0.2em;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dt::after {
    content: ':';
  }
  .entry-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .actions a.button.secondary,
  .actions a.button.secondary:visited {
    color: var(--_text);
  }
  .copy-manual {
    display: grid;
    gap: 0.25em;
  }
  .status:empty,
  .print-only {
    display: none;
  }
  @media print {
    .back,
    .actions,
    .entry-actions,
    .save-all,
    .status,
    .copy-manual,
    .screen-only {
      display: none;
    }
    .print-only {
      display: block;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
