/**
 * Headless Chromium (the system one the browser tests use) driven from Node tests, for
 * pages that are not web-test-runner test files: a built app, a WordPress site.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs script without types
import { chromiumPath } from '../../scripts/chromium-path.mjs';

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-chromium.mjs (or set CHROME_PATH).');
  return puppeteer.launch({
    executablePath,
    headless: true,
    // a page that stops answering fails its test within a minute rather than three
    protocolTimeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A new page that records uncaught errors, console errors and failed requests (with their
 * URLs), so a test can say there were none.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
  page.on('console', (message) => {
    // a failed request is recorded below, with its URL
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => errors.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  return { page, errors };
}

/**
 * Waits until a finder on the page (in its shadow DOM, at any depth) shows result cards,
 * and answers their names.
 */
export async function finderResults(page: Page, timeout = 15_000): Promise<string[]> {
  const handle = await page.waitForFunction(
    () => {
      const results = document.querySelector('signpost-finder')?.shadowRoot?.querySelector('signpost-results')?.shadowRoot;
      const names = [...(results?.querySelectorAll('li.card h2, li.card h3') ?? [])].map((h) => h.textContent?.trim() ?? '');
      return names.length ? names : false;
    },
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string[];
}
