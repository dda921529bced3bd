/**
 * The browser's Back in a test. The test runner reuses its tabs, and a tab keeps at most 50
 * entries (dropping some once full), so a test page's history holds earlier test files'
 * pages and steps, and a plain `history.back()` could leave the test page (the run then
 * stops with "the page navigated to about:blank"). A test that goes Back starts with a fresh
 * history (`freshHistory`), and goes Back to an entry it saw (`backTo`, the Navigation API:
 * the same traversal and popstate as the browser's Back), which fails with a message if that
 * entry is gone rather than going elsewhere.
 */
import { executeServerCommand } from '@web/test-runner-commands';

interface SessionHistory {
  currentEntry: { key: string } | null;
  entries(): Array<{ key: string }>;
  traverseTo(key: string): { finished: Promise<unknown> };
}

const navigation = (globalThis as unknown as { navigation: SessionHistory }).navigation;

/** Forgets the tab's back/forward list, but for the entry the page is on. */
export async function freshHistory(): Promise<void> {
  await executeServerCommand('fresh-history');
  if (navigation.entries().length !== 1) throw new Error(`the tab's history was not made fresh (${navigation.entries().length} entries)`);
}

/** The key of the entry the page is on now. */
export function currentEntry(): string {
  const key = navigation.currentEntry?.key;
  if (!key) throw new Error('this page has no current history entry');
  return key;
}

/** Back (or forward) to the entry `key`, as the browser's Back goes; resolves when it has arrived. */
export async function backTo(key: string): Promise<void> {
  const entries = navigation.entries();
  if (!entries.some((entry) => entry.key === key)) throw new Error(`that history entry is gone (${entries.length} entries, ${history.length} in the tab)`);
  await navigation.traverseTo(key).finished;
}
