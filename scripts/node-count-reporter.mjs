// A node:test reporter that emits only a JSON line of totals (tests, not suites).
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:fail') counts.failed += 1;
    else if (event.data.skip || event.data.todo) counts.skipped += 1;
    else counts.passed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
