/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels nothing may need scrolling sideways. Measured,
 * not assumed: the page's scrollWidth against its clientWidth, and every rendered element
 * (through shadow roots) against the viewport and against its own box.
 */

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: ParentNode, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

/**
 * Parts that are meant to be clipped: text for screen readers only, the report form's
 * field for bots (off the screen), and a map's own panes (tiles and markers move under a
 * fixed frame).
 */
function clippedByDesign(el: Element): boolean {
  return Boolean(el.closest('.visually-hidden, .trap, .leaflet-container, .sp-marker')) || getComputedStyle(el).clipPath !== 'none';
}

function describe(el: Element, problem: string): string {
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${el.tagName.toLowerCase()}${cls} ${problem}: "${(el.textContent ?? '').trim().slice(0, 60)}"`;
}

/**
 * What would scroll sideways at the current viewport width: elements reaching past the
 * right edge of the viewport, and elements whose content is wider than themselves
 * (scrollWidth over clientWidth), under `root` (an element with a shadow root, or a root).
 * Empty when all is well.
 */
export function sidewaysOverflow(root: Element | ShadowRoot): string[] {
  const width = document.documentElement.clientWidth;
  const scope = root instanceof ShadowRoot ? root : (root.shadowRoot ?? root);
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
  for (const el of deepElements(scope)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || !el.checkVisibility() || clippedByDesign(el)) continue;
    if (box.right > width + 1) problems.push(describe(el, `reaches ${Math.round(box.right)}px`));
    else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) problems.push(describe(el, `holds ${el.scrollWidth}px in ${el.clientWidth}px`));
  }
  return problems;
}

/** The phone widths every layout is checked at. */
export const PHONE_WIDTHS = [320, 375] as const;
