import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import { expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

// Lighthouse's accessibility category on four kinds of page. The wizard step needs a project in
// IndexedDB, so the project is made in the same browser profile that Lighthouse then drives, and
// Lighthouse is told to keep that storage.
// About 15 s per page on two busy cores (load 11), less on an idle machine.
test.describe.configure({ timeout: 120_000 })

test('Lighthouse accessibility is 100 on home, a handbook page, the method library and a wizard step', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-a11y-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
    baseURL,
    locale: 'de-DE',
  })
  const external: string[] = []
  context.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url())
    if (protocol.startsWith('http') && !['127.0.0.1', 'localhost'].includes(hostname))
      external.push(request.url())
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const { project } = await seedProjectAndWorkshop(page)
    await page.goto(`${project}/schritte/kick-off`)
    await expect(page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')).toBeVisible()
    const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
    const urls = ['/', '/handbuch/prozessmodell', '/methoden', `${project}/schritte/kick-off`]
    const failures: string[] = []
    for (const path of urls) {
      const run = await lighthouse(`${baseURL}${path}`, {
        port,
        logLevel: 'error',
        onlyCategories: ['accessibility'],
        disableStorageReset: true,
        // Only the accessibility audits run: no throttling, and no waiting for a quiet network.
        throttlingMethod: 'provided',
        formFactor: 'desktop',
        screenEmulation: { disabled: true },
        pauseAfterFcpMs: 0,
        pauseAfterLoadMs: 0,
        networkQuietThresholdMs: 0,
        cpuQuietThresholdMs: 0,
        disableFullPageScreenshot: true,
        skipAboutBlank: true,
      })
      const lhr = run!.lhr
      const score = lhr.categories.accessibility.score
      if (score !== 1) {
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => `${a.id}: ${a.title}`)
        failures.push(`${path}: ${score} (${failing.join('; ')})`)
      }
      expect(lhr.finalDisplayedUrl, 'Lighthouse saw the page itself, not a fallback').toContain(path)
    }
    expect(failures).toEqual([])
    // The storage Lighthouse was told to keep still holds the project, so it audited the real step.
    await page.goto(urls[3])
    await expect(page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')).toBeVisible()
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
  expect(external).toEqual([])
})
