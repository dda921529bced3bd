import { css } from 'lit';

export const resultsStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .header h2 {
    flex: 1 0 100%;
  }
  .count {
    font-weight: 600;
  }
  .snapshot-date {
    flex: 1 0 100%;
    order: 3;
    font-size: 0.875em;
  }
  .sort select {
    width: auto;
  }
  signpost-saved-searches {
    display: block;
    min-height: 2em;
    flex: 1 0 100%;
    order: 4;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 1em;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: 32px;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_text);
    border-radius: 1em;
    background: var(--_background-chip);
    cursor: pointer;
    font: inherit;
    color: inherit;
  }
  .chip:hover {
    background: var(--_secondary);
  }
  .chip .x {
    font-size: 1.25em;
    line-height: 1;
  }
  .cards {
    list-style: none;
    display: grid;
    gap: var(--_space-m);
  }
  .card {
    padding: 1em;
    border: 1px solid var(--_border);
    border-left: 5px solid var(--signpost-card-accent, #1d70b8);
    background: var(--signpost-card-background, #ffffff);
  }
  .card.highlighted {
    border-left-color: var(--_highlight);
    box-shadow: 0 0 0 2px var(--_highlight);
  }
  .card h3 {
    margin-bottom: 0.25em;
  }
  .summary {
    margin: 0.5em 0;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .facts {
    display: grid;
    gap: 0.2em 1em;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    margin: 0.5em 0;
  }
  .fact {
    display: flex;
    gap: 0.4em;
    min-width: 0;
  }
  .fact dt {
    font-weight: 600;
    flex: none;
  }
  .fact dt::after {
    content: ':';
  }
  .fact dd {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .freshness {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    font-size: 0.9em;
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.5em;
    font-weight: 600;
    font-size: 0.9em;
  }
  .tag.stale {
    background: var(--_warning-background);
    color: var(--_warning-text);
  }
  .tag.status {
    background: var(--_error-background);
    color: var(--_error-text);
  }
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 1.5em 0 0.5em;
  }
  .pagination a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 0 0.5em;
  }
  .pagination .current a {
    font-weight: 700;
    color: var(--_text);
    text-decoration: none;
    background: var(--_secondary);
  }
  .pagination .gap {
    min-width: 24px;
    align-self: center;
    text-align: center;
  }
  .empty,
  .error {
    padding: 1em;
    border: 1px solid var(--_border);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  .error {
    border: 4px solid var(--_error);
  }
  .tips {
    padding-left: 1.25em;
  }
  .after {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin-top: 1em;
  }
  signpost-feedback.unmet-need {
    justify-self: stretch;
    margin-top: 1.5em;
  }
  signpost-feedback.report {
    margin-top: 0.25em;
  }
  .diagnostics {
    margin-top: 1em;
    font-size: 0.9em;
  }
  .save {
    margin-top: 0.25em;
  }
  .fixed {
    font-weight: 600;
    margin-bottom: 0.75em;
  }
  .scan {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-top: 1em;
  }
  @media print {
    .chips,
    .pagination,
    .after,
    .sort,
    .save,
    .my-list,
    .scan {
      display: none;
    }
    .card {
      break-inside: avoid;
      border-left-width: 1px;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
