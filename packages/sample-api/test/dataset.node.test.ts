import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { createSampleApi, generateDataset } from '../src/index.js';
import { repoRoot, tempFeedbackFile } from './helpers.js';

describe('bundled dataset', () => {
  const data = generateDataset();

  it('is deterministic and reasonably sized', () => {
    const again = JSON.stringify(generateDataset());
    assert.equal(again, JSON.stringify(data));
    assert.ok(again.length < 1.5 * 1024 * 1024, `${again.length} bytes`);
  });

  it('has at least 300 services with unique ids and names across Sheffield', () => {
    assert.ok(data.services.length >= 300);
    assert.equal(new Set(data.services.map((s) => s.id)).size, data.services.length);
    assert.equal(new Set(data.services.map((s) => s.name)).size, data.services.length);
    for (const l of data.locations) {
      if (l.latitude === undefined || l.longitude === undefined) continue;
      assert.ok(l.latitude > 53.3 && l.latitude < 53.52 && l.longitude > -1.65 && l.longitude < -1.3, l.name);
    }
    const districts = new Set(data.locations.map((l) => l.address.postal_code.split(' ')[0]));
    for (const d of ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'S17', 'S20', 'S35', 'S36']) {
      assert.ok(districts.has(d), d);
    }
  });

  it('covers what Local Offers and family hubs list', () => {
    const names = data.services.map((s) => s.name).join('\n');
    for (const pattern of [/SENDIASS/, /Short Breaks/, /Parent Carer Forum/, /Speech and Language/, /Vision Impairment|Hearing Support/, /Family Hub/, /Children's Centre/, /Nursery|Childminder/, /Youth Club/, /Supported Internship/, /Apprenticeship/, /College|Foundation Learning/, /Counselling|Wellbeing/, /Befriending/, /Lunch Club/, /Money Advice/, /Food Bank/, /Disabled Children|Wheelchair|Boccia/]) {
      assert.match(names, pattern);
    }
  });

  it('has realistic variety', () => {
    const s = data.services;
    assert.ok(s.filter((x) => x.minimumAge === undefined && x.maximumAge === undefined).length >= 20, 'no ages');
    assert.ok(s.filter((x) => x.minimumAge !== undefined && x.maximumAge === undefined).length >= 20, 'open-ended');
    assert.ok(s.filter((x) => x.costOptions.some((c) => c.amount === 0)).length >= 100, 'free');
    assert.ok(s.filter((x) => x.costOptions.some((c) => (c.amount ?? 0) > 0)).length >= 60, 'paid');
    for (const access of ['drop-in', 'appointment', 'referral', 'membership'] as const) {
      assert.ok(s.some((x) => x.attendingAccess === access), access);
    }
    assert.ok(s.filter((x) => x.locations.length > 1).length >= 5, 'several places');
    assert.ok(s.filter((x) => x.locations.length === 0).length >= 10, 'online or phone only');
    const languages = new Set(s.flatMap((x) => x.languages.map((l) => l.name)));
    for (const l of ['English', 'Welsh', 'Urdu', 'Arabic', 'Polish', 'Somali', 'British Sign Language']) assert.ok(languages.has(l), l);
    const days = new Set(s.flatMap((x) => x.schedules.flatMap((sc) => sc.byday)));
    assert.equal(days.size, 7);
    assert.ok(data.locations.filter((l) => l.accessibility.length > 0).length >= 50);
    assert.ok(s.filter((x) => x.assuredDate < '2025-11-01').length >= 40, 'assured over a year ago');
    assert.ok(s.filter((x) => x.assuredDate > '2026-01-01').length >= 100, 'recently assured');
    assert.ok(s.every((x) => x.assuredDate >= '2024-01-01' && x.assuredDate <= '2026-11-01'));
    assert.ok(s.filter((x) => /<p[ >]/.test(x.description) && /&nbsp;|<ul>/.test(x.description)).length >= 1, 'HTML');
    assert.ok(s.filter((x) => /\*\*|^#+ /m.test(x.description)).length >= 2, 'Markdown');
    assert.ok(s.filter((x) => x.status === 'temporarily closed').length >= 1);
    const phones = s.flatMap((x) => x.contacts.flatMap((c) => c.phones.map((p) => p.number)));
    assert.ok(phones.length >= 300 && phones.every((p) => /^0114 496 0\d{3}$/.test(p)));
    assert.ok(s.filter((x) => x.email).every((x) => x.email?.endsWith('@example.org')));
    assert.ok(s.filter((x) => x.assurerEmail).length >= 150);
    assert.ok(data.locations.some((l) => l.latitude === undefined), 'a place without coordinates');
  });

  it('has four vocabularies, including the four SEND areas of need', () => {
    assert.deepEqual(data.taxonomies.map((t) => t.vocabulary), ['esdServiceTypes', 'esdNeeds', 'esdCircumstances', 'sendNeeds']);
    const roots = data.terms.filter((t) => t.vocabulary === 'sendNeeds' && !t.parent).map((t) => t.name);
    assert.deepEqual(roots, ['Communication and interaction', 'Cognition and learning', 'Social, emotional and mental health', 'Sensory and/or physical needs']);
    assert.ok(data.terms.every((t) => t.id === `${t.vocabulary}:${t.code}`));
    const used = new Set(data.services.flatMap((s) => s.termIds));
    assert.ok(data.terms.filter((t) => t.parent).every((t) => used.has(t.id)), 'every leaf term is used');
  });
});

describe('data option', () => {
  it('takes a dataset object or a JSON file path, and rejects a malformed one', async () => {
    const small = generateDataset({ services: 12, seed: 5 });
    const file = join(dirname(tempFeedbackFile()), 'dataset.json');
    writeFileSync(file, JSON.stringify(small));
    const fromFile = createSampleApi({ data: file, feedbackFile: tempFeedbackFile(), basePath: '/x' });
    const { url } = await fromFile.listen(0);
    try {
      const page = await (await fetch(`${url}/v1/services`)).json();
      assert.equal(page.totalElements, 12);
      assert.equal((await fetch(`${url}//v3//services`)).status, 200, 'doubled slashes stay paths');
    } finally {
      await fromFile.close();
    }
    assert.equal(createSampleApi({ data: small, feedbackFile: tempFeedbackFile() }).dataset.services.length, 12);
    assert.throws(() => createSampleApi({ data: { ...small, services: undefined } as never }), /no "services" list/);
    const broken = { ...small, services: [{ ...small.services[0], termIds: ['nope:1'] }] };
    assert.throws(() => createSampleApi({ data: broken as never }), /unknown term/);
  });
});

describe('generator for large datasets', () => {
  it('builds exactly N services, deterministically per seed', () => {
    const a = generateDataset({ services: 1500, seed: 3 });
    assert.equal(a.services.length, 1500);
    assert.equal(new Set(a.services.map((s) => s.id)).size, 1500);
    assert.equal(JSON.stringify(generateDataset({ services: 1500, seed: 3 })), JSON.stringify(a));
    const b = generateDataset({ services: 1500, seed: 4 });
    assert.notEqual(JSON.stringify(b.services.slice(400)), JSON.stringify(a.services.slice(400)));
    const small = generateDataset({ services: 40, seed: 1 });
    assert.equal(small.services.length, 40);
    assert.ok(small.locations.length < generateDataset().locations.length);
    assert.throws(() => generateDataset({ services: -1 }), RangeError);
  });

  it('serves 10,000 services', async () => {
    const api = createSampleApi({ services: 10_000, seed: 1, feedbackFile: tempFeedbackFile() });
    const { url } = await api.listen(0);
    try {
      const page = await (await fetch(`${url}/v3/services?per_page=1&page=10000`)).json();
      assert.equal(page.total_items, 10_000);
      assert.equal(page.contents.length, 1);
      const search = await (await fetch(`${url}/v1/services?text=youth%20club&postcode=S1%202HE&proximity=3000`)).json();
      assert.ok(search.totalElements > 0);
    } finally {
      await api.close();
    }
  });

  it('the CLI serves --services N --seed S on --port', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/sample-api/src/cli.ts', '--port', '0', '--services', '25', '--seed', '2', '--feedback-file', tempFeedbackFile()], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      while (!/v3\s+(\S+)/.test(output)) {
        const [chunk] = (await once(child.stdout, 'data')) as [string];
        output += chunk;
      }
      const url = /v3\s+(\S+)/.exec(output)?.[1] ?? '';
      const body = await (await fetch(url)).json();
      assert.equal(body.total_items, 25);
    } finally {
      child.kill();
    }
  });
});
