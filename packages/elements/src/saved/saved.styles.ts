import { css } from 'lit';

export const savedStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    min-height: 2em;
  }
  .saved {
    display: grid;
    gap: var(--_space-s);
    padding: 1em;
    border: 1px solid var(--_border);
    border-left: 5px solid var(--_accent);
    margin-top: 0.5em;
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  ul {
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  li a {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .close {
    justify-self: start;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
