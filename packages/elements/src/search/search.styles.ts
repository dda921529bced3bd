import { css } from 'lit';

export const searchStyles = css`
  form {
    display: grid;
    gap: var(--_space-m);
    padding: 1em;
    background: var(--_panel);
    border-top: 4px solid var(--_accent);
    container-type: inline-size;
  }
  .place-row {
    display: grid;
    gap: 0.75em;
    grid-template-columns: minmax(0, 1fr);
    align-items: end;
  }
  .place-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin-top: 0.5em;
  }
  p[role='status']:empty {
    display: none;
  }
  @container (min-width: 36em) {
    .place-row {
      grid-template-columns: minmax(0, 12em) minmax(0, 14em);
    }
  }
  /* wide: words, place and the button in one row, their boxes at one height; "Use my location" below the place */
  @container (min-width: 56em) {
    form {
      grid-template-columns: minmax(0, 1fr) auto auto;
      grid-template-rows: auto auto;
      align-items: end;
    }
    .words,
    .submit {
      grid-row: 1;
    }
    .place {
      grid-row: 1 / span 2;
      display: grid;
      grid-template-rows: subgrid;
      align-self: stretch;
    }
    .place-row {
      align-self: end;
    }
    .place-actions {
      margin-top: 0;
      align-self: start;
    }
  }
`;
