import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '/work/wt-kern/tests/e2e/chromium.ts'
const base = 'http://127.0.0.1:4194'
const [, , width = '1280', scheme = 'light', ...routes] = process.argv
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light', locale: 'de-DE' })
const page = await ctx.newPage()
for (const r of routes) {
  await page.goto(base + r)
  await page.waitForTimeout(1200)
  const name = `/tmp/kp/shots/${width}-${scheme}-${r.replace(/\W+/g, '_')}.png`
  await page.screenshot({ path: name, fullPage: false })
  console.log(name)
}
await browser.close()
