/**
 * Generated damage: hundreds of randomly broken and hostile responses, made from the
 * valid fixtures with a seeded PRNG (so a failure can be replayed), must all parse
 * without throwing (unless the envelope itself is gone: then not-ORUK, nothing else),
 * into a model that carries no script, no event-handler attribute and no unsafe link.
 * A service's description is the feed's own text by contract: it is checked as the
 * sanitiser turns it into HTML.
 */
import { expect } from '@open-wc/testing';
import {
  SignpostError,
  WEEKDAYS,
  v1Adapter,
  v3Adapter,
  type Diagnostic,
  type Page,
  type Service,
  type Taxonomy,
  type TaxonomyTerm,
} from '@signpost/core';
import { descriptionHtml } from '@signpost/core/sanitise';
import { mulberry32, mutate } from './fixtures/mutate.js';
import { messyV1Page, messyV3LocationsPage } from './fixtures/oruk-messy.js';
import { v1Page, v1Service, v1TaxonomiesPage, v1Vocabularies } from './fixtures/oruk-v1.js';
import { v3Examples } from './fixtures/v3-examples.js';

const SEED = 20240501;
const PER_TARGET = 50;

type Kind = 'services' | 'service' | 'vocabularies' | 'taxonomies' | 'terms';

interface Target {
  name: string;
  json: unknown;
  kind: Kind;
  /** The list key of the envelope, for paged answers. */
  list?: string;
  parse: (json: unknown) => unknown;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Whether the parser is allowed (and, for pages, required) to refuse this answer as not ORUK. */
function envelopeBroken(target: Target, json: unknown): boolean {
  const root = record(json);
  if (target.kind === 'vocabularies') return !Array.isArray(json) && !Array.isArray(root?.['content']);
  if (!root) return true;
  if (target.kind === 'service') {
    const original = record(target.json)!;
    return JSON.stringify(root['id']) !== JSON.stringify(original['id']) || JSON.stringify(root['name']) !== JSON.stringify(original['name']);
  }
  return !Array.isArray(root[target.list!]);
}

/** Break the envelope itself now and then: the parser must then say "not ORUK". */
function breakEnvelope(target: Target, json: unknown, rand: () => number): unknown {
  const root = record(json);
  const choice = Math.floor(rand() * 5);
  if (choice === 0 || !root) return ['not', 'an', 'envelope'];
  if (choice === 1) return 'Service Unavailable';
  if (choice === 2) return null;
  const key = target.list ?? 'id';
  const copy = { ...root };
  if (choice === 3) delete copy[key];
  else copy[key] = { 0: 'not a list' };
  return copy;
}

const UNSAFE_SCHEME = /^(javascript|data|vbscript):/i;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/g;
const ALLOWED_TAGS = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'STRONG', 'B', 'EM', 'I', 'A']);

function checkHtml(html: string, where: string, problems: string[]): void {
  if (/<[^>]*\son\w+\s*=/i.test(html)) problems.push(`${where}: event handler attribute in ${html}`);
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const el of template.content.querySelectorAll('*')) {
    if (!ALLOWED_TAGS.has(el.tagName)) problems.push(`${where}: <${el.tagName.toLowerCase()}> survived`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${where}: ${attr.name}= survived`);
      if (attr.name !== 'href' && attr.name !== 'rel') problems.push(`${where}: attribute ${attr.name} survived`);
      if (attr.name === 'href') {
        const href = attr.value.replace(CONTROL_OR_SPACE, '');
        if (UNSAFE_SCHEME.test(href) || !/^(https?:|mailto:|tel:)/i.test(href)) problems.push(`${where}: href ${attr.value}`);
      }
    }
  }
}

/** Walk the parsed value and collect every safety or shape problem. */
/** Services' descriptions met by problemsIn, to check once sanitised. */
const descriptions: string[] = [];

const isServiceDescription = (holder: unknown, key: string) => key === 'description' && typeof holder === 'object' && holder !== null && 'summary' in holder;

function problemsIn(result: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(result, function (this: unknown, key, value: unknown) {
    if (!isServiceDescription(this, key)) return value;
    descriptions.push(value as string);
    return undefined;
  });
  const script = /<script/i.exec(json);
  if (script) problems.push(`"<script" in the parsed result: …${json.slice(Math.max(0, script.index - 60), script.index + 30)}…`);
  const walk = (node: unknown, path: string, key: string) => {
    if (typeof node === 'string') {
      if (key.endsWith('Html')) checkHtml(node, path, problems);
      if (key === 'url' && !/^https?:\/\//.test(node)) problems.push(`${path}: url ${node}`);
      if ((key === 'url' || key === 'href') && UNSAFE_SCHEME.test(node.replace(CONTROL_OR_SPACE, ''))) problems.push(`${path}: unsafe link ${node}`);
      if (key === 'href' && !/^tel:\+?\d{3,15}$/.test(node)) problems.push(`${path}: phone href ${node}`);
      if ((key === 'email' || key === 'assurerEmail') && !/^[^\s@<>()"'`]+@[^\s@<>()"'`]+$/.test(node)) problems.push(`${path}: email ${node}`);
      return;
    }
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`, k);
  };
  walk(result, '$', '');
  return problems;
}

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const HH_MM = /^([01]\d|2[0-4]):[0-5]\d$/;

/** The model's promises: required fields present, values in range. */
function serviceProblems(s: Service, where: string): string[] {
  const p: string[] = [];
  if (!isText(s.id) || !isText(s.name)) p.push(`${where}: id/name`);
  for (const key of ['phones', 'costOptions', 'languages', 'locations', 'schedules', 'terms', 'contacts'] as const) {
    if (!Array.isArray(s[key])) p.push(`${where}: ${key} not a list`);
  }
  if (typeof s.description !== 'string' || typeof s.summary !== 'string') p.push(`${where}: description`);
  const { min, max } = s.ages;
  for (const n of [min, max]) if (n !== undefined && !(Number.isFinite(n) && n >= 0)) p.push(`${where}: age ${n}`);
  if (min !== undefined && max !== undefined && min > max) p.push(`${where}: ages ${min} > ${max}`);
  if (s.free !== undefined && typeof s.free !== 'boolean') p.push(`${where}: free`);
  for (const c of s.costOptions) if (c.amount !== undefined && !(Number.isFinite(c.amount) && c.amount >= 0)) p.push(`${where}: amount`);
  if (s.lastChecked !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.lastChecked)) p.push(`${where}: lastChecked`);
  for (const l of s.locations) {
    if (!isText(l.id)) p.push(`${where}: location id`);
    if (l.position && !(Math.abs(l.position.lat) <= 90 && Math.abs(l.position.lng) <= 180)) p.push(`${where}: position`);
  }
  for (const sc of s.schedules) {
    if (!sc.days.every((d) => WEEKDAYS.includes(d))) p.push(`${where}: days`);
    for (const t of [sc.opensAt, sc.closesAt]) if (t !== undefined && !HH_MM.test(t)) p.push(`${where}: time ${t}`);
  }
  for (const t of s.terms) if (!isText(t.id) || !isText(t.name)) p.push(`${where}: term`);
  return p;
}

function pageProblems(page: Page<unknown>): string[] {
  const p: string[] = [];
  if (!Array.isArray(page.items)) p.push('items not a list');
  if (!(Number.isInteger(page.page) && page.page >= 1)) p.push(`page ${page.page}`);
  if (!(Number.isInteger(page.totalPages) && page.totalPages >= page.page)) p.push(`totalPages ${page.totalPages}`);
  if (!(Number.isFinite(page.total) && page.total >= 0)) p.push(`total ${page.total}`);
  if (typeof page.isFirst !== 'boolean' || typeof page.isLast !== 'boolean') p.push('flags');
  return p;
}

function diagnosticsProblems(diagnostics: Diagnostic[]): string[] {
  return diagnostics.every((d) => typeof d.path === 'string' && typeof d.message === 'string' && d.message !== '') ? [] : ['diagnostic shape'];
}

/** Shape and safety problems of whatever a target's parser returned. */
function modelProblems(kind: Kind, result: unknown): string[] {
  const problems = problemsIn(result);
  if (kind === 'service') {
    const { value, diagnostics } = result as { value: Service; diagnostics: Diagnostic[] };
    return [...problems, ...serviceProblems(value, 'service'), ...diagnosticsProblems(diagnostics)];
  }
  if (kind === 'services') {
    const page = result as Page<Service> & { diagnostics: Diagnostic[] };
    const ids = page.items.map((s) => s.id);
    if (new Set(ids).size !== ids.length) problems.push('a service listed twice');
    return [...problems, ...pageProblems(page), ...page.items.flatMap((s, i) => serviceProblems(s, `items[${i}]`)), ...diagnosticsProblems(page.diagnostics)];
  }
  const { value, diagnostics } = result as { value: Page<Taxonomy | TaxonomyTerm>; diagnostics: Diagnostic[] };
  const bad = value.items.filter((t) => !isText(t.id) || !isText(t.name));
  return [...problems, ...pageProblems(value), ...(bad.length ? ['taxonomy without id or name'] : []), ...diagnosticsProblems(diagnostics)];
}

describe('oruk: generated damage (seeded mutation test)', function () {
  this.timeout(120_000);
  let targets: Target[] = [];

  before(async () => {
    const v3 = await v3Examples();
    const salFullPage = { ...(v3.service_at_location_list as object), contents: [v3.service_at_location_full] };
    targets = [
      { name: 'v1 service', json: v1Service, kind: 'service', parse: (j) => v1Adapter.parseService(j) },
      { name: 'v1 page', json: v1Page, kind: 'services', list: 'content', parse: (j) => v1Adapter.parseSearch(j, {}) },
      { name: 'v1 messy page', json: messyV1Page, kind: 'services', list: 'content', parse: (j) => v1Adapter.parseSearch(j, { page: 2 }) },
      { name: 'v1 vocabularies', json: v1Vocabularies, kind: 'vocabularies', parse: (j) => v1Adapter.parseTaxonomies(j) },
      { name: 'v1 taxonomies', json: v1TaxonomiesPage, kind: 'terms', list: 'content', parse: (j) => v1Adapter.parseTerms(j) },
      { name: 'v3 service_full', json: v3.service_full, kind: 'service', parse: (j) => v3Adapter.parseService(j) },
      { name: 'v3 service_list', json: v3.service_list, kind: 'services', list: 'contents', parse: (j) => v3Adapter.parseSearch(j, {}) },
      {
        name: 'v3 service_at_location_list',
        json: v3.service_at_location_list,
        kind: 'services',
        list: 'contents',
        parse: (j) => v3Adapter.parseSearch(j, { postcode: 'S1 2HE' }),
      },
      { name: 'v3 service_at_location_full page', json: salFullPage, kind: 'services', list: 'contents', parse: (j) => v3Adapter.parseSearch(j, {}) },
      { name: 'v3 messy locations page', json: messyV3LocationsPage, kind: 'services', list: 'contents', parse: (j) => v3Adapter.parseSearch(j, {}) },
      { name: 'v3 taxonomy_list', json: v3.taxonomy_list, kind: 'taxonomies', list: 'contents', parse: (j) => v3Adapter.parseTaxonomies(j) },
      { name: 'v3 taxonomy_term_list', json: v3.taxonomy_term_list, kind: 'terms', list: 'contents', parse: (j) => v3Adapter.parseTerms(j) },
    ];
  });

  it('the checker itself flags script, handlers and unsafe links', () => {
    const hostile = {
      items: [],
      descriptionHtml: '<p onclick="x()">a</p><img src=x onerror=alert(1)><a href="java&#9;script:alert(1)">b</a>',
      url: 'javascript:alert(1)',
      phones: [{ href: 'javascript:alert(1)' }],
      name: '<script>alert(1)</script>',
    };
    const found = problemsIn(hostile).join('\n');
    for (const expected of ['<script', 'event handler', 'onclick= survived', '<img> survived', 'href java', 'unsafe link', 'phone href']) {
      expect(found).to.contain(expected);
    }
  });

  it('the undamaged fixtures are clean to begin with', () => {
    for (const target of targets) expect(modelProblems(target.kind, target.parse(target.json)), target.name).to.deep.equal([]);
  });

  it(`${PER_TARGET} damaged copies of each fixture: no throw but not-ORUK, no script, no unsafe link`, async () => {
    const rand = mulberry32(SEED);
    const failures: string[] = [];
    let runs = 0;
    let refused = 0;
    for (const target of targets) {
      for (let i = 0; i < PER_TARGET; i += 1) {
        let json = mutate(target.json, rand);
        if (rand() < 0.08) json = breakEnvelope(target, json, rand);
        const label = `${target.name} #${i} (seed ${SEED})`;
        runs += 1;
        let result: unknown;
        try {
          result = target.parse(json);
        } catch (error) {
          if (!(error instanceof SignpostError) || error.kind !== 'not-oruk') failures.push(`${label}: threw ${String(error)}`);
          else if (!envelopeBroken(target, json)) failures.push(`${label}: refused an intact envelope: ${error.message}`);
          refused += 1;
          continue;
        }
        if (target.kind === 'service' ? !record(json) : envelopeBroken(target, json)) failures.push(`${label}: accepted a broken envelope`);
        for (const problem of modelProblems(target.kind, result)) failures.push(`${label}: ${problem}`);
      }
    }
    for (const [i, description] of descriptions.splice(0).entries()) checkHtml(await descriptionHtml(description), `description #${i}`, failures);
    expect(failures.slice(0, 20)).to.deep.equal([]);
    expect(runs).to.be.at.least(500);
    // Both outcomes were exercised.
    expect(refused).to.be.greaterThan(10);
    expect(runs - refused).to.be.greaterThan(400);
  });
});
