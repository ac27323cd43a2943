import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium.ts'
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS })
for (const width of [390, 320, 1200]) {
const page = await browser.newPage({ viewport: { width, height: 700 }, locale: 'de-DE' })
await page.goto('http://127.0.0.1:4194/handbuch')
await page.waitForTimeout(800)
console.log(width, 'header', await page.locator('header.header').evaluate((e) => e.getBoundingClientRect().height), 'scroll', await page.evaluate(() => document.documentElement.scrollWidth))
const b = page.getByRole('button', { name: 'Menü' })
if (await b.isVisible()) {
  await b.focus(); await page.keyboard.press('Enter'); await page.waitForTimeout(300)
  console.log('expanded', await b.getAttribute('aria-expanded'), await page.locator('#header-menu').evaluate((e) => e.matches(':popover-open')))
  await page.screenshot({ path: `/tmp/kp/shots/menu-${width}.png` })
  await page.keyboard.press('Tab'); await page.keyboard.press('Escape'); await page.waitForTimeout(200)
  console.log('after esc focus:', await page.evaluate(() => document.activeElement?.textContent?.trim()), await page.locator('#header-menu').evaluate((e) => e.matches(':popover-open')))
}
}
await browser.close()
