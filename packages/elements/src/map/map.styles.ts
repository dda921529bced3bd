import { css } from 'lit';

export const mapStyles = css`
  .wrap {
    display: grid;
    gap: 0.5em;
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .counts .unplaced {
    color: var(--signpost-secondary-text, #505a5f);
  }
  .progress:empty,
  .counts:empty,
  .toolbar:empty {
    display: none;
  }
  .frame[hidden],
  .hint[hidden] {
    display: none;
  }
  .toggle {
    justify-self: start;
  }
  .frame {
    position: relative;
    height: var(--signpost-map-height, 24em);
    min-height: 12em;
    border: 1px solid var(--signpost-border, #b1b4b6);
    overflow: hidden;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--signpost-map-background, #e8eef1);
  }
  .map.leaflet-container {
    font: inherit;
    font-size: 0.875em;
    background: var(--signpost-map-background, #e8eef1);
  }
  .map:focus-visible {
    outline: 3px solid var(--signpost-focus, #ffdd00);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--signpost-focus-text, #0b0c0c);
  }
  .overlay {
    position: absolute;
    inset: auto 0.5em 0.5em 0.5em;
    z-index: 1001;
    padding: 0.5em 0.75em;
    background: var(--signpost-background-solid, #ffffff);
    border: 1px solid var(--signpost-border, #b1b4b6);
  }
  .hint {
    font-size: 0.875em;
    margin: 0;
  }

  /* markers: our own markup, no images */
  .sp-marker {
    display: grid;
    place-items: center;
    border-radius: 50%;
    cursor: pointer;
  }
  .sp-point .dot {
    display: block;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--signpost-map-marker, #1d70b8);
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 1px var(--signpost-text, #0b0c0c), 0 1px 3px rgb(0 0 0 / 40%);
  }
  .sp-cluster {
    background: var(--signpost-map-marker, #1d70b8);
    color: var(--signpost-map-marker-text, #ffffff);
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 1px var(--signpost-text, #0b0c0c), 0 1px 4px rgb(0 0 0 / 40%);
    font-weight: 700;
    font-size: 1.0714em;
    line-height: 1;
  }
  .sp-point.highlighted .dot,
  .sp-cluster.highlighted {
    background: var(--signpost-map-highlight, var(--signpost-focus, #ffdd00));
    color: var(--signpost-focus-text, #0b0c0c);
    border-color: var(--signpost-focus-text, #0b0c0c);
  }
  .sp-point.highlighted .dot {
    transform: scale(1.3);
  }
  .sp-marker:focus {
    outline: none;
  }
  .sp-marker:focus-visible {
    outline: 3px solid var(--signpost-focus, #ffdd00);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--signpost-focus-text, #0b0c0c);
  }
  .sp-origin span {
    display: block;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    border: 4px solid var(--signpost-map-radius, #0b0c0c);
    background: #ffffff;
  }
  .sp-radius {
    stroke: var(--signpost-map-radius, #0b0c0c);
    stroke-dasharray: 6 6;
    fill: var(--signpost-map-radius, #0b0c0c);
  }
  .leaflet-control-zoom a {
    width: 36px;
    height: 36px;
    line-height: 36px;
    color: var(--signpost-text, #0b0c0c);
  }
  .leaflet-control-zoom a:focus-visible {
    background: var(--signpost-focus, #ffdd00);
    outline: 3px solid var(--signpost-focus-text, #0b0c0c);
    box-shadow: none;
  }
  .leaflet-control-attribution {
    font-size: 0.8125em;
    color: var(--signpost-text, #0b0c0c);
  }

  /* the chosen marker's card */
  .card {
    position: absolute;
    z-index: 1001;
    inset: auto 0.5em 0.5em 0.5em;
    max-height: calc(100% - 1em);
    overflow: auto;
    display: grid;
    gap: 0.35em;
    justify-items: start;
    padding: 0.75em 3em 0.75em 1em;
    background: var(--signpost-background-solid, #ffffff);
    border: 1px solid var(--signpost-border, #b1b4b6);
    border-top: 4px solid var(--signpost-map-marker, #1d70b8);
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  }
  .card h3:focus-visible {
    outline: 3px solid var(--signpost-focus, #ffdd00);
  }
  .card ul {
    list-style: none;
    display: grid;
    gap: 0.75em;
    width: 100%;
  }
  .card li {
    display: grid;
    gap: 0.25em;
    justify-items: start;
    border-top: 1px solid var(--signpost-border, #b1b4b6);
    padding-top: 0.5em;
  }
  .card .details {
    min-height: 40px;
    padding: 0.3em 0.9em;
  }
  .close {
    position: absolute;
    top: 0.25em;
    right: 0.25em;
    width: 44px;
    height: 44px;
    border: 0;
    background: none;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: var(--signpost-secondary, #f3f2f1);
  }
  @container (min-width: 40em) {
    .card {
      inset: auto auto 0.75em 0.75em;
      width: min(22em, calc(100% - 1.5em));
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
