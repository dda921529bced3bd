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
  @media print {
    signpost-search,
    .sidebar {
      display: none;
    }
    .layout {
      display: block;
    }
  }
`;
