/**
 * Test server commands that act on the test's own browser page, for what a page cannot do
 * to itself:
 * - `bring-to-front`: make it the visible tab (IntersectionObserver reports only there;
 *   other test files running alongside are written to hold in a background tab);
 * - `geolocation` `{ lat, lng }` or `{ denied: true }`: answer "Use my location" with a
 *   position, or refuse it, as a person at the browser's prompt would.
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';

type GeolocationPayload = { lat: number; lng: number } | { denied: true };

export function browserPagePlugin(): TestRunnerPlugin {
  return {
    name: 'browser-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bring-to-front' && command !== 'geolocation') return undefined;
      const page = (session.browser as ChromeLauncher).getPage(session.id);
      if (command === 'bring-to-front') {
        await page.bringToFront();
        return true;
      }
      const args = payload as GeolocationPayload;
      const context = page.browserContext();
      const origin = new URL(page.url()).origin;
      await context.clearPermissionOverrides();
      if ('denied' in args) {
        await context.overridePermissions(origin, []);
      } else {
        await context.overridePermissions(origin, ['geolocation']);
        await page.setGeolocation({ latitude: args.lat, longitude: args.lng, accuracy: 20 });
      }
      return true;
    },
  };
}
