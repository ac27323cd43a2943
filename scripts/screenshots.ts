/**
 * Takes the README's screenshots from the production build: `npm run build`, then
 * `npx tsx scripts/screenshots.ts` (SCREENSHOT_PORT moves the preview server from 4192).
 * A phase page on a desktop and on a phone (390 px, with the compact header).
 */
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'

const port = Number(process.env.SCREENSHOT_PORT ?? 4192)
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } })
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
try {
  const shots = [
    { file: 'docs/screenshot.png', viewport: { width: 1200, height: 800 } },
    { file: 'docs/screenshot-phone.png', viewport: { width: 390, height: 844 } },
  ]
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, locale: 'de-DE', deviceScaleFactor: 1 })
    await page.goto(`http://127.0.0.1:${port}/handbuch/phasen/vorprozess`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: shot.file })
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
