// The guided start: "What do you need help with?" as tiles, then "How old?", setting the
// finder's needs and ages; the host's own topics (by term id or name) or defaults found in
// the directory's terms; English and Welsh.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import '../src/guided/define.js';
import type { Vocabulary } from '@signpost/core';
import { makeContext, type TestContextHost } from '../../../test/support/context-host.js';
import type { SignpostGuided } from '../src/guided/guided.js';
import { I18n } from '../src/shared/i18n.js';
import { defaultTopics, hostTopics } from '../src/guided/topics.js';

/** Vocabularies shaped like a council's: the LGA needs list, service types, and the SEND areas of need. */
const vocabularies: Vocabulary[] = [
  {
    id: 'esdServiceTypes',
    name: 'Service types',
    terms: [
      { id: 'st-120', name: 'SEND support' },
      { id: 'st-173', name: 'Food banks and food support' },
    ],
  },
  {
    id: 'esdNeeds',
    name: 'Needs',
    terms: [
      { id: 'n-6', name: 'Managing money' },
      { id: 'n-7', name: 'Having enough food' },
      { id: 'n-12', name: 'Having fun' },
      { id: 'n-11', name: 'Keeping active' },
    ],
  },
  { id: 'sendNeeds', name: 'SEND areas of need', terms: [{ id: 'ci-asd', name: 'Autism' }] },
];

async function mount(options: { step?: 'topics' | 'ages'; topics?: string; lang?: 'en' | 'cy'; fixedAges?: boolean; focus?: boolean } = {}) {
  const host = await fixture<TestContextHost>(
    html`<signpost-test-context
      ><signpost-guided step=${options.step ?? 'topics'} .topics=${options.topics ?? ''} .focusHeading=${options.focus ?? true}></signpost-guided
    ></signpost-test-context>`,
  );
  const ctx = { ...makeContext({ lang: options.lang ?? 'en' }), vocabularies };
  if (options.fixedAges) ctx.fixed = { ages: { min: 16, max: 25 } };
  host.context = ctx;
  const el = host.querySelector('signpost-guided') as SignpostGuided;
  await el.updateComplete;
  return { host, el, root: el.shadowRoot! };
}

const tiles = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('.tile')];
const label = (tile: Element) => tile.querySelector('.label')!.textContent!.trim();

describe('signpost-guided', () => {
  it('offers topics for the LGA needs list, found in the directory’s own terms, needs first', () => {
    const topics = defaultTopics(vocabularies, new I18n('en'));
    expect(topics.map((t) => [t.id, t.terms])).to.deep.equal([
      ['money', ['n-6']],
      ['food', ['n-7']],
      ['send', ['st-120']],
      ['activities', ['n-12', 'n-11']],
    ]);
  });

  it('takes the host’s topics, their terms by id or by name, their words by language', () => {
    const json = JSON.stringify([
      { label: { en: 'Autism', cy: 'Awtistiaeth' }, terms: ['Autism'], hint: 'Clubs and advice' },
      { id: 'play', label: 'Play', terms: ['n-12', 'not a term'] },
      { label: 'Nothing known', terms: ['nope'] },
      { terms: ['n-6'] },
    ]);
    expect(hostTopics(json, vocabularies, new I18n('cy'))).to.deep.equal([
      { id: 'topic-1', label: 'Awtistiaeth', hint: 'Clubs and advice', terms: ['ci-asd'] },
      { id: 'play', label: 'Play', hint: undefined, terms: ['n-12'] },
    ]);
    expect(hostTopics('not json', vocabularies, new I18n('en'))).to.deep.equal([]);
    expect(hostTopics('', vocabularies, new I18n('en'))).to.equal(undefined);
  });

  it('asks what would help, and a tile sets the needs, then asks the ages', async () => {
    const { host, root } = await mount();
    expect(root.querySelector('h2')!.textContent).to.equal('What do you need help with?');
    expect(root.activeElement).to.equal(root.querySelector('h2'));
    expect(tiles(root).map(label)).to.deep.equal(['Money, debt and benefits', 'Food', 'Special educational needs and disabilities', 'Things to do']);
    setTimeout(() => tiles(root)[3]!.click());
    const chosen = await oneEvent(host, 'signpost-state-change');
    expect(chosen.detail.patch).to.deep.equal({ terms: ['n-12', 'n-11'], ages: {}, topic: 'activities', start: 'ages' });
  });

  it('goes straight to the results where the host fixed the ages', async () => {
    const { host, root } = await mount({ fixedAges: true });
    setTimeout(() => tiles(root)[0]!.click());
    const chosen = await oneEvent(host, 'signpost-state-change');
    expect(chosen.detail.patch).to.deep.equal({ terms: ['n-6'], ages: {}, topic: 'money', start: undefined });
  });

  it('asks how old, and Back returns to the tiles', async () => {
    const { host, root } = await mount({ step: 'ages' });
    expect(root.querySelector('h2')!.textContent).to.equal('How old is the person who needs help?');
    expect(tiles(root).map(label)).to.deep.equal(['0 to 4', '5 to 10', '11 to 15', '16 to 25', 'Any age']);
    setTimeout(() => tiles(root)[2]!.click());
    const aged = await oneEvent(host, 'signpost-state-change');
    expect(aged.detail.patch).to.deep.equal({ ages: { min: 11, max: 15 }, start: undefined });
    setTimeout(() => root.querySelector<HTMLButtonElement>('.back')!.click());
    const back = await oneEvent(host, 'signpost-state-change');
    expect(back.detail.patch).to.deep.equal({ start: 'topics', topic: undefined, terms: [] });
  });

  it('takes no focus when the page first loads on it', async () => {
    const { root } = await mount({ focus: false });
    expect(root.activeElement).to.equal(null);
  });

  it('lets a person skip it and search everything', async () => {
    const { host, root } = await mount();
    setTimeout(() => root.querySelector<HTMLButtonElement>('.skip')!.click());
    const skipped = await oneEvent(host, 'signpost-state-change');
    expect(skipped.detail.patch).to.deep.equal({ start: undefined });
  });

  it('speaks Welsh and passes axe at both steps', async () => {
    const welsh = await mount({ lang: 'cy' });
    expect(welsh.root.querySelector('h2')!.textContent).to.equal('Gyda beth mae angen help arnoch chi?');
    expect(label(tiles(welsh.root)[0]!)).to.equal('Arian, dyled a budd-daliadau');
    await expect(welsh.host).to.be.accessible();
    const ages = await mount({ step: 'ages' });
    await expect(ages.host).to.be.accessible();
  });
});
