// A whole journey with the keyboard alone, against the sample API: search, filter, open a
// service, come back, and leave the finder (no trap), with focus visible at every stop.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { withFrontPage } from '../support/front-page.js';
import { cardNames, mountFinder, results, settled } from './helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focus is plainly visible: a solid outline at least 2px wide, or a focus shadow (the GOV.UK-style link focus), not just the browser's thin ring. */
function focusVisible(el: Element): boolean {
  const style = getComputedStyle(el);
  return (style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
}

/** Every element Tab stopped on without a visible focus indicator. */
const unseen: string[] = [];

/** Press Tab (or Shift+Tab) until focus is on what `wanted` accepts. */
async function tabTo(wanted: (el: Element) => boolean, what: string, back = false): Promise<Element> {
  for (let i = 0; i < 300; i += 1) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    const active = deepActive();
    if (active && active !== document.body && !active.matches('#before, #after') && !focusVisible(active)) {
      unseen.push(active.outerHTML.slice(0, 80));
    }
    if (active && wanted(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('a keyboard-only journey through the finder', () => {
  // Keys and focus rings need the focused tab: hold it, so that no other test brings its own page to the front meanwhile.
  it('searches, filters, opens a service, comes back and leaves', function () {
    this.timeout(40_000); // about a hundred key presses, each a round trip to the browser
    return withFrontPage(journey);
  });

  it('skips to the results from the first Tab, past the search and the filters', function () {
    return withFrontPage(skipToResults);
  });
});

async function journey(): Promise<void> {
  // Buttons before and after, to Tab in from and out to. (Built by hand: open-wc's fixture
  // waits a frame for a plain element, and a test page beside another gets no frames.)
  const before = Object.assign(document.createElement('button'), { id: 'before', textContent: 'Before' });
  const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'After' });
  const finder = await mountFinder('v3', { map: 'false' });
  finder.style.width = '1000px';
  finder.before(before);
  finder.after(after);
  before.focus();

  const field = await tabTo((el) => el.id === 'q', 'the search field');
  expect(field.tagName).to.equal('INPUT');
  await sendKeys({ type: 'short breaks' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => cardNames(finder).some((n) => /short break/i.test(n)), 'no short breaks found', { timeout: 5000 });
  await settled(finder);
  const found = cardNames(finder);

  const box = (await tabTo((el) => el instanceof HTMLInputElement && el.type === 'checkbox', 'a need filter')) as HTMLInputElement;
  await sendKeys({ press: 'Space' });
  expect(box.checked).to.equal(true);
  await waitUntil(() => results(finder).querySelectorAll('.chip').length === 2, 'the need did not become a chip', { timeout: 5000 });
  await settled(finder);
  await sendKeys({ press: 'Space' });
  await waitUntil(() => results(finder).querySelectorAll('.chip').length === 1, 'the need was not cleared', { timeout: 5000 });
  await settled(finder);
  expect(cardNames(finder)).to.deep.equal(found);

  const link = await tabTo((el) => el.matches('li.card h3 a'), 'a result');
  const name = link.textContent!.trim();
  await sendKeys({ press: 'Enter' });
  const detail = () => finder.shadowRoot!.querySelector('signpost-service')?.shadowRoot;
  await waitUntil(() => detail()?.querySelector('h2')?.textContent === name, 'the detail did not open', { timeout: 5000 });
  await waitUntil(() => deepActive() === detail()!.querySelector('h2'), 'focus did not move to the detail');

  await tabTo((el) => el.matches('button.back'), 'Back to results', true);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepActive()?.textContent?.trim() === name, 'focus did not return to the card');

  await tabTo((el) => el.id === 'after', 'the page after the finder');
  expect(unseen, 'focus visible at every stop').to.deep.equal([]);
}

async function skipToResults(): Promise<void> {
  const before = Object.assign(document.createElement('button'), { id: 'before', textContent: 'Before' });
  const finder = await mountFinder('v3', { map: 'false' });
  finder.style.width = '1000px';
  finder.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  const skip = deepActive() as HTMLAnchorElement;
  expect(skip.textContent!.trim()).to.equal('Skip to results');
  // out of sight until then, plain to see once focused
  expect(skip.getBoundingClientRect().width).to.be.greaterThan(50);
  expect(focusVisible(skip)).to.equal(true);
  await sendKeys({ press: 'Enter' });
  const heading = results(finder).querySelector('#results-heading')!;
  await waitUntil(() => deepActive() === heading, 'focus did not move to the results');
  // the results are a landmark named for their heading
  const region = heading.closest('section')!;
  expect(region.getAttribute('aria-labelledby')).to.equal('results-heading');
  expect(heading.textContent).to.equal('Results');
  // and the next Tab is in the results (perhaps in an element of theirs, such as saved searches)
  await sendKeys({ press: 'Tab' });
  let within: Node | null = deepActive();
  while (within && within.getRootNode() !== results(finder)) within = (within.getRootNode() as ShadowRoot).host ?? null;
  expect(within, 'the next stop is in the results').to.not.equal(null);
  before.remove();
}
