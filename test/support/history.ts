/**
 * The browser's Back in a test, to an entry the test saw. The test runner reuses its tabs,
 * and a tab keeps at most 50 entries, so a test page's history holds earlier test files'
 * pages and steps too; a plain `history.back()` could leave the test page (the run then stops
 * with "the page navigated to about:blank"). Traversing to a known entry (the Navigation API)
 * is the same traversal, with the same popstate, and fails with a message if the entry is gone.
 */
interface SessionHistory {
  currentEntry: { key: string } | null;
  traverseTo(key: string): { finished: Promise<unknown> };
}

const navigation = (globalThis as unknown as { navigation: SessionHistory }).navigation;

/** The key of the entry the page is on now. */
export function currentEntry(): string {
  const key = navigation.currentEntry?.key;
  if (!key) throw new Error('this page has no current history entry');
  return key;
}

/** Back (or forward) to the entry `key`, as the browser's Back goes; resolves when it has arrived. */
export async function backTo(key: string): Promise<void> {
  await navigation.traverseTo(key).finished;
}
