/**
 * A real WordPress for tests, all on loopback and in a temporary directory: Debian's
 * WordPress copied there with its own wp-config.php (WP_DEBUG on, errors logged to a file,
 * no HTTP to the outside world), a private MariaDB on a Unix socket, and PHP's built-in
 * server with a router for pretty permalinks. `node scripts/ensure-wordpress.mjs` installs
 * what it needs.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const WORDPRESS_DIR = '/usr/share/wordpress';

export interface WordPress {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The wp-content directory (plugins are installed under it). */
  content: string;
  /** The Administrator's login (for the admin screens) and application password (for the REST API). */
  admin: { user: string; password: string; applicationPassword: string };
  /** An Author's login name and application password, for the REST API. */
  author: { user: string; applicationPassword: string };
  /** Runs PHP inside WordPress (wp-load.php loaded) and answers what it printed. */
  php(code: string): Promise<string>;
  /** One value from MariaDB (the first column of the first row), e.g. a COUNT(*). */
  sql(query: string): Promise<string>;
  /** What PHP logged (notices, warnings, deprecations, errors) since the start. */
  errorLog(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Process groups still running, stopped if the test process exits without stopping them. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

/** Stops a process started with `detached: true`, and its children (PHP's server workers) with it. */
function stopped(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    child.once('exit', () => {
      running.delete(pid);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

const salt = (name: string) => `define( '${name}', 'signpost-test-${name.toLowerCase()}-not-secret' );`;

export async function startWordPress(): Promise<WordPress> {
  for (const [path, what] of [
    ['/usr/bin/php', 'php-cli'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    [join(WORDPRESS_DIR, 'wp-settings.php'), 'wordpress'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`No ${path}: run node scripts/ensure-wordpress.mjs (installs ${what}).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'signpost-wordpress-'));
  const site = join(dir, 'site');
  const data = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  const log = join(dir, 'php-errors.log');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let db: ChildProcess | undefined;
  let php: ChildProcess | undefined;

  const stop = async () => {
    await stopped(php);
    await stopped(db);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // The database: a private MariaDB on a socket, no network, small buffers.
    const small = ['--innodb-log-file-size=4M', '--innodb-buffer-pool-size=16M'];
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db', ...small]);
    db = spawn(
      '/usr/sbin/mariadbd',
      ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--skip-log-bin', '--user=root', `--log-error=${join(dir, 'db.log')}`, ...small],
      { stdio: 'ignore', detached: true },
    );
    if (db.pid) running.add(db.pid);
    await waitFor(() => existsSync(socket), 'MariaDB to start');
    const mariadb = ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B'];
    await run('mariadb', [...mariadb, '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
    const sql = async (query: string) => (await run('mariadb', [...mariadb, '--database=wordpress', '-e', query])).stdout.trim();

    // WordPress: a copy of Debian's, with a config of our own.
    await run('cp', ['-a', WORDPRESS_DIR, site]);
    rmSync(join(site, '.htaccess'), { force: true });
    mkdirSync(join(site, 'wp-content', 'uploads'), { recursive: true });
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${log}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Runs PHP code inside WordPress from the command line: php cli.php < code
    writeFileSync(
      join(dir, 'cli.php'),
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_METHOD'] = 'GET';
if ( getenv( 'SIGNPOST_WP_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require '${site}/wp-load.php';
eval( '?>' . stream_get_contents( STDIN ) );
`,
    );
    writeFileSync(
      join(dir, 'router.php'),
      `<?php
// PHP's built-in server: files as they are, everything else to WordPress (pretty permalinks).
$path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( is_file( $file ) || ( is_dir( $file ) && is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`,
    );
    const phpIni = ['-d', 'display_errors=0', '-d', 'log_errors=1', '-d', `error_log=${log}`, '-d', 'memory_limit=256M'];
    const cli = (code: string, env: Record<string, string> = {}) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn('php', [...phpIni, join(dir, 'cli.php')], { env: { ...process.env, ...env } });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (err += chunk));
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`php exited ${code}: ${err || out}`))));
        child.stdin.end(`<?php ${code}`);
      });

    const admin = { user: 'admin', password: 'signpost-admin-password' };
    const created = JSON.parse(
      await cli(
        `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install( 'Community Links', '${admin.user}', 'admin@example.test', true, '', '${admin.password}' );
        update_option( 'permalink_structure', '/%postname%/' );
        update_option( 'show_avatars', 0 ); // no requests to a third party's avatars
        global $wp_rewrite;
        $wp_rewrite->init();
        $wp_rewrite->flush_rules( false );
        $author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'signpost-author-password', 'user_email' => 'author@example.test', 'role' => 'author' ) );
        list( $author_password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'tests' ) );
        list( $admin_password ) = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'tests' ) );
        echo wp_json_encode( array( 'author' => $author_password, 'admin' => $admin_password ) );`,
        { SIGNPOST_WP_INSTALLING: '1' },
      ),
    ) as { author: string; admin: string };

    php = spawn('php', [...phpIni, '-S', `127.0.0.1:${port}`, '-t', site, join(dir, 'router.php')], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    if (php.pid) running.add(php.pid);
    await waitFor(async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    }, 'PHP to serve WordPress');

    return {
      url,
      content: join(site, 'wp-content'),
      admin: { ...admin, applicationPassword: created.admin },
      author: { user: 'author', applicationPassword: created.author },
      php: (code) => cli(code),
      sql,
      errorLog: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
