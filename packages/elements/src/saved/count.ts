/**
 * How many searches are saved for a directory, for the results' "My saved searches (n)":
 * all the first screen needs of saved searches (saving and the list are fetched when used;
 * store.ts). Blocked or damaged storage counts none.
 */

/** Saved searches kept per directory; the oldest go first past this. */
export const MAX_SAVED = 20;

/** Where a directory's saved searches are kept in localStorage. */
export const savedKey = (directory: string) => `signpost-saved-searches:${directory}`;

export function savedCount(directory: string): number {
  try {
    const list = JSON.parse(localStorage.getItem(savedKey(directory)) ?? '[]') as unknown;
    return Array.isArray(list) ? Math.min(list.length, MAX_SAVED) : 0;
  } catch {
    return 0;
  }
}
