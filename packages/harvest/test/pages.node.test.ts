/**
 * writePages over the sample API's harvest (v1 and v3 merged, 339 services): a page per
 * service with its JSON-LD, the index, the sitemap (and its split), slugs kept across
 * harvests, the template, Welsh, and hostile feed content made harmless.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import type { Service } from '@signpost/core';
import { writeSampleSnapshot } from '../../../scripts/sample-snapshot.js';
import { writePages } from '../src/pages/write.js';
import { assignSlugs, slugify } from '../src/pages/slugs.js';

const SITE = 'https://www.example.gov.uk/local-offer/';
const HARVESTED_AT = '2026-11-30T06:00:00.000Z';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-pages-'));
  dirs.push(dir);
  return dir;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const parse = (html: string) => new JSDOM(html).window.document;
const xml = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document;
const read = (...path: string[]) => readFileSync(join(...path), 'utf8');
const pageFiles = (dir: string) => readdirSync(join(dir, 'services')).filter((f) => f.endsWith('.html') && f !== 'index.html');
const slugsOf = (dir: string) => (JSON.parse(read(dir, 'services', 'slugs.json')) as { slugs: Record<string, string> }).slugs;
const jsonLd = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;

let services: Service[] = [];
before(async () => {
  services = (await writeSampleSnapshot(tempDir(), { harvestedAt: HARVESTED_AT })).services;
});

describe('static service pages', () => {
  it('writes a page for every service, with its name, description, times, phone link, canonical URL and JSON-LD', async () => {
    const dir = tempDir();
    const summary = await writePages(dir, { services, siteUrl: SITE, harvestedAt: HARVESTED_AT, now: new Date('2026-12-01') });
    assert.equal(summary.pages, services.length);
    assert.equal(pageFiles(dir).length, services.length);
    const slugs = slugsOf(dir);
    for (const [i, s] of services.entries()) {
      const html = read(dir, 'services', `${slugs[s.id]}.html`);
      // Every page's structured data names its service; one page in four is read whole (a DOM is slow to make).
      const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
      assert.equal(data.name, s.name);
      if (i % 4) continue;
      const doc = parse(html);
      assert.equal(doc.querySelector('h1')!.textContent, s.name);
      assert.equal(doc.querySelectorAll('h1').length, 1);
      assert.equal(doc.title, s.name);
      const url = `${SITE}services/${slugs[s.id]}.html`;
      assert.equal(doc.querySelector('link[rel=canonical]')!.getAttribute('href'), url);
      assert.ok(doc.querySelector('meta[name=description]')!.getAttribute('content')!.length > 0);
      assert.equal(data['@type'], 'Service');
      assert.equal(data.url, url);
      const el = doc.querySelector('signpost-service')!;
      assert.equal(el.getAttribute('service-id'), s.id);
      assert.equal(el.getAttribute('snapshot'), '../');
      if (s.phones[0]) assert.ok(doc.querySelector(`a[href="${s.phones[0].href}"]`), `${s.name}: a phone link`);
      if (s.schedules.some((x) => x.opensAt)) assert.match(el.textContent!, /\d\d:\d\d/);
      for (const a of doc.querySelectorAll('a[href]')) assert.match(a.getAttribute('href')!, /^(https?:|tel:|mailto:|data:text\/calendar;|\.\/$|[a-z0-9-]+\.html$)/);
    }
    const withOpening = services.find((s) => s.locations[0] && s.schedules[0]?.opensAt && s.organisation && s.phones[0])!;
    const data = jsonLd(parse(read(dir, 'services', `${slugs[withOpening.id]}.html`)));
    assert.deepEqual((data.provider as { name: string }).name, withOpening.organisation!.name);
    assert.ok(Array.isArray(data.hoursAvailable) && (data.hoursAvailable as unknown[]).length > 0);
    assert.equal(((data.areaServed as Array<{ address: { postalCode: string } }>)[0]!.address.postalCode), withOpening.locations[0]!.addresses[0]!.postcode);
  });

  it('lists each page once in the sitemap, with the feed’s own date as lastmod, and every service in the index by need', async () => {
    const dir = tempDir();
    await writePages(dir, { services, siteUrl: SITE, harvestedAt: HARVESTED_AT });
    const doc = xml(read(dir, 'sitemap.xml'));
    assert.equal(doc.documentElement.localName, 'urlset');
    const entries = [...doc.getElementsByTagName('url')].map((u) => ({
      loc: u.getElementsByTagName('loc')[0]!.textContent!,
      lastmod: u.getElementsByTagName('lastmod')[0]?.textContent,
    }));
    const needs = readdirSync(join(dir, 'services', 'needs'));
    assert.equal(entries.length, services.length + 1 + needs.length);
    assert.equal(new Set(entries.map((e) => e.loc)).size, entries.length);
    const slugs = slugsOf(dir);
    const byLoc = new Map(entries.map((e) => [e.loc, e.lastmod]));
    for (const s of services) {
      const lastmod = byLoc.get(`${SITE}services/${slugs[s.id]}.html`);
      assert.equal(lastmod, s.lastChecked);
      if (lastmod) assert.match(lastmod, /^\d{4}-\d{2}-\d{2}$/);
    }
    // The index names each need with its count; each need's page links its services; together, every service.
    const index = parse(read(dir, 'services', 'index.html'));
    const needLinks = [...index.querySelectorAll('li a[href^="needs/"]')];
    assert.equal(needLinks.length, needs.length);
    const linked = new Set<string>();
    for (const a of needLinks) {
      const page = parse(read(dir, 'services', a.getAttribute('href')!));
      const links = [...page.querySelectorAll('li a[href]')].map((l) => l.getAttribute('href')!);
      assert.equal(`${a.textContent} (${links.length})`, a.parentElement!.textContent);
      links.forEach((l) => linked.add(l));
    }
    assert.deepEqual([...linked].sort(), services.map((s) => `../${slugs[s.id]}.html`).sort());
    const term = services[0]!.terms[0]!;
    const need = needLinks.find((a) => a.textContent === term.name)!;
    assert.ok(parse(read(dir, 'services', need.getAttribute('href')!)).querySelector(`a[href="../${slugs[services[0]!.id]}.html"]`));
  });

  it('splits the sitemap past its limit into parts under a sitemap index, and drops parts a smaller harvest no longer needs', async () => {
    const dir = tempDir();
    const summary = await writePages(dir, { services, siteUrl: SITE, harvestedAt: HARVESTED_AT, sitemapLimit: 100 });
    const pages = services.length + 1 + readdirSync(join(dir, 'services', 'needs')).length;
    const parts = Math.ceil(pages / 100);
    assert.equal(summary.sitemaps, parts + 1);
    const index = xml(read(dir, 'sitemap.xml'));
    assert.equal(index.documentElement.localName, 'sitemapindex');
    const locs = [...index.getElementsByTagName('loc')].map((l) => l.textContent);
    assert.deepEqual(locs, Array.from({ length: parts }, (_, i) => `${SITE}sitemap-${i + 1}.xml`));
    const urls = [];
    for (let i = 1; i <= parts; i += 1) {
      const part = [...xml(read(dir, `sitemap-${i}.xml`)).getElementsByTagName('loc')].map((l) => l.textContent);
      assert.ok(part.length <= 100);
      urls.push(...part);
    }
    assert.equal(new Set(urls).size, pages);
    await writePages(dir, { services, siteUrl: SITE, harvestedAt: HARVESTED_AT });
    assert.equal(xml(read(dir, 'sitemap.xml')).documentElement.localName, 'urlset');
    assert.equal(existsSync(join(dir, 'sitemap-1.xml')), false);
  });

  it('keeps every page’s name from harvest to harvest, gives a repeated name a short hash, and removes pages of services gone', async () => {
    const dir = tempDir();
    await writePages(dir, { services, siteUrl: SITE, harvestedAt: HARVESTED_AT });
    const first = slugsOf(dir);
    // The same services in another order name the same pages, in a fresh folder too.
    const other = tempDir();
    await writePages(other, { services: [...services].reverse(), siteUrl: SITE, harvestedAt: HARVESTED_AT });
    assert.deepEqual(slugsOf(other), first);
    // A new service of an existing name does not take its page; one service gone loses its page.
    const [gone, ...kept] = services;
    const twin: Service = { ...services[1]!, id: '000-first-by-id' };
    await writePages(dir, { services: [twin, ...kept], siteUrl: SITE, harvestedAt: HARVESTED_AT });
    const second = slugsOf(dir);
    for (const s of kept) assert.equal(second[s.id], first[s.id]);
    assert.match(second[twin.id]!, new RegExp(`^${first[services[1]!.id]}-[0-9a-f]{6}$`));
    assert.equal(existsSync(join(dir, 'services', `${first[gone!.id]}.html`)), false);
    assert.equal(pageFiles(dir).length, services.length);
  });

  it('makes readable slugs, distinct for repeated names', () => {
    assert.equal(slugify('Ysgol Gynradd Gymraeg – Tŷ Ŵyn & Friends’ Club'), 'ysgol-gynradd-gymraeg-ty-wyn-and-friends-club');
    assert.equal(slugify('!!!'), 'service');
    assert.ok(slugify('word '.repeat(40)).length <= 60);
    const same = (id: string) => ({ ...services[0]!, id, name: 'Youth Club' });
    const slugs = assignSlugs([same('b'), same('a'), same('c'), { ...services[0]!, id: 'd', name: 'Index' }]);
    assert.equal(slugs.get('a'), 'youth-club');
    assert.match(slugs.get('b')!, /^youth-club-[0-9a-f]{6}$/);
    assert.notEqual(slugs.get('b'), slugs.get('c'));
    assert.match(slugs.get('d')!, /^index-[0-9a-f]{6}$/);
  });

  it('makes hostile names, descriptions and links harmless', async () => {
    const dir = tempDir();
    const evil: Service = {
      ...services[0]!,
      id: 'evil',
      name: 'Club </script><script>alert(1)</script> {{signpost}} <!--',
      description: '<p>Hi<script>alert(2)</script><img src=x onerror=alert(3)><a href="javascript:alert(4)">link</a><a href="https://ok.example.org/">ok</a></p>',
      summary: '"><script>alert(5)</script>',
      url: 'javascript:alert(6)',
      email: 'x@example.org" onmouseover="alert(7)',
      organisation: { name: 'Org </script>', url: 'javascript:alert(8)' },
      phones: [{ number: '0114 496 0000', href: 'javascript:alert(9)' }],
    };
    await writePages(dir, { services: [evil], siteUrl: SITE, harvestedAt: HARVESTED_AT });
    const html = read(dir, 'services', `${slugsOf(dir)['evil']}.html`);
    const doc = parse(html);
    assert.deepEqual(
      [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type')),
      ['application/ld+json'],
    );
    assert.equal(doc.querySelector('h1')!.textContent, evil.name);
    assert.equal(jsonLd(doc).name, evil.name);
    assert.doesNotMatch(html, /javascript:/i);
    assert.equal(doc.querySelectorAll('[onerror], [onmouseover]').length, 0);
    assert.ok(doc.querySelector('.description a[href="https://ok.example.org/"]'));
    assert.ok(doc.querySelector('a[href="tel:01144960000"]'));
    assert.equal(doc.querySelectorAll('signpost-service').length, 1);
  });

  it('wears the host’s template, and writes Welsh pages in Welsh', async () => {
    const dir = tempDir();
    const template = '<!doctype html><html lang="{{lang}}"><head><title>{{title}} | Cyngor</title></head><body><header>Council header</header><main id="content">{{signpost}}</main><footer>Council footer</footer></body></html>';
    await writePages(dir, { services, siteUrl: SITE, harvestedAt: HARVESTED_AT, lang: 'cy', template, scriptUrl: 'https://cdn.example.org/signpost.js' });
    const s = services.find((x) => x.schedules.some((y) => y.opensAt))!;
    const doc = parse(read(dir, 'services', `${slugsOf(dir)[s.id]}.html`));
    assert.equal(doc.documentElement.lang, 'cy');
    assert.equal(doc.title, `${s.name} | Cyngor`);
    assert.equal(doc.querySelector('header')!.textContent, 'Council header');
    assert.ok(doc.querySelector('main#content signpost-service'));
    assert.ok(doc.querySelector('head link[rel=canonical]'), 'the head tags go before </head>');
    assert.ok(doc.querySelector('head script[type=module][src="https://cdn.example.org/signpost.js"]'));
    assert.ok([...doc.querySelectorAll('h2')].some((h) => h.textContent === 'Pryd'));
    assert.equal(jsonLd(doc).inLanguage, 'cy');
    assert.equal(parse(read(dir, 'services', 'index.html')).querySelector('h1')!.textContent, 'Pob gwasanaeth');
    await assert.rejects(writePages(tempDir(), { services, siteUrl: SITE, harvestedAt: HARVESTED_AT, template: '<html><body></body></html>' }), /\{\{signpost\}\}/);
    await assert.rejects(writePages(tempDir(), { services, siteUrl: 'www.example.gov.uk', harvestedAt: HARVESTED_AT }), /--site-url/);
  });
});

describe('static pages: the command-line options', () => {
  it('reads --site-url and its companions, and says plainly what is wrong', async () => {
    const { pagesFromArgs } = await import('../src/pages/options.js');
    assert.equal(await pagesFromArgs({}), undefined);
    const template = join(tempDir(), 'template.html');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(template, '<html><head></head><body>{{signpost}}</body></html>');
    assert.deepEqual(await pagesFromArgs({ 'site-url': 'https://www.example.gov.uk/local-offer', lang: 'cy', template, 'script-url': '/signpost/signpost.js', 'sitemap-limit': '1000' }), {
      siteUrl: 'https://www.example.gov.uk/local-offer/',
      lang: 'cy',
      template: '<html><head></head><body>{{signpost}}</body></html>',
      scriptUrl: '/signpost/signpost.js',
      sitemapLimit: 1000,
    });
    await assert.rejects(pagesFromArgs({ lang: 'cy' }), /--lang is for static pages: give --site-url too/);
    await assert.rejects(pagesFromArgs({ 'site-url': 'ftp://example.org/' }), /http or https/);
    await assert.rejects(pagesFromArgs({ 'site-url': SITE, lang: 'fr' }), /en or cy/);
    await assert.rejects(pagesFromArgs({ 'site-url': SITE, 'sitemap-limit': '60000' }), /1 to 50000/);
    await assert.rejects(pagesFromArgs({ 'site-url': SITE, template: join(tempDir(), 'missing.html') }), /could not be read/);
    await assert.rejects(pagesFromArgs({ 'site-url': SITE, 'script-url': 'javascript:alert(1)' }), /web address or a path/);
  });
});
