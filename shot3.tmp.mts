import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium.ts'
import { seedProjectAndWorkshop } from './tests/e2e/seed.ts'
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
const ctx = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: 'de-DE', baseURL: 'http://127.0.0.1:4194' })
const page = await ctx.newPage()
const { project, workshop } = await seedProjectAndWorkshop(page as never, 'de')
const fit = async (what: string) => console.log(what, await page.evaluate(() => {
  const w = innerWidth
  return [document.documentElement.scrollWidth, [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 0.5).slice(0, 6).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)]
}))
await page.goto(project + '/schritte/mehrwert-identifizieren'); await page.waitForTimeout(1500)
await page.getByRole('radio').first().focus(); await page.keyboard.press('ArrowRight'); await page.waitForTimeout(500)
await fit('compass q'); await page.screenshot({ path: '/tmp/kp/shots/compass-q.png', fullPage: true })
await page.goto(project + '/beschreibung'); await page.waitForTimeout(1500)
await fit('desc'); await page.screenshot({ path: '/tmp/kp/shots/desc.png', fullPage: true })
await page.goto(workshop); await page.waitForTimeout(1500)
await fit('planner'); await page.screenshot({ path: '/tmp/kp/shots/planner.png', fullPage: true })
await page.goto(workshop + '/live'); await page.waitForTimeout(1500)
await page.screenshot({ path: '/tmp/kp/shots/live.png' })
await browser.close()
