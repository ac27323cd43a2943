/**
 * `npm test`: every check in order, stopping at the first failure, then one summary line for all
 * suites together ("N passed, N failed"). Test counts come from the JSON reports of Vitest and
 * Playwright; a failing step without tests (type-check, lint, content, build) counts as one failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const VITEST_REPORT = 'test-results/vitest.json'
const SERVER_REPORT = 'test-results/vitest-server.json'
const PLAYWRIGHT_REPORT = 'test-results/playwright.json'

/** Each step is a package script, so `npm test` and a developer running one check run the same command. */
const steps = [
  { name: 'type-check', script: 'typecheck' },
  { name: 'lint', script: 'lint:code' },
  { name: 'format', script: 'format:check' },
  { name: 'content check', script: 'content:check' },
  {
    name: 'unit and component tests',
    script: 'test:unit',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`],
    report: VITEST_REPORT,
  },
  {
    name: 'sync server tests',
    script: 'test:server',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${SERVER_REPORT}`],
    report: SERVER_REPORT,
  },
  { name: 'production build', script: 'build' },
  // Two other handbooks (three phases in German only; four phases in German and English): the
  // other-handbook and four-phase-handbook end-to-end tests drive them.
  { name: 'production builds of two other handbooks', script: 'build:other' },
  // Playwright's JSON reporter is set in playwright.config.ts.
  { name: 'end-to-end tests', script: 'test:e2e', report: PLAYWRIGHT_REPORT },
]

function countVitest(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0),
  }
}

function countPlaywright(report) {
  const stats = report.stats ?? {}
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    flaky: stats.flaky ?? 0,
  }
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

let passed = 0
let failed = 0
let flaky = 0
const started = Date.now()

for (const step of steps) {
  const t0 = Date.now()
  console.log(`\n▶ ${step.name}`)
  const args = ['run', step.script, ...(step.args ? ['--', ...step.args] : [])]
  const result = spawnSync('npm', args, { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)
  let counted = false
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8'))
    const counts = step.report === PLAYWRIGHT_REPORT ? countPlaywright(report) : countVitest(report)
    passed += counts.passed
    failed += counts.failed
    flaky += counts.flaky ?? 0
    counted = counts.failed > 0
  }
  if (result.status !== 0) {
    if (!counted) failed += 1
    console.error(`\n✗ ${step.name} failed after ${seconds} s`)
    break
  }
  console.log(`✓ ${step.name} (${seconds} s)`)
}

if (flaky > 0)
  console.log(`\n${flaky} end-to-end test(s) passed only on their retry (flaky); see the list above.`)
console.log(`\nTotal time: ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
