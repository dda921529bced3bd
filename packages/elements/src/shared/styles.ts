/**
 * Shared styles. The host is reset (`all: initial`) so a busy theme's inherited styles
 * don't leak in, then themed through --signpost-* custom properties with a calm,
 * GOV.UK-like default. Sizes are in em from --signpost-font-size so a theme that sets
 * html { font-size: 62.5% } can't shrink the widget.
 */
import { css, type CSSResult } from 'lit';
import { tokenStyles } from './tokens.js';

export const hostStyles = css`
  ${tokenStyles}
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--signpost-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--signpost-font-size, 16px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--signpost-background, transparent);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  a:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    outline: none;
    text-decoration: none;
  }
  /* Moved to by script (a heading, an outcome) so screen readers read it: not a control, no focus ring. */
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .muted {
    color: var(--_secondary-text);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

export const controlStyles = css`
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.45em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_primary-text);
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 2px 0 var(--_primary-shadow);
    text-decoration: none;
  }
  .button:hover {
    background: var(--_primary-hover);
  }
  .button.secondary {
    background: var(--_secondary);
    color: var(--_text);
    box-shadow: 0 2px 0 var(--_secondary-shadow);
  }
  .button.secondary:hover {
    background: var(--_secondary-hover);
  }
  .button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    outline: var(--_focus-width) solid transparent;
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-height: 24px;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
  }
  .link-button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    outline: none;
    box-shadow: 0 4px var(--_focus-text);
    text-decoration: none;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .hint {
    display: block;
    color: var(--_secondary-text);
    margin-bottom: 0.35em;
  }
  .input,
  select {
    min-height: var(--_target);
    width: 100%;
    padding: 0.35em 0.5em;
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_input-background);
  }
  .input:focus,
  select:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin-bottom: 0.35em;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    min-height: 32px;
    padding: 0.2em 0;
    font-weight: normal;
    margin: 0;
    cursor: pointer;
  }
  .choice input {
    width: 24px;
    height: 24px;
    flex: none;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
`;

/**
 * Adds styles to a shadow root, for a part of an element fetched later (a report form,
 * a map): after the element's own, or before them with `first` (a library's base CSS).
 */
export function addStyles(root: ShadowRoot, styles: CSSResult, first = false): void {
  const sheet = styles.styleSheet;
  if (sheet) {
    if (root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = first ? [sheet, ...root.adoptedStyleSheets] : [...root.adoptedStyleSheets, sheet];
    return;
  }
  // no constructable stylesheets: a style element does the same
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  if (first) root.prepend(style);
  else root.append(style);
}
