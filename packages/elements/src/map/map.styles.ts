import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_map-background: var(--signpost-map-background, #e8eef1);
    --_map-marker: var(--signpost-map-marker, #1d70b8);
    --_map-marker-text: var(--signpost-map-marker-text, #ffffff);
    --_map-radius: var(--signpost-map-radius, #0b0c0c);
  }
  .wrap {
    display: grid;
    gap: var(--_space-s);
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
    color: var(--_secondary-text);
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
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--_map-background);
  }
  .map.leaflet-container {
    font: inherit;
    font-size: 0.875em;
    background: var(--_map-background);
  }
  .map:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--_focus-text);
  }
  .overlay {
    position: absolute;
    inset: auto 0.5em 0.5em 0.5em;
    z-index: 1001;
    padding: 0.5em 0.75em;
    background: var(--_background-solid);
    border: 1px solid var(--_border);
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
    background: var(--_map-marker);
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 1px var(--_text), 0 1px 3px rgb(0 0 0 / 40%);
  }
  .sp-cluster {
    background: var(--_map-marker);
    color: var(--_map-marker-text);
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 1px var(--_text), 0 1px 4px rgb(0 0 0 / 40%);
    font-weight: 700;
    font-size: 1.0714em;
    line-height: 1;
  }
  .sp-point.highlighted .dot,
  .sp-cluster.highlighted {
    background: var(--signpost-map-highlight, var(--_focus));
    color: var(--_focus-text);
    border-color: var(--_focus-text);
  }
  .sp-point.highlighted .dot {
    transform: scale(1.3);
  }
  .sp-marker:focus {
    outline: none;
  }
  .sp-marker:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--_focus-text);
  }
  .sp-origin span {
    display: block;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    border: 4px solid var(--_map-radius);
    background: #ffffff;
  }
  .sp-radius {
    stroke: var(--_map-radius);
    stroke-dasharray: 6 6;
    fill: var(--_map-radius);
  }
  .leaflet-control-zoom a {
    width: 36px;
    height: 36px;
    line-height: 36px;
    color: var(--_text);
  }
  .leaflet-control-zoom a:focus-visible {
    background: var(--_focus);
    outline: var(--_focus-width) solid var(--_focus-text);
    box-shadow: none;
  }
  .leaflet-control-attribution {
    font-size: 0.8125em;
    color: var(--_text);
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
    background: var(--_background-solid);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_map-marker);
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  }
  .card h3:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
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
    border-top: 1px solid var(--_border);
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
    width: var(--_target);
    height: var(--_target);
    border: 0;
    background: none;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_secondary);
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
