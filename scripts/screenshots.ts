/**
 * Takes the README's screenshots from the production build: `npm run build`, then
 * `npx tsx scripts/screenshots.ts` (SCREENSHOT_PORT moves the preview server from 4192). For another
 * handbook, give the same HANDBOOK_DIR as the build, and SCREENSHOT_DIST for a build outside dist/:
 * the pages are found in the content (scripts/screenshot-pages.ts), so they exist in that build.
 */
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { formatError } from '../build/content/errors.ts'
import { handbookRoot } from '../build/content/langs.ts'
import { loadHandbook } from '../build/content/load.ts'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'
import { screenshotPages } from './screenshot-pages.ts'

const { langs, handbooks, errors } = loadHandbook(handbookRoot(resolve(import.meta.dirname, '..')), {
  strictTranslations: true,
})
if (errors.length > 0 || !langs[0]) {
  console.error(`The handbook content has problems; npm run content:check lists them:\n`)
  for (const error of errors) console.error(`  ${formatError(error)}`)
  process.exit(1)
}
const shots = screenshotPages(handbooks[langs[0]])

const port = Number(process.env.SCREENSHOT_PORT ?? 4192)
const server = await preview({
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { outDir: process.env.SCREENSHOT_DIST ?? 'dist' },
})
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, locale: shot.locale, deviceScaleFactor: 1 })
    await page.goto(`http://127.0.0.1:${port}${shot.path}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: shot.file })
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
