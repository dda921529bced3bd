import { css } from 'lit';

export const finderStyles = css`
  [hidden] {
    display: none !important;
  }
  .finder {
    display: grid;
    gap: 1.25em;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: 1.5em;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 46em) {
    .layout {
      grid-template-columns: var(--signpost-sidebar-width, 17em) minmax(0, 1fr);
      align-items: start;
    }
  }
  /* list, map, or both side by side (split only when the results column is wide: see views.ts) */
  .main {
    display: grid;
    gap: var(--_space-m);
    align-content: start;
    container-type: inline-size;
    min-width: 0;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    justify-self: start;
  }
  .view-button {
    font: inherit;
    margin: 0;
    min-height: var(--_target);
    padding: 0.35em 1em;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_input-background);
    color: var(--_text);
    cursor: pointer;
  }
  .view-button + .view-button {
    margin-left: -2px;
  }
  .view-button:hover {
    background: var(--_secondary);
  }
  .view-button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_input-background);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .view-button:focus-visible {
    position: relative;
    z-index: 1;
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .panes {
    display: grid;
    gap: 1.5em;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  .view-map .map-pane {
    --signpost-map-height: var(--signpost-map-height-large, min(36em, 75vh));
  }
  @container (min-width: 40em) {
    .view-split .panes {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .view-split .map-pane {
      position: sticky;
      top: 0.5em;
      --signpost-map-height: var(--signpost-map-height-large, min(36em, calc(100vh - 2em)));
    }
  }
  @media print {
    signpost-search,
    .sidebar,
    .views,
    .map-pane {
      display: none !important;
    }
    .list-pane {
      display: block !important;
    }
    .layout {
      display: block;
    }
  }
`;
