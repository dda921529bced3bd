/**
 * npm run sample-api -- [--port 8787] [--host 127.0.0.1] [--base-path /api] [--data FILE]
 *   [--services N --seed S] [--latency MS] [--fail-rate 0..1] [--feedback-file FILE]
 *   [--feedback-down] [--inbox-token TOKEN] [--no-cors] [--ignore minimum_age,maximum_age] [--dump FILE]
 * Feedback is kept in .signpost-data/feedback.jsonl (git-ignored) unless --feedback-file says otherwise.
 * With --inbox-token, GET /feedback (the inbox: it holds people's emails) needs
 * `Authorization: Bearer TOKEN`; reports are still POSTed without it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createSampleApi } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'base-path': { type: 'string', default: '' },
    data: { type: 'string' },
    services: { type: 'string' },
    seed: { type: 'string' },
    latency: { type: 'string' },
    'fail-rate': { type: 'string' },
    'feedback-file': { type: 'string', default: '.signpost-data/feedback.jsonl' },
    'feedback-down': { type: 'boolean', default: false },
    'inbox-token': { type: 'string' },
    'no-cors': { type: 'boolean', default: false },
    ignore: { type: 'string' },
    dump: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run sample-api -- [--port 8787] [--host 127.0.0.1] [--base-path /api] [--data FILE]\n' +
      '  [--services N --seed S] [--latency MS] [--fail-rate 0..1] [--feedback-file FILE] [--feedback-down]\n' +
      '  [--inbox-token TOKEN  (GET /feedback then needs Authorization: Bearer TOKEN; recommended for real use)]\n' +
      '  [--no-cors  (no CORS headers)] [--ignore minimum_age,maximum_age  (query parameters to ignore)]\n' +
      '  [--dump FILE  (write the dataset as JSON and exit)]',
  );
  process.exit(0);
}

function num(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    console.error(`--${name} must be a number`);
    process.exit(2);
  }
  return n;
}

const started = performance.now();
const api = createSampleApi({
  basePath: values['base-path'],
  feedbackFile: values['feedback-file'],
  feedbackDown: values['feedback-down'],
  ...(values['inbox-token'] ? { inboxToken: values['inbox-token'] } : {}),
  cors: !values['no-cors'],
  ...(values.ignore ? { ignore: values.ignore.split(',').map((name) => name.trim()).filter(Boolean) } : {}),
  ...(values.data ? { data: values.data } : {}),
  ...optional('services', num('services', values.services)),
  ...optional('seed', num('seed', values.seed)),
  ...optional('latencyMs', num('latency', values.latency)),
  ...optional('failRate', num('fail-rate', values['fail-rate'])),
});

if (values.dump) {
  writeFileSync(values.dump, `${JSON.stringify(api.dataset, null, 1)}\n`);
  console.log(`Wrote ${api.dataset.services.length} services to ${values.dump}`);
  process.exit(0);
}

const { url } = await api.listen(num('port', values.port), values.host);
const ms = Math.round(performance.now() - started);
console.log(`Signpost sample ORUK API: ${api.dataset.services.length} services (ready in ${ms} ms)`);
console.log(`  v3         ${url}/v3/services`);
console.log(`  v1         ${url}/v1/services`);
console.log(`  postcodes  ${url}/postcodes/S1%202HE`);
console.log(`  feedback   ${url}/feedback  (stored in ${api.feedbackFile}; reading it ${values['inbox-token'] ? 'needs the inbox token' : 'is open to anyone: use --inbox-token for real use'})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void api.close().then(() => process.exit(0));
  });
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}
