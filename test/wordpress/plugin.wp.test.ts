// The WordPress plugin in a real WordPress (Debian's, on PHP's built-in server and a private
// MariaDB) and real Chromium: install the zip as an admin would, set the site's defaults,
// publish a page with the shortcode and one with the block, show a map of a snapshot kept in
// the site's uploads folder, read a feed without CORS through the relay, meet an Author's
// hostile shortcode, and uninstall.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import { createSampleApi, generateDataset } from '../../packages/sample-api/src/index.js';
import { ORUK_PARAMS } from '../../packages/core/test/fixtures/oruk-params.js';
import { finderResults, launchChromium, openPage } from '../support/chromium.js';
import { forAges, withTerms } from '../support/sample-dataset.js';
import { startWordPress, type WordPress } from '../support/wordpress.js';
import { writeSampleSnapshot } from '../../scripts/sample-snapshot.js';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZIP = join(root, 'packages/wordpress/dist/signpost.zip');

/** A sample ORUK API on loopback that remembers the URLs it was asked for. */
async function sampleApi(options: { cors: boolean }): Promise<{ url: string; asked: string[]; server: Server }> {
  const api = createSampleApi({ cors: options.cors });
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    void api.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, server };
}

/** The status of a GET for base + path, the path sent as written (fetch would resolve "..", "%2e%2e" and the like). */
function statusOf(base: string, path: string): Promise<number> {
  const { hostname, port, pathname } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path: pathname + path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('the WordPress plugin', { timeout: 300_000 }, () => {
  let wp: WordPress;
  let browser: Browser;
  let admin: Page;
  let open: Awaited<ReturnType<typeof sampleApi>>;
  let closed: Awaited<ReturnType<typeof sampleApi>>;

  /** A REST API call as the admin or the Author (application passwords). */
  async function rest(who: 'admin' | 'author', path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const login = who === 'admin' ? `${wp.admin.user}:${wp.admin.applicationPassword}` : `${wp.author.user}:${wp.author.applicationPassword}`;
    const res = await fetch(`${wp.url}/wp-json${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Basic ${Buffer.from(login).toString('base64')}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  /** Publishes a page (or, for the Author, a post) and answers its address. */
  async function publish(who: 'admin' | 'author', title: string, content: string): Promise<string> {
    const { status, json } = await rest(who, who === 'admin' ? '/wp/v2/pages' : '/wp/v2/posts', { title, content, status: 'publish' });
    assert.equal(status, 201, JSON.stringify(json));
    return String(json.link);
  }

  /** Opens a page as a visitor (no login) and waits for the finder's results and its look at what the endpoint offers. */
  async function visit(url: string): Promise<{ page: Page; names: string[]; errors: string[] }> {
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    const names = await finderResults(page);
    await page.evaluate(() => (document.querySelector('signpost-finder') as HTMLElement & { searchComplete: Promise<void> }).searchComplete);
    return { page, names, errors };
  }

  before(async () => {
    assert.ok(existsSync(ZIP), `No ${ZIP}: run npm run build -w @signpost/wordpress`);
    [wp, browser, open, closed] = await Promise.all([startWordPress(), launchChromium(), sampleApi({ cors: true }), sampleApi({ cors: false })]);
    admin = (await openPage(browser)).page;
    // "Leave site? Changes you made may not be saved." and the like: the admin says yes.
    admin.on('dialog', (dialog) => void dialog.accept());
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    open?.server.close();
    closed?.server.close();
  });

  it('zip holds the plugin and the bundle, no PHP file has a syntax error, and nothing comes from a CDN', async () => {
    const files = unzipSync(readFileSync(ZIP));
    const names = Object.keys(files);
    for (const name of ['signpost/signpost.php', 'signpost/uninstall.php', 'signpost/readme.txt', 'signpost/blocks/embed/block.json', 'signpost/assets/signpost.js', 'signpost/assets/signpost-loader.js']) {
      assert.ok(names.includes(name), `the zip lacks ${name}`);
    }
    assert.ok(names.some((n) => /^signpost\/assets\/chunks\/.+\.js$/.test(n)), 'the zip lacks the bundle chunks');
    const dir = mkdtempSync(join(tmpdir(), 'signpost-zip-'));
    try {
      for (const name of names.filter((n) => n.endsWith('.php'))) {
        const file = join(dir, name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, files[name]!);
        const { stdout } = await run('php', ['-l', file]);
        assert.match(stdout, /No syntax errors/, name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const name of names.filter((n) => /\.(php|js|json)$/.test(n))) {
      assert.doesNotMatch(new TextDecoder().decode(files[name]), /jsdelivr|unpkg|cdnjs|googleapis/i, `${name} names a CDN`);
    }
  });

  it("relay passes exactly ORUK's query parameters for the paths it relays", () => {
    const relay = readFileSync(join(root, 'packages/wordpress/signpost/includes/relay.php'), 'utf8');
    const listed = [...(/const SIGNPOST_ORUK_PARAMS = array\(([^)]*)\)/.exec(relay)?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    const relayed = /^\/(services(\/\{id\})?|service_at_locations(\/\{id\})?|taxonomies(\/\{id\})?|taxonomy_terms(\/\{id\})?|vocabularies)?$/;
    const spec = new Set<string>();
    for (const paths of Object.values(ORUK_PARAMS)) {
      for (const [path, params] of Object.entries(paths)) if (relayed.test(path)) for (const p of params) spec.add(p);
    }
    assert.deepEqual(listed, [...spec].sort());
  });

  it('installs from the zip and activates through the admin screens', async () => {
    await admin.goto(`${wp.url}/wp-login.php`);
    await admin.type('#user_login', wp.admin.user);
    await admin.type('#user_pass', wp.admin.password);
    await Promise.all([admin.waitForNavigation(), admin.click('#wp-submit')]);
    await admin.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await admin.waitForSelector('input#pluginzip');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(ZIP);
    await Promise.all([admin.waitForNavigation(), admin.click('#install-plugin-submit')]);
    assert.match(await admin.$eval('body', (b) => b.textContent ?? ''), /Plugin installed successfully/);
    await Promise.all([admin.waitForNavigation(), admin.click('a[href*="action=activate"]')]);
    assert.match(await admin.$eval('body', (b) => b.textContent ?? ''), /Plugin activated/);
    assert.equal(await wp.php(`include_once ABSPATH . 'wp-admin/includes/plugin.php'; echo is_plugin_active( 'signpost/signpost.php' ) ? 'active' : 'inactive';`), 'active');
  });

  it('keeps site-wide defaults from its settings page, dropping what is not a URL, email or colour', async () => {
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=signpost`);
    const fill = async (id: string, value: string) => {
      await admin.$eval(`#${id}`, (el) => ((el as HTMLInputElement).value = ''));
      await admin.type(`#${id}`, value);
    };
    await fill('signpost_endpoint', `${open.url}/v3`);
    await admin.select('#signpost_view', 'list');
    await fill('signpost_feedback_email', 'fis@example.gov.uk');
    await admin.$eval('#signpost_feedback_endpoint', (el) => ((el as HTMLInputElement).type = 'text'));
    await fill('signpost_feedback_endpoint', 'javascript:alert(1)');
    await admin.$eval('#signpost_primary_colour', (el) => el.removeAttribute('pattern'));
    await fill('signpost_primary_colour', 'red;background:url(x)');
    await fill('signpost_link_colour', '#0b0c0c');
    await fill('signpost_relay_endpoints', `${closed.url}/v3\n${closed.url}/v1/\nnot a url`);
    await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
    assert.match(await admin.$eval('body', (b) => b.textContent ?? ''), /Settings saved/);
    const saved = JSON.parse(await wp.php(`echo wp_json_encode( get_option( 'signpost_settings' ) );`)) as Record<string, unknown>;
    assert.equal(saved.endpoint, `${open.url}/v3`);
    assert.equal(saved.feedback_email, 'fis@example.gov.uk');
    assert.equal(saved.feedback_endpoint, '');
    assert.equal(saved.primary_colour, '');
    assert.equal(saved.link_colour, '#0b0c0c');
    assert.deepEqual(saved.relay_endpoints, [`${closed.url}/v3`, `${closed.url}/v1`]);
  });

  it('shows a finder with results from the directory on a page with the shortcode, in a block theme and a classic one', async () => {
    const link = await publish('admin', 'Find help', `<p>Our volunteers use this list.</p>\n[signpost endpoint="${open.url}/v3" ages="11-15" lang="cy"]`);
    for (const theme of ['twentytwentythree', 'twentytwentyone']) {
      await wp.php(`switch_theme( '${theme}' );`);
      const { page, names, errors } = await visit(link);
      assert.ok(names.length > 0, theme);
      const finder = await page.$eval('signpost-finder', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      assert.deepEqual(finder, {
        endpoint: `${open.url}/v3`,
        lang: 'cy',
        'fixed-ages': '11-15',
        view: 'list',
        'feedback-email': 'fis@example.gov.uk',
        style: '--signpost-link:#0b0c0c;',
      });
      // The bundle comes from the plugin, on this site: no script from anywhere else.
      const scripts = await page.$$eval('script[src]', (list) => list.map((s) => (s as HTMLScriptElement).src));
      assert.ok(scripts.some((src) => src.startsWith(`${wp.url}/wp-content/plugins/signpost/assets/`)), scripts.join('\n'));
      assert.deepEqual(scripts.filter((src) => !src.startsWith(wp.url)), []);
      assert.deepEqual(errors, [], theme);
      await page.close();
    }
    await wp.php(`switch_theme( 'twentytwentythree' );`);
  });

  it("shows a map of a snapshot published in the site's own uploads folder", async () => {
    await writeSampleSnapshot(join(wp.content, 'uploads', 'signpost-directory'));
    const folder = `${wp.url}/wp-content/uploads/signpost-directory/`;
    const data = generateDataset();
    const located = new Set(data.locations.filter((l) => l.latitude !== undefined && l.longitude !== undefined).map((l) => l.id));
    const matching = data.services.filter((s) => withTerms(data, ['sendNeeds:CI'])(s) && forAges(0, 11)(s));
    const placed = matching.filter((s) => s.locations.some((l) => located.has(l.locationId))).length;
    assert.ok(placed > 1 && placed < data.services.length, `${placed} placed`);

    const link = await publish('admin', 'Our area on a map', `[signpost snapshot="${folder}" element="map" need="sendNeeds:CI" ages="0-11"]`);
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(link);
      const map = await page.$eval('signpost-map', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      assert.equal(map.snapshot, folder);
      assert.equal(map.endpoint, undefined, 'the snapshot replaces the site’s default endpoint');
      assert.equal(map.need, 'sendNeeds:CI');
      assert.equal(map.ages, '0-11');
      const counts = await page.waitForFunction(
        () => {
          const text = document.querySelector('signpost-map')?.shadowRoot?.querySelector('.counts')?.textContent?.replace(/\s+/g, ' ') ?? '';
          return /on the map/.test(text) ? text : false;
        },
        { timeout: 15_000, polling: 100 },
      );
      assert.match((await counts.jsonValue()) as string, new RegExp(`\\b${placed} services on the map`));
      // offline here: the map's OpenStreetMap tiles cannot be fetched
      assert.deepEqual(errors.filter((e) => !/tile\.openstreetmap\.org/.test(e)), []);
    } finally {
      await page.close();
    }
  });

  it('makes a block in the editor whose sidebar choices reach the published page', async () => {
    await admin.goto(`${wp.url}/wp-admin/post-new.php?post_type=page`);
    await admin.waitForFunction(() => {
      const wp = (window as unknown as { wp?: { blocks?: { getBlockType(name: string): unknown } } }).wp;
      return Boolean(wp?.blocks?.getBlockType('signpost/embed'));
    });
    await admin.evaluate(() => {
      const { data, blocks } = (window as unknown as { wp: { data: WpData; blocks: { createBlock(name: string, attrs: object): { clientId: string } } } }).wp;
      if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      const block = blocks.createBlock('signpost/embed', { ages: '0-4' });
      data.dispatch('core/block-editor').insertBlocks(block);
      data.dispatch('core/block-editor').selectBlock(block.clientId);
      data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // The sidebar's own controls: type the endpoint and choose the first view as a person would.
    const endpoint = await admin.waitForSelector('.block-editor-block-inspector input[type="url"]');
    await endpoint!.type(`${open.url}/v3`);
    const viewSelect = await admin.waitForSelector('.block-editor-block-inspector select:has(option[value="split"])');
    await viewSelect!.select('map');
    await admin.evaluate((title) => {
      const { data } = (window as unknown as { wp: { data: WpData } }).wp;
      data.dispatch('core/editor').editPost({ title, status: 'publish' });
      return data.dispatch('core/editor').savePost();
    }, 'Family hub services');
    const link = await admin.waitForFunction(() => {
      const { data } = (window as unknown as { wp: { data: WpData } }).wp;
      const post = data.select('core/editor').getCurrentPost();
      return !data.select('core/editor').isSavingPost() && post.status === 'publish' && post.link;
    });
    const url = String(await link.jsonValue());
    const content = await wp.php(`echo get_post_field( 'post_content', url_to_postid( '${url}' ) );`);
    assert.match(content, /<!-- wp:signpost\/embed \{[^}]*"endpoint":"http:\/\/127\.0\.0\.1:\d+\/v3"/);
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    const finder = await page.waitForSelector('.wp-block-signpost-embed signpost-finder');
    const attrs = await finder!.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
    assert.equal(attrs.endpoint, `${open.url}/v3`);
    assert.equal(attrs['fixed-ages'], '0-4');
    assert.equal(attrs.view, 'map');
    // The map view: the finder says what it found on the map.
    await page.waitForFunction(
      () => /services? found/.test(document.querySelector('signpost-finder')?.shadowRoot?.querySelector('signpost-map')?.shadowRoot?.textContent ?? ''),
      { timeout: 15_000 },
    );
    assert.deepEqual(errors.filter((e) => !/tile\.openstreetmap\.org/.test(e)), []);
    await page.close();
  });

  it("relays a directory that sends no CORS headers, and only to listed endpoints, ORUK paths and parameters", async () => {
    // Without the relay the browser may not read it, and the finder says so.
    const direct = await publish('admin', 'Direct', `[signpost endpoint="${closed.url}/v3"]`);
    const { page: blocked } = await openPage(browser);
    await blocked.goto(direct);
    const message = await blocked.waitForFunction(
      () => document.querySelector('signpost-finder')?.shadowRoot?.querySelector('signpost-results')?.shadowRoot?.querySelector('[role="alert"]')?.textContent,
      { timeout: 15_000 },
    );
    assert.match(String(await message.jsonValue()), /\S/);
    await blocked.close();

    const relayed = await publish('admin', 'Relayed', `[signpost endpoint="${closed.url}/v3" relay="yes"]`);
    const { page, names, errors } = await visit(relayed);
    assert.ok(names.length > 0);
    const endpoint = await page.$eval('signpost-finder', (el) => el.getAttribute('endpoint') ?? '');
    assert.match(endpoint, new RegExp(`^${wp.url}/wp-json/signpost/v1/relay/[a-f0-9]{12}$`));
    assert.deepEqual(errors, []);
    await page.close();
    assert.ok(closed.asked.some((u) => u.startsWith('/v3/services')), closed.asked.join('\n'));

    // Straight at the relay: only ORUK parameters pass, and an answer is kept.
    const before = closed.asked.length;
    const first = await fetch(`${endpoint}/services?search=football&per_page=2&evil=1&callback=x`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('x-signpost-relay'), 'MISS');
    assert.equal(((await first.json()) as { contents: unknown[] }).contents.length, 2);
    assert.deepEqual(closed.asked.slice(before), ['/v3/services?per_page=2&search=football']);
    const again = await fetch(`${endpoint}/services?search=football&per_page=2&evil=1&callback=x`);
    assert.equal(again.headers.get('x-signpost-relay'), 'HIT');
    await again.text();
    assert.equal(closed.asked.length, before + 1);

    // Not an open proxy: unlisted endpoints, other paths and other methods are refused.
    assert.equal((await fetch(`${wp.url}/wp-json/signpost/v1/relay/0123456789ab/services`)).status, 404);
    for (const path of ['/feedback', '/postcodes/S1%202HE', '/organizations', '/services/abc/locations', '/services/../../feedback', '/services/%2e%2e/%2e%2e/x']) {
      assert.equal(await statusOf(endpoint, path), 404, path);
    }
    assert.equal(closed.asked.length, before + 1, 'refused requests reached the directory');
    assert.notEqual((await fetch(`${endpoint}/services`, { method: 'POST' })).status, 200);
    const unlisted = await publish('admin', 'Unlisted', `[signpost endpoint="${open.url}/v1" relay="yes"]`);
    const html = await (await fetch(unlisted)).text();
    assert.match(html, new RegExp(`<signpost-finder endpoint="${open.url}/v1"`));
  });

  it("escapes an Author's shortcode and block attributes: no script reaches the page", async () => {
    const hostile = [
      `[signpost endpoint='https://x.example/v3" onmouseover="window.__signpostXss=1' element='finder"><script>window.__signpostXss=2</script>'`,
      ` lang='"><img src=x onerror=window.__signpostXss=3>' need='"><svg onload=window.__signpostXss=4>' ages='1-2" autofocus onfocus="window.__signpostXss=5'`,
      ` primary-colour='red;background:url(javascript:alert(1))' feedback-email='a@b.c"><script>window.__signpostXss=6</script>' view="list"]`,
      `[signpost endpoint="javascript:window.__signpostXss=7" element="service" service-id='"><iframe src=javascript:window.__signpostXss=8>']`,
      `<!-- wp:signpost/embed {"endpoint":"\\u0022\\u003e\\u003cscript\\u003ewindow.__signpostXss=9\\u003c/script\\u003e","need":"\\u0022 onclick=\\u0022window.__signpostXss=10","element":"map","primaryColour":"#fff;x:expression(1)"} /-->`,
    ].join('');
    const link = await publish('author', 'Hostile', hostile);
    const { page, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(link);
    await page.waitForSelector('signpost-service');
    await page.hover('signpost-finder').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const found = await page.evaluate(() => {
      const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
      const elements = [...content.querySelectorAll('*')];
      return {
        xss: (window as unknown as { __signpostXss?: unknown }).__signpostXss,
        scripts: content.querySelectorAll('script, iframe, img, svg').length,
        handlers: elements.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName} ${a.name}`)),
        signpost: elements
          .filter((el) => el.localName.startsWith('signpost-'))
          .map((el) => ({ tag: el.localName, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) })),
      };
    });
    assert.equal(found.xss, undefined);
    assert.deepEqual(dialogs, []);
    assert.equal(found.scripts, 0);
    assert.deepEqual(found.handlers, []);
    assert.deepEqual(
      found.signpost.map((s) => s.tag),
      ['signpost-finder', 'signpost-service', 'signpost-map'],
    );
    const allowed = new Set(['endpoint', 'snapshot', 'lang', 'fixed-need', 'fixed-ages', 'view', 'per-page', 'need', 'ages', 'service-id', 'feedback-email', 'feedback-endpoint', 'feedback-recipient', 'style']);
    for (const { tag, attrs } of found.signpost) {
      for (const name of Object.keys(attrs)) assert.ok(allowed.has(name), `${tag} has ${name}`);
      if (attrs.endpoint) assert.match(attrs.endpoint, /^(https?:\/\/|\/)/, `${tag} endpoint ${attrs.endpoint}`);
      if (attrs.style) assert.match(attrs.style, /^(--signpost-[a-z]+:#[0-9a-f]{3,6};)+$/i, `${tag} style ${attrs.style}`);
      if (attrs.lang) assert.match(attrs.lang, /^(en|cy)$/);
    }
    // the hostile endpoint does not exist, and offline the map's OpenStreetMap tiles cannot be fetched
    assert.deepEqual(errors.filter((e) => !/x\.example|tile\.openstreetmap\.org/.test(e)), []);
    await page.close();
  });

  it('logs no PHP warning, notice or deprecation of its own', () => {
    const log = wp.errorLog();
    // WordPress 6.1 itself is noisy on PHP 8.2 (deprecations) and offline (update checks):
    // what counts is what comes from the plugin's files or functions, or is about how it calls WordPress.
    const ours = log.split('\n').filter((line) => /\/plugins\/signpost\/|signpost_|called <strong>incorrectly|PHP Fatal/i.test(line));
    assert.deepEqual(ours, []);
  });

  it('removes its settings and cached answers when deleted', async () => {
    const count = () => wp.sql(`SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%signpost%'`);
    assert.ok(Number(await count()) >= 3, 'the settings and some relay answers were stored');
    const row = 'tr[data-plugin="signpost/signpost.php"]';
    await admin.goto(`${wp.url}/wp-admin/plugins.php`);
    // Row actions show when the row is pointed at.
    await admin.hover(row);
    await Promise.all([admin.waitForNavigation(), admin.click(`${row} .deactivate a`)]);
    // Delete, and confirm on WordPress's "Delete Plugin" screen.
    await admin.goto(await admin.$eval(`${row} .delete a`, (a) => (a as HTMLAnchorElement).href));
    await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
    assert.match(await admin.$eval('body', (b) => b.textContent ?? ''), /plugin has been deleted/);
    assert.equal(await count(), '0');
    assert.equal(existsSync(join(wp.content, 'plugins', 'signpost')), false);
  });
});

/** The parts of the editor's wp.data stores the block test uses. */
interface WpData {
  select(store: 'core/edit-post'): { isFeatureActive(feature: string): boolean };
  select(store: 'core/editor'): { getCurrentPost(): { status: string; link: string }; isSavingPost(): boolean };
  dispatch(store: 'core/edit-post'): { toggleFeature(feature: string): void; openGeneralSidebar(name: string): void };
  dispatch(store: 'core/block-editor'): { insertBlocks(block: object): void; selectBlock(clientId: string): void };
  dispatch(store: 'core/editor'): { editPost(edits: object): void; savePost(): Promise<void> };
}
