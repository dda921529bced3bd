// Browser tests: every *.test.ts outside node-only files, in the system Chromium.
// The sample ORUK API is mounted in the test server under /api, so integration tests
// talk to a real HTTP server with no second process.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumPath } from './scripts/chromium-path.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { sampleApiPlugin } from './test/sample-api-plugin.ts';
import { browserPagePlugin } from './test/browser-page-plugin.ts';
import { hostileServerPlugin } from './test/hostile-server-plugin.ts';
import { strictPagePlugin } from './test/strict-page-plugin.ts';
import { snapshotPlugin } from './test/snapshot-plugin.ts';

const executablePath = chromiumPath();

export default {
  files: [
    'packages/*/test/**/*.test.ts',
    'test/**/*.test.ts',
    '!**/*.node.test.ts',
    '!**/*.wp.test.ts',
    '!**/node_modules/**',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), sampleApiPlugin(), browserPagePlugin(), snapshotPlugin(), hostileServerPlugin(), strictPagePlugin()],
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countingReporter()],
};
