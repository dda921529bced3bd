/**
 * The code of what the finder shows after its first screen: a service's detail (and the map
 * element it shows places with), "Report a problem" (fetched as the first search starts: see
 * feedback/load.ts), saved searches' list, "My list" and the guided start. Otherwise fetched
 * when one is first shown, or before, when the browser is idle after the first results. (One chunk: the bundler keeps the code these share with the drop-in file in it
 * only while they are one.)
 */
export function loadServiceElement(): Promise<unknown> {
  return import('./define.js');
}

let prefetched = false;

/**
 * What opening a result needs (the detail's code and the sanitiser for its description),
 * fetched once the browser is idle, so that the click that opens one waits only for the
 * service itself. Once per page.
 */
export function prefetchDetailWhenIdle(): void {
  if (prefetched) return;
  prefetched = true;
  const prefetch = () => {
    void loadServiceElement().catch(() => undefined);
    void import('@signpost/core/sanitise').catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 5000 });
  else setTimeout(prefetch, 1000);
}
