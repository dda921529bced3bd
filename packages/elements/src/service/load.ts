/** The service element's code (with the detail and the map element): fetched when a detail is first shown, or prefetched. */
export function loadServiceElement(): Promise<unknown> {
  return import('./define.js');
}
