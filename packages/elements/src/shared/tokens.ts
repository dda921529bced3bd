/**
 * The design values (a calm, GOV.UK-like look), defined once. Each is themed through its
 * public --signpost-* custom property (e.g. --signpost-text); inside, styles use the
 * private --_* name (--_text), which holds the theme's value or this default.
 */
import { unsafeCSS } from 'lit';

export const TOKENS = {
  text: '#0b0c0c',
  'secondary-text': '#505a5f',
  link: '#1d70b8',
  'link-hover': '#003078',
  'link-visited': '#4c2c92',
  focus: '#ffdd00',
  'focus-text': '#0b0c0c',
  highlight: '#ffdd00',
  border: '#b1b4b6',
  accent: '#1d70b8',
  primary: '#00703c',
  'primary-hover': '#005a30',
  'primary-shadow': '#002d18',
  'primary-text': '#ffffff',
  secondary: '#f3f2f1',
  'secondary-hover': '#dbdad9',
  'secondary-shadow': '#929191',
  panel: '#f3f2f1',
  'input-background': '#ffffff',
  'input-border': '#0b0c0c',
  'background-solid': '#ffffff',
  'background-chip': '#ffffff',
  success: '#00703c',
  error: '#d4351c',
  'error-background': '#f6d7d2',
  'error-text': '#2a0b06',
  warning: '#f47738',
  'warning-background': '#fcd6c3',
  'warning-text': '#6e3619',
  radius: '0',
} as const;

/** Sizes every element shares (not themed: they keep targets large enough and focus plain to see). */
const SIZES = {
  /** The smallest a control may be to press (WCAG 2.5.5). */
  target: '44px',
  'focus-width': '3px',
  'space-s': '0.5em',
  'space-m': '1em',
} as const;

/** `:host { --_text: var(--signpost-text, #0b0c0c); ...; --_target: 44px; ... }`, part of every element's host styles. */
export const tokenStyles = unsafeCSS(
  `:host{${[
    ...Object.entries(TOKENS).map(([name, value]) => `--_${name}:var(--signpost-${name},${value})`),
    ...Object.entries(SIZES).map(([name, value]) => `--_${name}:${value}`),
  ].join(';')}}`,
);
