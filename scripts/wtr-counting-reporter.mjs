// A web-test-runner reporter that counts passed and failed tests and writes the totals
// to SIGNPOST_COUNTS_FILE (if set), so scripts/test.mjs can print one closing line.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped += 1;
    else if (t.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const s of suite.suites ?? []) countSuite(s, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      if (process.env.SIGNPOST_COUNTS_FILE) {
        writeFileSync(process.env.SIGNPOST_COUNTS_FILE, JSON.stringify(counts));
      }
    },
  };
}
