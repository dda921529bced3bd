/** The service element's code (the detail, the map element it shows places with, saved searches' list): fetched when a detail is first shown. */
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
