// `npm test`: every check CI runs, in order, stopping at the first failure. The last line is
// always `minutes: N passed, N failed, N skipped`, totalled over Vitest and Playwright.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildClient } from './lib/buildClient.mjs'
import { ensureInstalled } from './lib/ensureInstalled.mjs'
import { log } from './lib/log.mjs'
import { readTestTotals } from './lib/readTestTotals.mjs'
import { repoRoot } from './lib/repoRoot.mjs'
import { run } from './lib/run.mjs'

const reports = join(repoRoot, '.minutes-state', 'reports')
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')
const bin = (folder, name) => join(repoRoot, folder, 'node_modules', '.bin', name)

const totals = { passed: 0, failed: 0, skipped: 0 }

const steps = [
  { name: 'install', action: ensureInstalled },
  { name: 'lint and format', action: () => check(bin('.', 'biome'), ['check', '.']) },
  { name: 'typecheck', action: () => check(bin('.', 'tsc'), ['-b']) },
  {
    name: 'unit and integration tests',
    report: vitestReport,
    action: () =>
      check(bin('.', 'vitest'), [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${vitestReport}`,
      ]),
  },
  { name: 'client build', action: buildClient },
  { name: 'end-to-end tests', report: playwrightReport, action: runEndToEndTests },
]

async function check(command, args, options) {
  const code = await run(command, args, options)
  if (code !== 0) throw new Error(`\`${command.split('/').pop()} ${args[0]}\` exited with ${code}`)
}

async function runEndToEndTests() {
  // A fresh data folder per run, kept when a test fails so its documents can be inspected.
  const dataDir = mkdtempSync(join(tmpdir(), 'minutes-e2e-'))
  await check(bin('e2e', 'playwright'), ['test'], {
    cwd: join(repoRoot, 'e2e'),
    env: {
      ...process.env,
      MINUTES_E2E_DATA_DIR: dataDir,
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    },
  }).catch((error) => {
    log(`the e2e server's data is kept in ${dataDir}`)
    throw error
  })
  rmSync(dataDir, { recursive: true, force: true })
}

rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const started = Date.now()
let failedStep = null
for (const step of steps) {
  log(`▶ ${step.name}`)
  const stepStarted = Date.now()
  let error = await step.action().then(() => null, asError)
  let stepTotals = null
  try {
    stepTotals = step.report ? readTestTotals(step.report) : null
  } catch (caught) {
    error ??= asError(caught)
  }
  if (step.report && !stepTotals) error ??= new Error(`it wrote no report to ${step.report}`)
  const duration = elapsed(stepStarted)
  if (stepTotals) {
    totals.passed += stepTotals.passed
    totals.failed += stepTotals.failed
    totals.skipped += stepTotals.skipped
  }
  if (error) {
    // A step that fails outside any test still makes the run red: count it, so the closing
    // line never reads "0 failed" on a failed run.
    if (!stepTotals?.failed) totals.failed += 1
    log(`✗ ${step.name} failed after ${duration}: ${error.message}`)
    failedStep = step.name
    break
  }
  log(`✓ ${step.name} (${duration})`)
}

if (!failedStep && totals.passed + totals.failed === 0) {
  log('✗ no tests ran')
  totals.failed += 1
}
log(`${failedStep ? `stopped at "${failedStep}"` : 'all steps passed'} in ${elapsed(started)}`)
console.log(`minutes: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exitCode = totals.failed > 0 ? 1 : 0

function asError(value) {
  return value instanceof Error ? value : new Error(String(value))
}

function elapsed(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`
}
