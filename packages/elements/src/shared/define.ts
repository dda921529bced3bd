/**
 * Registering is guarded: a second copy of the bundle on the same page (a theme and a
 * plugin both pasting the script) must not throw.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, constructor);
}
