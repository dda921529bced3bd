/**
 * What the embed builder makes: one element's attributes from the site owner's choices, and
 * the same embed written three ways (HTML, the WordPress shortcode, React JSX). Pure.
 */
export type EmbedKind = 'finder' | 'service' | 'map';

export interface EmbedChoices {
  kind: EmbedKind;
  /** An ORUK endpoint, or (with `snapshot`) a snapshot's URL. */
  source: string;
  snapshot: boolean;
  serviceId: string;
  /** Term ids, comma-separated. */
  need: string;
  ages: string;
  lang: '' | 'en' | 'cy';
  view: '' | 'list' | 'map' | 'split';
  primary: string;
  link: string;
  feedbackEmail: string;
}

export const EMPTY_CHOICES: EmbedChoices = {
  kind: 'finder',
  source: '',
  snapshot: false,
  serviceId: '',
  need: '',
  ages: '',
  lang: '',
  view: '',
  primary: '',
  link: '',
  feedbackEmail: '',
};

/** A colour the builder passes on: six-digit hex only. */
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export const TAGS: Record<EmbedKind, string> = { finder: 'signpost-finder', service: 'signpost-service', map: 'signpost-map' };

/** The element's attributes, in a stable order, empty ones left out. */
export function embedAttributes(c: EmbedChoices): Array<[string, string]> {
  const attrs: Array<[string, string]> = [[c.snapshot ? 'snapshot' : 'endpoint', c.source.trim()]];
  if (c.kind === 'service') attrs.push(['service-id', c.serviceId]);
  if (c.kind === 'finder') attrs.push(['fixed-need', c.need], ['fixed-ages', c.ages], ['view', c.view]);
  if (c.kind === 'map') attrs.push(['need', c.need], ['ages', c.ages]);
  attrs.push(['lang', c.lang]);
  if (c.kind !== 'map') attrs.push(['feedback-email', c.feedbackEmail]);
  const style = colourStyle(c);
  if (style) attrs.push(['style', style]);
  return attrs.filter(([, value]) => value.trim() !== '').map(([name, value]) => [name, value.trim()]);
}

/** The colours as custom properties, only valid hex colours. */
function colourStyle(c: Pick<EmbedChoices, 'primary' | 'link'>): string {
  return [
    ['--signpost-primary', c.primary],
    ['--signpost-link', c.link],
  ]
    .filter(([, value]) => HEX_COLOUR.test(value!))
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste: the script tag (a module, or the classic loader) and the element. */
export function htmlSnippet(c: EmbedChoices, scriptUrl: string): string {
  const tag = TAGS[c.kind];
  const attrs = embedAttributes(c)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const script = /signpost-loader\.js(\?|$)/.test(scriptUrl) ? `<script src="${escapeHtml(scriptUrl)}"></script>` : `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`;
  return `${script}\n<${tag}${attrs}></${tag}>`;
}

/** The WordPress shortcode (the plugin's attribute names); quotes and brackets cannot appear inside. */
export function shortcodeSnippet(c: EmbedChoices): string {
  const safe = (value: string) => value.replace(/["[\]]/g, (ch) => encodeURIComponent(ch));
  const parts: Array<[string, string]> = [
    [c.snapshot ? 'snapshot' : 'endpoint', c.source.trim()],
    ['element', c.kind],
    ['service-id', c.kind === 'service' ? c.serviceId : ''],
    ['need', c.kind === 'service' ? '' : c.need],
    ['ages', c.kind === 'service' ? '' : c.ages],
    ['lang', c.lang],
    ['view', c.kind === 'finder' ? c.view : ''],
    ['feedback-email', c.kind === 'map' ? '' : c.feedbackEmail],
    ['primary-colour', HEX_COLOUR.test(c.primary) ? c.primary : ''],
    ['link-colour', HEX_COLOUR.test(c.link) ? c.link : ''],
  ];
  return `[signpost${parts
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => ` ${name}="${safe(value.trim())}"`)
    .join('')}]`;
}

const COMPONENTS: Record<EmbedKind, string> = { finder: 'SignpostFinder', service: 'SignpostService', map: 'SignpostMap' };
const camel = (name: string) => name.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());

/** React JSX with @signpost/react: props in camelCase, colours as a style object. */
export function jsxSnippet(c: EmbedChoices): string {
  const component = COMPONENTS[c.kind];
  const props = embedAttributes(c).map(([name, value]) => {
    if (name === 'style') {
      const entries = value.split('; ').map((d) => d.split(': ') as [string, string]);
      return `style={{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }}`;
    }
    const prop = name === 'lang' ? 'lang' : camel(name);
    return /["{}<>]/.test(value) ? `${prop}={${JSON.stringify(value)}}` : `${prop}="${value}"`;
  });
  return `import { ${component} } from '@signpost/react';\n\n<${component}\n${props.map((p) => `  ${p}\n`).join('')}/>`;
}
