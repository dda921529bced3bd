import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backTo, currentEntry, freshHistory } from '../support/history.js';
import { DIALECTS, apiRequests, cardDistances, cardNames, countText, mountFinder, part, results, settled } from './helpers.js';

for (const dialect of DIALECTS) {
  describe(`finder journeys over ORUK ${dialect}`, () => {
    it('lists services straight away, with a count', async () => {
      const finder = await mountFinder(dialect);
      expect(cardNames(finder).length).to.equal(10);
      expect(countText(finder)).to.match(/^\d+ services found\. Page 1 of \d+$/);
    });

    it('searches by words, once per settled search', async () => {
      const finder = await mountFinder(dialect);
      const before = apiRequests(`/api/${dialect}/services?`).length;
      const input = part<HTMLInputElement>(finder, ['signpost-search', '#q']);
      input.focus();
      await sendKeys({ type: 'football' });
      await waitUntil(() => /football/i.test(cardNames(finder).join(' ')), 'no football results', { timeout: 5000 });
      await settled(finder);
      const after = apiRequests(`/api/${dialect}/services?`).filter((u) => u.includes('football'));
      expect(after.length, 'one request for the settled words').to.equal(1);
      expect(apiRequests(`/api/${dialect}/services?`).length - before).to.equal(1);
      for (const name of cardNames(finder)) expect(name.length).to.be.greaterThan(0);
    });

    it('searches near a postcode, showing distance and nearest first', async () => {
      const finder = await mountFinder(dialect);
      const pc = part<HTMLInputElement>(finder, ['signpost-search', '#postcode']);
      pc.value = 's1 2he';
      pc.dispatchEvent(new Event('input'));
      part<HTMLButtonElement>(finder, ['signpost-search', 'button[type="submit"]']).click();
      await waitUntil(() => results(finder).querySelector('.chip')?.textContent?.includes('S1 2HE'), 'no place chip', { timeout: 5000 });
      await waitUntil(() => /miles? away/.test(results(finder).querySelector('li.card')?.textContent ?? ''), 'no distances', { timeout: 5000 });
      const distances = cardDistances(finder);
      expect(distances.length).to.be.greaterThan(0);
      expect(Math.max(...distances)).to.be.at.most(3.5);
      expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    });

    it('narrows by need and age, and clears them with chips', async () => {
      const finder = await mountFinder(dialect);
      const total = Number(/^(\d+)/.exec(countText(finder))![1]);
      const filters = part(finder, ['signpost-filters']).shadowRoot!;
      const need = filters.querySelector<HTMLInputElement>('fieldset.group input[type="checkbox"]')!;
      need.click();
      await settled(finder);
      await waitUntil(() => Number(/^(\d+)|^No/.exec(countText(finder))?.[1] ?? 0) < total, 'need did not narrow', { timeout: 5000 });
      const age = [...filters.querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === '0 to 4')!;
      age.querySelector('input')!.click();
      await settled(finder);
      expect(apiRequests(`/api/${dialect}/services?`).some((u) => u.includes('maximum_age=4') && u.includes('minimum_age=0'))).to.equal(true);
      const chips = [...results(finder).querySelectorAll('.chip span:first-child')].map((s) => s.textContent);
      expect(chips).to.have.length(2);
      expect(chips[1]).to.equal('Ages 0 to 4');
      [...results(finder).querySelectorAll('button')].find((b) => b.textContent!.includes('Clear all'))!.click();
      await settled(finder);
      await waitUntil(() => countText(finder).startsWith(`${total} `), 'clear all did not restore', { timeout: 5000 });
    });

    it('opens a detail, then goes Back to the same place with focus on the card', async () => {
      await freshHistory();
      const finder = await mountFinder(dialect, { 'sync-url': `e2e${dialect}` });
      const link = results(finder).querySelectorAll<HTMLAnchorElement>('li.card h3 a')[2]!;
      const name = link.textContent!.trim();
      const id = link.dataset.service!;
      const selections: (string | undefined)[] = [];
      finder.addEventListener('signpost-select', (e) => selections.push(e.detail.serviceId));
      const list = currentEntry();
      setTimeout(() => link.click());
      const selected = await oneEvent(finder, 'signpost-select');
      expect(selected.detail.serviceId).to.equal(id);
      const service = () => finder.shadowRoot!.querySelector('signpost-service')?.shadowRoot;
      await waitUntil(() => service()?.querySelector('h2')?.textContent === name, 'detail did not open', { timeout: 5000 });
      expect(service()!.activeElement).to.equal(service()!.querySelector('h2'));
      // focus is there for screen readers; the heading is not a control and wears no focus ring
      const headingStyle = getComputedStyle(service()!.querySelector('h2')!);
      expect([headingStyle.outlineStyle, headingStyle.boxShadow]).to.deep.equal(['none', 'none']);
      // this listing's description is Markdown: rendered (by the renderer fetched for it) and sanitised
      await waitUntil(() => service()!.querySelector('.description strong'), 'description not shown', { timeout: 5000 });
      expect(service()!.querySelector('.description strong')?.textContent).to.equal('Evening online group');
      expect(service()!.querySelectorAll('.description li').length).to.be.greaterThan(1);
      expect(new URL(location.href).searchParams.get(`e2e${dialect}-service`)).to.equal(id);
      await backTo(list);
      await waitUntil(() => !finder.shadowRoot!.querySelector('signpost-service'), 'Back did not close the detail', { timeout: 5000 });
      await waitUntil(() => results(finder).activeElement?.textContent?.trim() === name, 'focus not restored', { timeout: 5000 });
      // The host hears each opening and closing once, whether it came from a click or from Back.
      expect(selections).to.deep.equal([id, undefined]);
    });

    it('switches to Welsh', async () => {
      const finder = await mountFinder(dialect);
      finder.setAttribute('lang', 'cy');
      await waitUntil(() => results(finder).querySelector('h2')?.textContent === 'Canlyniadau', 'not Welsh', { timeout: 3000 });
      expect(countText(finder)).to.match(/gwasanaeth wedi’u canfod/);
      expect(part(finder, ['signpost-search']).shadowRoot!.querySelector('label')!.textContent).to.equal('Beth ydych chi’n chwilio amdano?');
    });

    it('speaks the page’s language when given none of its own', async () => {
      const pageLang = document.documentElement.lang;
      document.documentElement.lang = 'cy';
      try {
        const finder = await mountFinder(dialect);
        expect(results(finder).querySelector('h2')?.textContent).to.equal('Canlyniadau');
        expect(finder.hasAttribute('lang'), 'the page’s language is not written onto the element').to.equal(false);
        finder.setAttribute('lang', 'en'); // its own lang wins
        await waitUntil(() => results(finder).querySelector('h2')?.textContent === 'Results', 'own lang ignored', { timeout: 3000 });
      } finally {
        document.documentElement.lang = pageLang;
      }
    });

    it('passes axe with results showing', async () => {
      const finder = await mountFinder(dialect);
      await expect(finder).to.be.accessible();
    });
  });
}

describe('finder with a failing or unsuitable feed', () => {
  it('says clearly when the endpoint is not ORUK, offering no retry that cannot help', async () => {
    const finder = await mountFinder('nowhere');
    const alert = results(finder).querySelector('[role="alert"]')!;
    expect(alert.querySelector('.error-text')!.textContent).to.match(/does not lead to a directory|answered with an error/);
    expect(alert.querySelector('button')).to.equal(null);
  });

  it('fixes filters the host set, and does not offer them as removable', async () => {
    const finder = await mountFinder('v3', { 'fixed-ages': '16-25' });
    await settled(finder);
    const filters = part(finder, ['signpost-filters']).shadowRoot!;
    expect([...filters.querySelectorAll('legend')].map((l) => l.textContent)).not.to.include('Age');
    expect(apiRequests('/api/v3/services?').some((u) => u.includes('minimum_age=16') && u.includes('maximum_age=25'))).to.equal(true);
  });
});

describe('a finder on a page with fixed ages, over ORUK v1', () => {
  it('finds the dialect without asking the v1 API for a root it does not have (no 404 in the console)', async () => {
    await mountFinder('v1');
    expect(apiRequests('/api/v1/services?').length).to.be.greaterThan(0);
    expect(performance.getEntriesByType('resource').filter((e) => /\/api\/v1\/?$/.test(e.name))).to.deep.equal([]);
  });

  it('asks for the fixed ages, and lists services for them before those that only touch them ("19 and over" on a 0 to 19 page)', async () => {
    const finder = await mountFinder('v1', { 'fixed-ages': '0-19' });
    expect(apiRequests('/api/v1/services?').some((u) => u.includes('minimum_age=0') && u.includes('maximum_age=19'))).to.equal(true);
    const ages = [...results(finder).querySelectorAll('li.card')].map((card) =>
      [...card.querySelectorAll('.fact')].find((f) => f.querySelector('dt')!.textContent === 'Age')!.querySelector('dd')!.textContent!.trim(),
    );
    expect(ages.length).to.equal(10);
    expect(ages, 'an adult service was on the first page to test with').to.include('19 and over');
    const firstAdult = ages.indexOf('19 and over');
    expect(ages.slice(firstAdult).every((a) => a === '19 and over'), ages.join(' | ')).to.equal(true);
    expect(ages[0]).to.not.equal('19 and over');
  });
});

describe('finder events and host overrides', () => {
  it('tells the host about searches without the words or postcode typed', async () => {
    const finder = await mountFinder('v3');
    const seen: Array<Record<string, unknown>> = [];
    finder.addEventListener('signpost-search', (e) => seen.push(e.detail as unknown as Record<string, unknown>));
    const pc = part<HTMLInputElement>(finder, ['signpost-search', '#postcode']);
    pc.value = 'S1 2HE';
    pc.dispatchEvent(new Event('input'));
    part<HTMLInputElement>(finder, ['signpost-search', '#q']).value = 'football';
    part<HTMLInputElement>(finder, ['signpost-search', '#q']).dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(finder, ['signpost-search', 'button[type="submit"]']).click();
    await waitUntil(() => seen.length > 0, 'no signpost-search event', { timeout: 5000 });
    const detail = seen[seen.length - 1]!;
    expect(detail.usedText).to.equal(true);
    expect(detail.usedPlace).to.equal(true);
    expect(detail.radiusMiles).to.equal(3);
    expect(JSON.stringify(detail)).not.to.match(/football|S1 2HE|S1/i);
  });

  it('takes the host’s own wording', async () => {
    const finder = await mountFinder('v3');
    finder.strings = { resultsHeading: 'Clubs and groups' };
    await waitUntil(() => results(finder).querySelector('h2')?.textContent === 'Clubs and groups', 'override not shown', { timeout: 3000 });
  });
});
