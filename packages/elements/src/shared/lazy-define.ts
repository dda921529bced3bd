/**
 * Elements whose code is fetched only when one is on the page (signpost-map). The drop-in
 * file registers a loader for the tag; the loader runs when such an element is in the
 * document, now or later (a MutationObserver watches until every lazy tag is defined).
 * Elements that render one in their own shadow root (the finder's map view, a detail's
 * places map) load it themselves, when it is to be shown.
 */
const loaders = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof customElements === 'undefined' || customElements.get(tag) || loaders.has(tag)) return;
  loaders.set(tag, load);
  if (!scan(document)) watch();
}

/** Load the tags found in `root`; true when none is left to watch for. */
function scan(root: ParentNode): boolean {
  for (const [tag, load] of loaders) {
    if (customElements.get(tag)) loaders.delete(tag);
    else if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) {
      loaders.delete(tag);
      void load().catch((error: unknown) => console.error(`[signpost] ${tag} could not be loaded`, error));
    }
  }
  return loaders.size === 0;
}

function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && scan(node)) {
          observer?.disconnect();
          observer = undefined;
          return;
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
