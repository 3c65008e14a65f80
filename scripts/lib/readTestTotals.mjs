import { existsSync, readFileSync } from 'node:fs'

/**
 * Reads the totals from a Vitest or Playwright JSON report. A test file that failed to load,
 * or an error outside any test (a web server that did not start), counts as one failed test:
 * the tests it holds did not pass. Resolves with null when there is no report.
 */
export function readTestTotals(reportPath) {
  if (!existsSync(reportPath)) return null
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  if ('numPassedTests' in report) {
    const unloadedFiles = report.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + unloadedFiles,
      skipped: report.numPendingTests + report.numTodoTests,
    }
  }
  const { expected, unexpected, flaky, skipped, interrupted = 0 } = report.stats
  return {
    passed: expected + flaky,
    failed: unexpected + interrupted + (report.errors?.length ?? 0),
    skipped,
  }
}
