/**
 * A web-test-runner plugin that mounts the sample ORUK API under /api on the test server,
 * so browser tests fetch /api/v3/services, /api/v1/services, /api/postcodes/S1%202HE and
 * /api/feedback from the page's own origin; and under /deaf-api the same API ignoring ages and
 * days (a feed that takes filters and does not apply them). Each test-runner process gets a fresh feedback
 * file in a temporary directory.
 *
 * Server commands (call with executeServerCommand from '@web/test-runner-commands'):
 *   sample-api-feedback-down   {down: boolean}  POST /feedback answers 503 while down
 *   sample-api-reset-feedback  -                empties the feedback store
 *   sample-api-feedback        -                answers the stored reports
 *   sample-api-latency         {ms: number}     delays every API response
 *   sample-api-fail-rate       {rate: number}   answers that fraction of /v1 and /v3 GETs with 500
 * These change the one shared server, which test files running at the same time also use:
 * put things back in an after() hook.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRunnerPlugin } from '@web/test-runner';
import { createSampleApi, type SampleApi } from '../packages/sample-api/src/index.js';
import { answerFirst } from './answer-first.js';

export const SAMPLE_API_BASE = '/api';
/** The same sample API, deaf to minimum_age, maximum_age and day. */
export const DEAF_API_BASE = '/deaf-api';
/** The same sample API answering after 20 seconds (sooner to a client that gives up): for tests of cancelling. */
export const SLOW_API_BASE = '/slow-api';

export function sampleApiPlugin(): TestRunnerPlugin {
  let api: SampleApi | undefined;
  let dir: string | undefined;

  function started(): SampleApi {
    if (!api) throw new Error('The sample API has not started.');
    return api;
  }

  return {
    name: 'signpost-sample-api',

    serverStart({ app, server }) {
      dir = mkdtempSync(join(tmpdir(), 'signpost-wtr-'));
      // Every browser test sends its reports from this one address: no per-client limit to trip over.
      const sample = createSampleApi({ basePath: SAMPLE_API_BASE, feedbackFile: join(dir, 'feedback.jsonl'), feedbackPerMinute: 100_000 });
      // A feed deaf to ages and days (it takes the parameters and ignores them), for the capability probe.
      const deaf = createSampleApi({ basePath: DEAF_API_BASE, ignore: ['minimum_age', 'maximum_age', 'day'], feedbackFile: join(dir, 'deaf-feedback.jsonl') });
      const slow = createSampleApi({ basePath: SLOW_API_BASE, latencyMs: 20_000, feedbackFile: join(dir, 'slow-feedback.jsonl') });
      const apis: Array<[string, SampleApi]> = [
        [SAMPLE_API_BASE, sample],
        [DEAF_API_BASE, deaf],
        [SLOW_API_BASE, slow],
      ];
      const owner = (path: string) => apis.find(([base]) => path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`))?.[1];
      api = sample;
      if (server) {
        answerFirst(server, (req, res) => {
          const owned = owner(req.url ?? '');
          if (!owned) return false;
          // The sample API's middleware passes on a request it does not serve at once (next()).
          let passed = false;
          owned.middleware(req, res, () => (passed = true));
          return !passed;
        });
        return;
      }
      app.use(async (ctx, next) => {
        const api = owner(ctx.path);
        if (!api) return next();
        ctx.respond = false;
        await new Promise<void>((resolve) => {
          ctx.res.once('finish', resolve);
          ctx.res.once('close', resolve);
          void api.handle(ctx.req, ctx.res);
        });
      });
    },

    serverStop() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      api = undefined;
      dir = undefined;
    },

    executeCommand({ command, payload }) {
      const args = (payload ?? {}) as { down?: unknown; ms?: unknown; rate?: unknown };
      switch (command) {
        case 'sample-api-feedback-down':
          started().setFeedbackDown(args.down === true);
          return true;
        case 'sample-api-reset-feedback':
          started().resetFeedback();
          return true;
        case 'sample-api-feedback':
          return started().feedbackItems();
        case 'sample-api-latency':
          started().setLatency(Number(args.ms ?? 0));
          return true;
        case 'sample-api-fail-rate':
          started().setFailRate(Number(args.rate ?? 0));
          return true;
        default:
          return undefined;
      }
    },
  };
}
