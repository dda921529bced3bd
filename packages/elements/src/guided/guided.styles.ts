import { css } from 'lit';

export const guidedStyles = css`
  .guided {
    display: grid;
    gap: var(--_space-m);
    padding: 1em;
    background: var(--_panel);
    border-top: 4px solid var(--_accent);
  }
  .back {
    justify-self: start;
  }
  .tiles {
    list-style: none;
    display: grid;
    gap: var(--_space-s);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
  }
  .tile {
    display: grid;
    gap: 0.25em;
    align-content: start;
    width: 100%;
    height: 100%;
    min-height: var(--_target);
    padding: 0.75em 1em;
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_input-background);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
    box-shadow: 0 2px 0 var(--_secondary-shadow);
  }
  .tile:hover {
    background: var(--_secondary-hover);
  }
  .tile:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .tile .label {
    font-weight: 700;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .tile .hint {
    color: var(--_secondary-text);
    margin: 0;
  }
`;
