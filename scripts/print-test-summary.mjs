// Prints vitest's JSON report as one plain line, `N passed, N failed[, N skipped]`, for CI.
import { existsSync, readFileSync } from 'node:fs';

const reportPath = process.argv[2] ?? 'test-results/vitest.json';

if (!existsSync(reportPath)) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${reportPath}: the test run did not finish.`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(reportPath, 'utf8'));
// A file that failed to load counts as a failure even though it ran no test.
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && file.assertionResults.length === 0,
).length;
const failed = report.numFailedTests + brokenFiles;
const skipped = report.numPendingTests + report.numTodoTests;
const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';

console.log(`${report.numPassedTests} passed, ${failed} failed${skippedPart}`);
process.exit(failed > 0 || report.numTotalTests === 0 ? 1 : 0);
