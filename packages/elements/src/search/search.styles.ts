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
  @container (min-width: 56em) {
    form {
      grid-template-columns: minmax(0, 1fr) auto auto;
      align-items: end;
    }
  }
`;
