/**
 * How many searches are saved for a directory, for the results' header: all the first
 * screen needs of saved searches (the rest comes with the detail's code; store.ts). Blocked
 * or damaged storage counts none.
 */

/** Where a directory's saved searches are kept in localStorage. */
export const savedKey = (directory: string) => `signpost-saved-searches:${directory}`;

export function savedCount(directory: string): number {
  try {
    const list = JSON.parse(localStorage.getItem(savedKey(directory)) ?? '[]') as unknown;
    return Array.isArray(list) ? list.length : 0;
  } catch {
    return 0;
  }
}
