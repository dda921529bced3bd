import { css } from 'lit';

export const serviceStyles = css`
  .service {
    display: grid;
    gap: 1em;
  }
  article {
    display: grid;
    gap: 1em;
  }
  /* sized by role, whatever level the host gave them (heading-level) */
  .title {
    font-size: 1.375em;
    line-height: 1.3;
    margin: 0;
  }
  .section-title {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0;
  }
  .back {
    justify-self: start;
  }
  section {
    border-top: 1px solid var(--signpost-border, #b1b4b6);
    padding-top: 0.75em;
    display: grid;
    gap: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .actions a.button,
  .actions a.button:visited {
    color: var(--signpost-primary-text, #ffffff);
  }
  .actions a.button.secondary,
  .actions a.button.secondary:visited {
    color: var(--signpost-text, #0b0c0c);
  }
  .description :is(p, ul, ol) {
    margin-bottom: 0.75em;
  }
  .description :is(ul, ol),
  section ul {
    padding-left: 1.25em;
  }
  .locations,
  .contacts {
    list-style: none;
    padding-left: 0 !important;
    display: grid;
    gap: 0.75em;
  }
  address {
    font-style: normal;
  }
  .places-map {
    --signpost-map-height: 16em;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding-left: 0 !important;
  }
  .terms li {
    background: var(--signpost-secondary, #f3f2f1);
    padding: 0.1em 0.5em;
  }
  .freshness {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }
  .tag.stale {
    padding: 0.1em 0.5em;
    background: var(--signpost-warning-background, #fcd6c3);
    color: var(--signpost-warning-text, #6e3619);
  }
  .notice {
    padding: 0.75em 1em;
    border-left: 5px solid var(--signpost-warning, #f47738);
    background: var(--signpost-secondary, #f3f2f1);
  }
  .notice.status {
    border-left-color: var(--signpost-error, #d4351c);
  }
  .error {
    padding: 1em;
    border: 4px solid var(--signpost-error, #d4351c);
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  @media print {
    .back,
    .actions,
    .after {
      display: none;
    }
    section {
      break-inside: avoid;
    }
  }
`;
