/**
 * Lighthouse's accessibility audit of a wizard step that holds a real project. The step needs the
 * project in IndexedDB, so it is made through the interface in the browser profile that Lighthouse
 * then drives, and Lighthouse is told to keep that storage. Moved here from the end-to-end tests:
 * a Lighthouse run takes 15–30 s on two busy cores, and axe checks the same rules there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.ts'

export interface StepAccessibility {
  path: string
  /** 0–100. */
  score: number
  /** The binary audits that failed, as "id: title". */
  failing: string[]
}

export async function lighthouseStepAccessibility(
  executablePath: string,
  base: string,
): Promise<StepAccessibility> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-a11y-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
    locale: 'de-DE',
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${base}/projekte`)
    await page.getByLabel('Name des neuen Teams').fill('Team Stadtgrün')
    await page.getByRole('button', { name: 'Team anlegen' }).click()
    await page.getByLabel('Titel der Maßnahme').fill('Schattenplätze')
    await page.getByRole('button', { name: 'Projekt anlegen' }).click()
    await page.waitForURL(/\/projekte\/[^/]+\/.+$/)
    const project = new URL(page.url()).pathname.match(/^\/projekte\/[^/]+/)![0]
    const path = `${project}/schritte/kick-off`
    await page.goto(base + path)
    await page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?').waitFor()

    const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
    const run = await lighthouse(base + path, {
      port,
      logLevel: 'error',
      onlyCategories: ['accessibility'],
      disableStorageReset: true,
      // Only the accessibility audits run: no throttling, and no waiting for a quiet network.
      throttlingMethod: 'provided',
      formFactor: 'desktop',
      screenEmulation: { disabled: true },
      disableFullPageScreenshot: true,
    })
    const lhr = run!.lhr
    if (!lhr.finalDisplayedUrl.includes(path))
      throw new Error(`Lighthouse saw ${lhr.finalDisplayedUrl}, not ${path}`)
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => `${a.id}: ${a.title}`)
    return {
      path: '/projekte/…/schritte/kick-off',
      score: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      failing,
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
