// Makes sure the WordPress plugin's tests have what they need: PHP (CLI, MySQL, XML,
// mbstring, curl, zip), MariaDB's server, Debian's WordPress and a block and a classic
// theme. As root on Debian, installs what is missing with apt-get; nothing is started here
// (the tests start their own database and server on loopback and stop them).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const needs = [
  ['/usr/bin/php', 'php-cli'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/share/wordpress/wp-settings.php', 'wordpress'],
  ['/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json', 'wordpress-theme-twentytwentythree'],
  ['/usr/share/wordpress/wp-content/themes/twentytwentyone/style.css', 'wordpress-theme-twentytwentyone'],
];
const phpModules = { mysqli: 'php-mysql', xml: 'php-xml', mbstring: 'php-mbstring', curl: 'php-curl', zip: 'php-zip' };

function missing() {
  const packages = needs.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  if (existsSync('/usr/bin/php')) {
    const loaded = execSync('php -m', { encoding: 'utf8' }).toLowerCase().split('\n');
    for (const [module, pkg] of Object.entries(phpModules)) if (!loaded.includes(module)) packages.push(pkg);
  } else {
    packages.push(...Object.values(phpModules));
  }
  return [...new Set(packages)];
}

let wanted = missing();
if (wanted.length === 0) {
  console.log('WordPress test stack: present');
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`WordPress test stack: installing ${wanted.join(' ')} with apt-get ...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${wanted.join(' ')}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  wanted = missing();
  if (wanted.length === 0) process.exit(0);
}
console.error(
  `The WordPress tests need ${wanted.join(', ')}.\n` +
    `  On Debian or Ubuntu:  sudo apt-get install --no-install-recommends ${wanted.join(' ')}`,
);
process.exit(1);
