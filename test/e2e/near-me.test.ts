// "Use my location": the browser is asked for a position only when the button is used; the
// position becomes its nearest postcode (the sample API answers postcodes.io's reverse
// lookup) and a search near it, nearest first. A refusal is met with plain words.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { withFrontPage } from '../support/front-page.js';
import { apiRequests, cardDistances, mountFinder, part, results, settled } from './helpers.js';

/** Counts the finder's requests for a position, passing each on to the browser's own geolocation. */
function countPositionRequests(): { count: number } {
  const calls = { count: 0 };
  const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
  navigator.geolocation.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
    calls.count += 1;
    original(...args);
  };
  return calls;
}

function nearMeButton(finder: HTMLElement): HTMLButtonElement {
  const buttons = [...part(finder, ['signpost-search']).shadowRoot!.querySelectorAll('button')];
  return buttons.find((b) => b.textContent!.trim() === 'Use my location')!;
}

const searchText = (finder: HTMLElement) => part(finder, ['signpost-search']).shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('"Use my location"', () => {
  const calls = countPositionRequests();

  // A browser answers geolocation in the visible tab only.
  it('asks for a position only when used, then searches near the nearest postcode, nearest first', () =>
    withFrontPage(async () => {
      await executeServerCommand('geolocation', { lat: 53.3797, lng: -1.4668 }); // by S1 2HE
      const finder = await mountFinder('v3');
      expect(calls.count, 'no position asked for before the button is used').to.equal(0);

      nearMeButton(finder).click();
      await waitUntil(() => searchText(finder).includes('Showing services near S1 2HE'), 'no nearby postcode', { timeout: 8000 });
      expect(calls.count).to.equal(1);
      expect(apiRequests('/api/postcodes?').some((u) => u.includes('lat=53.3797'))).to.equal(true);
      expect(part<HTMLInputElement>(finder, ['signpost-search', '#postcode']).value).to.equal('S1 2HE');
      await waitUntil(() => /miles? away/.test(results(finder).querySelector('li.card')?.textContent ?? ''), 'no distances', { timeout: 5000 });
      await settled(finder);
      const distances = cardDistances(finder);
      expect(distances.length).to.be.greaterThan(0);
      expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    }));

  it('says plainly when the position is refused, and changes nothing', () =>
    withFrontPage(async () => {
      await executeServerCommand('geolocation', { denied: true });
      const finder = await mountFinder('v1');
      const before = apiRequests('/api/v1/services?').length;
      nearMeButton(finder).click();
      await waitUntil(() => searchText(finder).includes('Your location could not be used. Enter a postcode instead.'), 'no message', {
        timeout: 8000,
      });
      expect(nearMeButton(finder).disabled).to.equal(false);
      expect(part<HTMLInputElement>(finder, ['signpost-search', '#postcode']).value).to.equal('');
      expect(apiRequests('/api/v1/services?').length).to.equal(before);
    }));
});
