// A parent of a 14-year-old autistic child, looking for Saturday activities near home, on a
// 320 or 375 px phone (by touch) and on a desktop: postcode, Saturday, autism, ages 11 to 15;
// saves two services; comes back later (a new page: the list is still there); shares the
// list, and the link opened in a fresh browser context (another device) shows the same two.
// Nothing scrolls sideways on the way, and every new state passes axe.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { sidewaysOverflow } from '../support/reflow.js';
import { withFrontPage } from '../support/front-page.js';
import { cardNames, countText, mountFinder, part, results, settled } from './helpers.js';
import type { SignpostFinder } from '../../packages/elements/src/finder/finder.js';
import { shortlistFor } from '../../packages/elements/src/shared/shortlist.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A finger taps the middle of the element. */
async function tap(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  // let the scroll settle before the finger comes down
  await new Promise((r) => setTimeout(r, 50));
  const box = el.getBoundingClientRect();
  await executeServerCommand('tap', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) });
}

const filtersRoot = (finder: HTMLElement) => part(finder, ['signpost-filters']).shadowRoot!;
const fold = (finder: HTMLElement, name: string) => [...filtersRoot(finder).querySelectorAll<HTMLButtonElement>('button.fold')].find((b) => b.textContent!.includes(name))!;
const choice = (finder: HTMLElement, name: string) => [...filtersRoot(finder).querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === name)!.querySelector('input')!;
const saveOf = (finder: HTMLElement, name: string) =>
  [...results(finder).querySelectorAll('li.card')].find((c) => c.querySelector('h3')!.textContent!.trim() === name)!.querySelector<HTMLButtonElement>('button.save')!;

/** The finder and its dialog, and the page: nothing scrolls sideways. */
function expectReflow(finder: HTMLElement, when: string): void {
  expect(sidewaysOverflow(finder), when).to.deep.equal([]);
}

async function searchNear(finder: SignpostFinder, postcode: string): Promise<void> {
  const input = part<HTMLInputElement>(finder, ['signpost-search', '#postcode']);
  input.focus();
  await sendKeys({ type: postcode });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => results(finder).querySelector('.chip')?.textContent?.includes('S1 2HE'), 'no place chip', { timeout: 8000 });
  await settled(finder);
}

/** Saturday, autism, ages 11 to 15: on a phone in the filters dialog, by touch; on a desktop in the sidebar. */
async function chooseFilters(finder: SignpostFinder, phone: boolean): Promise<void> {
  if (phone) {
    await tap(filtersRoot(finder).querySelector('.toggle')!);
    await waitUntil(() => filtersRoot(finder).querySelector('dialog')?.open, 'the filters did not open', { timeout: 5000 });
    expectReflow(finder, 'the filters dialog');
    await expect(part(finder, ['signpost-filters'])).to.be.accessible();
    await tap(fold(finder, 'Day'));
    await waitUntil(() => fold(finder, 'Day').getAttribute('aria-expanded') === 'true', 'Day did not open');
  }
  const day = filtersRoot(finder).querySelector<HTMLSelectElement>('#day')!;
  day.value = 'SA'; // a native menu is the system's: choosing in it changes the value
  day.dispatchEvent(new Event('change'));
  await settled(finder);
  if (phone) await tap(fold(finder, 'SEND areas of need'));
  await waitUntil(() => choice(finder, 'Autism')?.checkVisibility(), 'no Autism choice');
  if (phone) await tap(choice(finder, 'Autism').closest('label')!);
  else choice(finder, 'Autism').click();
  await settled(finder);
  if (phone) await tap(fold(finder, 'Age'));
  await waitUntil(() => choice(finder, '11 to 15')?.checkVisibility(), 'no ages choice');
  if (phone) await tap(choice(finder, '11 to 15').closest('label')!);
  else choice(finder, '11 to 15').click();
  await settled(finder);
  if (phone) {
    expect(filtersRoot(finder).querySelector('.toggle')!.textContent!.trim()).to.equal('Filters (3 on)');
    const show = filtersRoot(finder).querySelector<HTMLButtonElement>('.show-results')!;
    await waitUntil(() => show.textContent!.trim() === 'Show 1 result', `the button says "${show.textContent!.trim()}"`, { timeout: 5000 });
    // sticky at the foot of the screen, whatever was scrolled
    expect(Math.round(show.getBoundingClientRect().bottom)).to.be.at.most(window.innerHeight);
    await tap(show);
    await waitUntil(() => !filtersRoot(finder).querySelector('dialog')!.open, 'the dialog did not close');
    await waitUntil(() => deepActive() === results(finder).querySelector('.count'), 'focus did not move to the count of results');
  }
}

/** The journey at one width: by touch on a phone, by pointer on a desktop. */
async function journey(width: number, phone: boolean): Promise<void> {
  const sync = `j${width}`;
  const finder = await mountFinder('v3', { 'sync-url': sync });
  const list = shortlistFor(new URL('/api/v3', location.href).href);
  list.clear();
  expectReflow(finder, 'the first results');

  await searchNear(finder, 'S1 2HE');
  await chooseFilters(finder, phone);
  expect(cardNames(finder)).to.deep.equal(['Autism Family Support Group, Darnall']);
  expect(countText(finder)).to.equal('1 service found');
  // its Saturday times first
  expect(results(finder).querySelector('li.card')!.textContent!.replace(/\s+/g, ' ')).to.match(/When ?Saturday/);
  expectReflow(finder, 'the filtered results');

  const first = 'Autism Family Support Group, Darnall';
  if (phone) await tap(saveOf(finder, first));
  else saveOf(finder, first).click();
  await waitUntil(() => saveOf(finder, first).getAttribute('aria-pressed') === 'true', 'not saved');

  // wider: without the autism filter, and saves one more
  const autism = [...results(finder).querySelectorAll<HTMLButtonElement>('.chip')].find((c) => c.textContent!.includes('Autism'))!;
  if (phone) await tap(autism);
  else autism.click();
  await waitUntil(() => cardNames(finder).length > 1, 'more results did not come', { timeout: 8000 });
  await settled(finder);
  const second = cardNames(finder).find((n) => n !== first)!;
  if (phone) await tap(saveOf(finder, second));
  else saveOf(finder, second).click();
  await waitUntil(() => results(finder).querySelector('.my-list')?.textContent?.trim() === 'My list (2)', 'the list does not count two');
  await expect(finder).to.be.accessible();

  // My list, in full words; its link copied
  const myList = results(finder).querySelector<HTMLButtonElement>('.my-list')!;
  if (phone) await tap(myList);
  else myList.click();
  const view = () => finder.shadowRoot!.querySelector('signpost-shortlist')?.shadowRoot;
  await waitUntil(() => view()?.querySelector('.entries[aria-busy="false"]'), 'the list did not open', { timeout: 8000 });
  expect([...view()!.querySelectorAll('.entry h3')].map((h) => h.textContent!.trim())).to.deep.equal([first, second]);
  expect(new URL(location.href).searchParams.get(`${sync}-list`)).to.equal('1');
  expectReflow(finder, 'my list');
  await expect(finder).to.be.accessible();
  let link = '';
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => ((link = t), Promise.resolve()) }, configurable: true });
  try {
    view()!.querySelector<HTMLButtonElement>('.actions .share')!.click();
    await waitUntil(() => link, 'no link copied');
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
  const ids = new URL(link).searchParams.get(`${sync}-saved`)!;
  expect(ids.split(',')).to.have.length(2);

  // later, on this device: a new page shows the same list
  const again = (await executeServerCommand('open-page', { path: `/test/fixtures/finder-page.html?sync=${sync}&${sync}-list=1` })) as { names: string[] };
  expect(again.names).to.deep.equal([first, second]);
  // another device: a fresh browser context, nothing stored, opens the shared link
  const elsewhere = (await executeServerCommand('open-page', { path: `/test/fixtures/finder-page.html?sync=${sync}&${sync}-saved=${ids}`, fresh: true })) as {
    names: string[];
    storage: string[];
  };
  expect(elsewhere.names).to.deep.equal([first, second]);
  expect(elsewhere.storage.filter((k) => k.startsWith('signpost-shortlist:'))).to.deep.equal([]);

  // back from the list, to the button that opened it
  view()!.querySelector<HTMLButtonElement>('.back')!.click();
  await waitUntil(() => deepActive() === results(finder).querySelector('.my-list'), 'focus did not return to My list');
  list.clear();
}

for (const width of [320, 375, 1280]) {
  describe(`the parent’s journey at ${width}px`, () => {
    const phone = width < 600;
    before(async () => {
      await setViewport({ width, height: 740 });
      if (phone) await executeServerCommand('touch-screen', { on: true });
    });
    after(async () => {
      if (phone) await executeServerCommand('touch-screen', { on: false });
      await setViewport({ width: 800, height: 600 });
    });

    // Touch, and pages opened beside this one, need the visible tab (a background tab draws no frames): hold it throughout.
    it('searches near home, filters, saves two services, finds them again later and shares them', function () {
      this.timeout(120_000);
      return withFrontPage(() => journey(width, phone));
    });
  });
}


describe('the filters dialog by keyboard, on a phone', () => {
  before(() => setViewport({ width: 375, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('opens from the Filters button, folds and unfolds groups, chooses, and "Show N results" lands on the count', function () {
    this.timeout(40_000);
    return withFrontPage(filtersByKeyboard);
  });
});

/** The filters dialog by keyboard alone (keys and focus need the visible tab). */
async function filtersByKeyboard(): Promise<void> {
  const finder = await mountFinder('v3', { map: 'false' });
  const toggle = filtersRoot(finder).querySelector<HTMLButtonElement>('.toggle')!;
  toggle.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => filtersRoot(finder).querySelector('dialog')?.open, 'the dialog did not open');
  expect(deepActive()).to.equal(filtersRoot(finder).querySelector('#filters-heading'));
  // Tab to the Cost group, open it, tick Free only
  for (let i = 0; i < 40 && deepActive() !== fold(finder, 'Cost'); i += 1) await sendKeys({ press: 'Tab' });
  expect(deepActive()).to.equal(fold(finder, 'Cost'));
  await sendKeys({ press: 'Enter' });
  await sendKeys({ press: 'Tab' });
  expect(deepActive()).to.equal(choice(finder, 'Free only'));
  await sendKeys({ press: 'Space' });
  await waitUntil(() => /\(Free\)/.test(countText(finder)), 'not filtered', { timeout: 8000 });
  await settled(finder);
  // Tab stays in the dialog, and reaches "Show N results"
  const show = filtersRoot(finder).querySelector<HTMLButtonElement>('.show-results')!;
  for (let i = 0; i < 40 && deepActive() !== show; i += 1) {
    await sendKeys({ press: 'Tab' });
    expect(filtersRoot(finder).querySelector('dialog')!.contains(deepActive()), 'focus left the dialog').to.equal(true);
  }
  expect(show.textContent!.trim()).to.match(/^Show at least \d+ results$/);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepActive() === results(finder).querySelector('.count'), 'focus did not move to the count');
  expect(toggle.textContent!.trim()).to.equal('Filters (1 on)');
}
