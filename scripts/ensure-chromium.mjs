// Makes sure a Chromium exists for the browser tests and prints its path.
// Honours CHROME_PATH; otherwise looks for Debian's chromium; as root, installs it with apt-get.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get ...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  const after = chromiumPath();
  if (after) {
    console.log(`Chromium: ${after}`);
    process.exit(0);
  }
}
console.error(
  'The browser tests need Chromium and none was found.\n' +
    '  On Debian or Ubuntu:  sudo apt-get install chromium\n' +
    '  Or point CHROME_PATH at an installed Chrome or Chromium binary.',
);
process.exit(1);
