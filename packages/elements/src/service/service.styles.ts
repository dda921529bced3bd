import { css } from 'lit';

export const serviceStyles = css`
  .service {
    display: grid;
    gap: var(--_space-m);
  }
  article {
    display: grid;
    gap: var(--_space-m);
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
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
    display: grid;
    gap: var(--_space-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .actions a.button,
  .actions a.button:visited {
    color: var(--_primary-text);
  }
  .actions a.button.secondary,
  .actions a.button.secondary:visited {
    color: var(--_text);
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
  .calendar {
    display: grid;
    gap: 0.25em;
  }
  .calendar-links {
    list-style: none;
    padding-left: 0 !important;
  }
  /* a button here, a link in a static page: the same box */
  .calendar .link-button {
    display: inline-block;
    text-align: start;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    list-style: none;
    padding-left: 0 !important;
  }
  .terms li {
    background: var(--_secondary);
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
    background: var(--_warning-background);
    color: var(--_warning-text);
  }
  .notice {
    padding: 0.75em 1em;
    border-left: 5px solid var(--_warning);
    background: var(--_secondary);
  }
  .notice.status {
    border-left-color: var(--_error);
  }
  .error {
    padding: 1em;
    border: 4px solid var(--_error);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  @media print {
    .back,
    .actions,
    .calendar,
    .after {
      display: none;
    }
    section {
      break-inside: avoid;
    }
  }
`;
