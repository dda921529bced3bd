/**
 * Test server commands that act on the test's own browser page, for what a page cannot do
 * to itself:
 * - `bring-to-front`: make it the visible tab (IntersectionObserver reports only there;
 *   other test files running alongside are written to hold in a background tab);
 * - `geolocation` `{ lat, lng }` or `{ denied: true }`: answer "Use my location" with a
 *   position, or refuse it, as a person at the browser's prompt would;
 * - `touch-screen` `{ on: boolean }`: the page's screen takes touch (as a phone's does);
 * - `tap` `{ x, y }`: a finger taps there (viewport coordinates): touch and pointer events,
 *   then the click a tap makes;
 * - `open-page` `{ path, fresh? }`: opens `path` (on the test server) in another tab of the
 *   same browser (the same storage: a reload, or a second tab), or with `fresh` in a new
 *   browser context (nothing stored: another device), waits until its signpost-finder shows a
 *   list, and answers the names on it and the storage keys of that page;
 * - `fresh-history`: forgets the tab's back/forward list but its current entry. The runner
 *   reuses tabs, so a test page's history holds earlier test files' pages and steps; at
 *   50 entries Chromium drops some, and a test's Back could land outside its page.
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';

type GeolocationPayload = { lat: number; lng: number } | { denied: true };

const COMMANDS = new Set(['bring-to-front', 'geolocation', 'touch-screen', 'tap', 'open-page', 'fresh-history']);

export function browserPagePlugin(): TestRunnerPlugin {
  return {
    name: 'browser-page',
    async executeCommand({ command, payload, session }) {
      if (!COMMANDS.has(command)) return undefined;
      const page = (session.browser as ChromeLauncher).getPage(session.id);
      if (command === 'bring-to-front') {
        await page.bringToFront();
        return true;
      }
      if (command === 'touch-screen') {
        const { on } = payload as { on: boolean };
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: on, maxTouchPoints: on ? 5 : 1 });
        await cdp.detach();
        return true;
      }
      if (command === 'fresh-history') {
        const cdp = await page.createCDPSession();
        await cdp.send('Page.resetNavigationHistory');
        await cdp.detach();
        return true;
      }
      if (command === 'tap') {
        const { x, y } = payload as { x: number; y: number };
        await page.touchscreen.tap(x, y);
        return true;
      }
      if (command === 'open-page') {
        const { path, fresh } = payload as { path: string; fresh?: boolean };
        const context = fresh ? await page.browser().createBrowserContext() : page.browserContext();
        const other = await context.newPage();
        try {
          await other.goto(new URL(path, page.url()).href);
          await other.waitForFunction(
            () => {
              const list = document.querySelector('signpost-finder')?.shadowRoot?.querySelector('signpost-shortlist')?.shadowRoot;
              return list?.querySelector('.entries[aria-busy="false"]') ?? null;
            },
            { timeout: 20_000 },
          );
          return await other.evaluate(() => {
            const list = document.querySelector('signpost-finder')!.shadowRoot!.querySelector('signpost-shortlist')!.shadowRoot!;
            return { names: [...list.querySelectorAll('.entry h3')].map((h) => h.textContent!.trim()), storage: Object.keys(localStorage) };
          });
        } finally {
          await other.close();
          if (fresh) await context.close();
          await page.bringToFront();
        }
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
