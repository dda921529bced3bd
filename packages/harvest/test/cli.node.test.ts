import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { serve, startSampleApi, tempDir, type Running, type TestServer } from './helpers.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the command as a person would (`npm run harvest -- ...` runs exactly this). */
function harvestCli(args: string[], options: { onStderr?: (text: string, child: ReturnType<typeof spawn>) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let api: Running;
let dead: string;
let website: TestServer;

before(async () => {
  api = await startSampleApi();
  const gone = await serve(() => ({ status: 200, body: {} }));
  await gone.close();
  dead = gone.base;
  website = await serve(() => ({ status: 200, body: '<!doctype html><html><body><h1>Welcome to the council</h1></body></html>' }));
});
after(async () => {
  await api.close();
  await website.close();
});

describe('signpost-harvest on the command line', () => {
  it('harvests, merges and says what it wrote (exit 0)', async () => {
    const out = tempDir();
    const run = await harvestCli(['--endpoint', `${api.base}/v3`, '--directory-name', 'Sheffield directory', '--endpoint', `${api.base}/outpost`, '--out', out, '--max-rps', '50']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Read 2 of 2 feeds in [\d.]+ s: 349 records; 346 services after merging \(3 listed by more than one feed\)\.\nSnapshot: 346 services, \d+ files \(\d+ KiB\) in .+\nReport: .+report\.html \(and report\.json\)\n$/);
    assert.match(run.stderr, /\[1\/2\] Sheffield directory: 339 records \(ORUK v3\), 4 pages, 0 details, 7 requests/);
    for (const file of ['manifest.json', 'report.json', 'report.html']) assert.ok(existsSync(join(out, file)), file);
  });

  it('with --site-url also writes a page per service, their index and the sitemap, with the same page names the next time', async () => {
    const out = tempDir();
    const args = ['--endpoint', `${api.base}/v1`, '--endpoint', `${api.base}/v3`, '--out', out, '--max-rps', '50', '--site-url', 'https://www.example.gov.uk/local-offer/'];
    const run = await harvestCli(args);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\nPages: 339 service pages, their index and sitemap\.xml in .+\n$/);
    const slugs = () => JSON.parse(readFileSync(join(out, 'services', 'slugs.json'), 'utf8')) as { slugs: Record<string, string> };
    const first = slugs().slugs;
    assert.equal(Object.keys(first).length, 339);
    const pages = readdirSync(join(out, 'services')).filter((f) => f.endsWith('.html') && f !== 'index.html');
    assert.deepEqual(pages.sort(), Object.values(first).map((slug) => `${slug}.html`).sort());
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    for (const slug of Object.values(first)) {
      assert.equal(sitemap.split(`<loc>https://www.example.gov.uk/local-offer/services/${slug}.html</loc>`).length, 2, `${slug} listed once`);
    }
    assert.equal((sitemap.match(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/g) ?? []).length, (sitemap.match(/<url>/g) ?? []).length);
    const again = await harvestCli([...args, '--fresh']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(slugs().slugs, first);
  });

  it('says what is wrong with the static pages’ options (exit 64)', async () => {
    const run = await harvestCli(['--endpoint', `${api.base}/v3`, '--out', tempDir(), '--lang', 'cy']);
    assert.equal(run.code, 64);
    assert.match(run.stderr, /--lang is for static pages: give --site-url too/);
    const template = await harvestCli(['--endpoint', `${api.base}/v3`, '--out', tempDir(), '--site-url', 'https://x.example/', '--template', join(tempDir(), 'none.html')]);
    assert.equal(template.code, 64);
    assert.match(template.stderr, /--template .+ could not be read/);
  });

  it('says plainly that nothing usable was read from a dead endpoint (exit 1)', async () => {
    const out = tempDir();
    const run = await harvestCli(['--endpoint', dead, '--out', out, '--retries', '0']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Nothing usable was read, so no snapshot was written\.\n {2}http:\/\/127\.0\.0\.1:\d+: Nothing is answering at 127\.0\.0\.1:\d+ \(connection refused\)\./);
    assert.ok(!existsSync(join(out, 'manifest.json')));
    assert.ok(existsSync(join(out, 'report.html')), 'the report says what went wrong');
  });

  it('says plainly that a web site is not an ORUK API (exit 1)', async () => {
    const run = await harvestCli(['--endpoint', website.base, '--out', tempDir(), '--retries', '0']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /does not look like an Open Referral UK API: it sent a web page instead of data\./);
  });

  it('writes no snapshot when one of several feeds fails, unless told a partial one will do (exit 2, then 0)', async () => {
    const out = tempDir();
    const args = ['--endpoint', `${api.base}/outpost`, '--endpoint', dead, '--directory-name', 'NHS services', '--out', out, '--retries', '0'];
    const partial = await harvestCli(args);
    assert.equal(partial.code, 2);
    assert.match(partial.stderr, /1 feed could not be read, so the snapshot was not written \(--allow-partial writes it from the others\):\n {2}NHS services: Nothing is answering/);
    assert.ok(!existsSync(join(out, 'manifest.json')));
    assert.ok(existsSync(join(out, 'report.json')));
    const allowed = await harvestCli([...args, '--allow-partial']);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stdout, /Left out:\n {2}NHS services: Nothing is answering/);
    assert.equal(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.services, 10);
  });

  it('explains a wrong command (exit 64) and helps (exit 0)', async () => {
    const none = await harvestCli(['--out', tempDir()]);
    assert.equal(none.code, 64);
    assert.match(none.stderr, /Name at least one feed with --endpoint URL\.\nRun with --help/);
    const rps = await harvestCli(['--endpoint', `${api.base}/v3`, '--out', tempDir(), '--max-rps', 'fast']);
    assert.equal(rps.code, 64);
    assert.match(rps.stderr, /--max-rps must be a number above 0 and at most 100 \(got "fast"\)/);
    const scheme = await harvestCli(['--endpoint', 'ftp://files.example.org/oruk', '--out', tempDir()]);
    assert.match(scheme.stderr, /must start with https:\/\/ or http:\/\//);
    const both = await harvestCli(['--endpoint', `${api.base}/v3`, '--out', tempDir(), '--resume', '--fresh']);
    assert.equal(both.code, 64);
    assert.match(both.stderr, /choose one/);
    const twice = await harvestCli(['--endpoint', `${api.base}/v3`, '--endpoint', `${api.base}/v3/services/`, '--out', tempDir()]);
    assert.equal(twice.code, 64);
    assert.match(twice.stderr, /--endpoint http:\/\/127\.0\.0\.1:\d+\/v3 is named twice\./);
    const unknown = await harvestCli(['--endpont', 'x']);
    assert.equal(unknown.code, 64);
    const help = await harvestCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: signpost-harvest --endpoint URL/);
  });

  it('stops on Ctrl-C keeping what it read (exit 130), and carries on when run again', async () => {
    api.api.setLatency(60);
    try {
      const out = tempDir();
      const args = ['--endpoint', `${api.base}/v1`, '--out', out, '--per-page', '10', '--max-rps', '50'];
      let sent = false;
      const stopped = await harvestCli(args, {
        onStderr: (text, child) => {
          if (!sent && /reading/.test(text)) {
            sent = true;
            setTimeout(() => child.kill('SIGINT'), 400);
          }
        },
      });
      assert.equal(stopped.code, 130, stopped.stderr);
      assert.match(stopped.stderr, /Stopping once the requests in flight have answered/);
      assert.match(stopped.stderr, /Stopped\. What was read is kept: run the same command again to carry on\./);
      assert.ok(!existsSync(join(out, 'manifest.json')));
      const again = await harvestCli([...args, '--resume']);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, /Continuing the harvest started/);
      assert.match(again.stdout, /339 records/);
    } finally {
      api.api.setLatency(0);
    }
  });
});
