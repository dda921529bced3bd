/**
 * Leaflet, as it loads, tests for inline SVG by assigning the string '<svg/>' to a new
 * div's innerHTML: on a page that enforces Trusted Types that assignment throws, and the
 * map could not load. This module is imported just before Leaflet: while Leaflet's module
 * runs (synchronously: no other script can run in between), that one assignment is made
 * with DOM nodes instead; `releaseLeafletGuard()`, called right after, puts innerHTML back.
 */
const descriptor = typeof Element === 'undefined' ? undefined : Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');

if (descriptor?.set && descriptor.configurable) {
  const set = descriptor.set;
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...descriptor,
    set(this: Element, value: unknown) {
      if (value === '<svg/>') this.replaceChildren(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      else set.call(this, value);
    },
  });
}

/** Put Element.prototype.innerHTML back as it was. */
export function releaseLeafletGuard(): void {
  if (descriptor?.set && descriptor.configurable) Object.defineProperty(Element.prototype, 'innerHTML', descriptor);
}
