import { css } from 'lit';

/** The filters dialog (narrow screens): added to the element's styles when it is first opened. */
export const dialogStyles = css`
  /* narrow screens: the filters in a dialog over the whole screen, the way back at its foot */
  dialog {
    box-sizing: border-box;
    width: 100%;
    max-width: 40em;
    height: 100%;
    max-height: none;
    margin: 0 auto;
    padding: 0;
    border: 0;
    background: var(--_background-solid);
    color: inherit;
    font: inherit;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(11 12 12 / 60%);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    padding: 0.75em 1em;
    border-bottom: 1px solid var(--_border);
  }
  .dialog-head .close {
    min-height: var(--_target);
    min-width: var(--_target);
  }
  dialog .panel {
    flex: 1;
    overflow-y: auto;
    padding: 0 1em 1em;
    align-content: start;
    gap: 0;
  }
  dialog .group {
    padding: 0.25em 0;
  }
  dialog .group:first-of-type {
    border-top: 0;
  }
  dialog .choices {
    padding-bottom: 0.5em;
  }
  dialog .fixed {
    padding: 0.75em 0;
  }
  .dialog-foot {
    position: sticky;
    bottom: 0;
    padding: 0.75em 1em;
    border-top: 1px solid var(--_border);
    background: var(--_background-solid);
  }
  .show-results {
    width: 100%;
  }
  .fold {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4em;
    width: 100%;
    min-height: var(--_target);
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .fold::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin: 0 0.35em 0 0.15em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .fold[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .fold .chosen {
    font-weight: normal;
    color: var(--_secondary-text);
  }
  .fold:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .choices[hidden] {
    display: none;
  }
`;
