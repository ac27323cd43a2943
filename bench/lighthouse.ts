/** Lighthouse, mobile with simulated throttling, on the production build. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.ts'

export interface LighthouseResult {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
}

export async function runLighthouse(
  chromePath: string,
  urls: string[],
): Promise<Record<string, LighthouseResult>> {
  const results: Record<string, LighthouseResult> = {}
  for (const url of urls) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-'))
    // `--headless=new` must be passed explicitly (toolchain notes).
    const chrome = await chromeLauncher.launch({
      chromePath,
      userDataDir,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    })
    try {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      })
      const lhr = run!.lhr
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      results[url] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      }
    } finally {
      chrome.kill()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
  return results
}
