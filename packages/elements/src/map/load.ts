/**
 * The map element's code: fetched when a map is to be shown, or prefetched. It comes in one
 * chunk with the service detail (each is what a person opens from the results, and the
 * detail shows a map of the service's places); Leaflet is fetched only when a map is seen.
 */
export function loadMapElement(): Promise<unknown> {
  return import('../service/define.js');
}
