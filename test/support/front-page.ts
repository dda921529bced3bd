/**
 * Run `fn` as the visible tab. Test files run side by side as tabs of one browser, and a few
 * things happen only in the visible one (IntersectionObserver reports, geolocation answers):
 * tests that need it hold one Web Lock (the tabs share an origin), so no other such test
 * takes the front from them meanwhile.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export async function withFrontPage<T>(fn: () => Promise<T>): Promise<T> {
  return navigator.locks.request('signpost-test-front-page', async () => {
    await executeServerCommand('bring-to-front');
    await waitUntil(() => document.visibilityState === 'visible', 'the page did not come to the front');
    return fn();
  });
}
