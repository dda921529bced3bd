/**
 * A test server command, `bring-to-front`, for the few tests that need the page to be the
 * visible tab (IntersectionObserver reports only there); the other test files running
 * alongside are written to hold in a background tab.
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';

export function visiblePagePlugin(): TestRunnerPlugin {
  return {
    name: 'visible-page',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      await (session.browser as ChromeLauncher).getPage(session.id).bringToFront();
      return true;
    },
  };
}
