/**
 * Saved searches: kept in this browser only (localStorage), one list per directory (an
 * endpoint or a snapshot), each search as the finder's own URL parameters (so a saved
 * search is read back through the same checks as a URL, and opens as a link). Nothing
 * leaves the device. Storage that is blocked, full or damaged never throws: saving says
 * it could not, and reading finds nothing.
 */
import { emptyState, stateFromParams, stateToParams, type FinderState } from '../shared/state.js';

/** Saved searches kept per directory; the oldest go first past this. */
export const MAX_SAVED = 20;

export interface SavedSearch {
  /** The search as URL parameters without a prefix (q, postcode, need, ...). */
  params: string;
  /** When it was saved (ISO). */
  savedAt: string;
}

export type SaveOutcome = 'saved' | 'already' | 'unavailable';

const keyFor = (directory: string) => `signpost-saved-searches:${directory}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked (a sandboxed frame, cookies off)
  }
}

/** The parts of a state that make a search (not the page, the open service, the view or the order). */
export function searchPatch(state: FinderState): Partial<FinderState> {
  const { text, postcode, radiusMiles, terms, ages, day, freeOnly, access } = state;
  return { text, postcode, radiusMiles, terms, ages, day, freeOnly, access };
}

/** What a person asked for, without where they were (page, open service, view, sort). */
export function searchParams(state: FinderState): string {
  return stateToParams({ ...emptyState(), ...searchPatch(state) }, '').toString();
}

/** The finder state a saved search stands for. */
export function savedState(saved: SavedSearch): FinderState {
  return stateFromParams(new URLSearchParams(saved.params), '');
}

/** The directory's saved searches, newest first; none when storage is blocked or the list is damaged. */
export function listSaved(directory: string): SavedSearch[] {
  try {
    const data = JSON.parse(storage()?.getItem(keyFor(directory)) ?? '[]') as unknown;
    if (!Array.isArray(data)) return [];
    return data
      .filter((s): s is SavedSearch => Boolean(s) && typeof s.params === 'string' && typeof s.savedAt === 'string' && s.params.length < 2000)
      .map((s) => ({ params: searchParams(savedState(s)), savedAt: s.savedAt }))
      .slice(0, MAX_SAVED);
  } catch {
    return [];
  }
}

function write(directory: string, list: SavedSearch[]): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(keyFor(directory), JSON.stringify(list.slice(0, MAX_SAVED)));
    return true;
  } catch {
    return false; // full, or blocked
  }
}

export function saveSearch(directory: string, state: FinderState, now = new Date()): SaveOutcome {
  const params = searchParams(state);
  const list = listSaved(directory);
  if (list.some((s) => s.params === params)) return 'already';
  return write(directory, [{ params, savedAt: now.toISOString() }, ...list]) ? 'saved' : 'unavailable';
}

export function removeSaved(directory: string, params: string): boolean {
  return write(
    directory,
    listSaved(directory).filter((s) => s.params !== params),
  );
}
