import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { cardNames, countText, mountFinder, results } from './helpers.js';

/** Open the detail of the service whose name includes `name`, and answer its shadow root once it shows an address. */
async function openDetail(finder: HTMLElement, name: string): Promise<ShadowRoot> {
  const link = [...results(finder).querySelectorAll<HTMLAnchorElement>('li.card h3 a')].find((a) => a.textContent!.includes(name))!;
  setTimeout(() => link.click());
  await oneEvent(finder, 'signpost-select');
  const detail = () => finder.shadowRoot!.querySelector('signpost-service')?.shadowRoot;
  await waitUntil(() => detail()?.querySelector('address'), 'no address in the detail', { timeout: 5000 });
  return detail()!;
}

/** The finder over an Outpost-style directory (the sample API's /api/outpost), read live. */
describe('finder over an Outpost-style directory', () => {
  it('lists its services, with the place and times on the cards', async () => {
    const finder = await mountFinder('outpost');
    expect(countText(finder)).to.match(/^10 services found/);
    expect(cardNames(finder)).to.include('Autism Parent Support Group (Sheffield Central)');
    const card = [...results(finder).querySelectorAll('li.card')].find((c) => c.textContent!.includes('Autism Parent Support Group'))!;
    expect(card.textContent).to.include('Central Family Hub');
    expect(card.textContent).to.match(/Wednesday/);
  });

  it("shows a service's address, times, phones, terms and access notes in its detail", async () => {
    const finder = await mountFinder('outpost');
    const shown = await openDetail(finder, 'Autism Parent Support Group');
    expect(shown.textContent).not.to.include('This service has no address');
    const address = shown.querySelector('address')!.textContent!.replace(/\s+/g, ' ');
    expect(address).to.include('1 Cathedral Walk');
    expect(address).to.include('S1 2HE');
    expect(shown.textContent).to.match(/Wednesday[^]*10(:00|am)[^]*12(:00|pm)/);
    const tels = [...shown.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tels).to.include.members(['tel:01144960901', 'tel:07700900123']);
    const terms = [...shown.querySelectorAll('.terms li')].map((li) => li.textContent!.trim());
    expect(terms).to.include.members(['Autism', 'Parenting support']);
    expect(shown.textContent).to.include('Hearing loop');
    await expect(finder).to.be.accessible();
  });

  it('shows an address masked to its outward code', async () => {
    const finder = await mountFinder('outpost');
    const shown = await openDetail(finder, 'Boccia');
    expect(shown.querySelector('address')!.textContent).to.include('S8');
  });
});
