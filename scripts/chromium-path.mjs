import { existsSync } from 'node:fs';

/** The Chromium the browser tests use: CHROME_PATH if set, else a system install. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}
