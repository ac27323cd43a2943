import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if it
 * is never reached: that is an unreachable control or a trap. Checks the focus indicator on arrival.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
  await expect(target).toBeAttached()
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement, null, { timeout: 10_000 })) {
      await expectFocusRing(page)
      return presses
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${target} was not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`)
}

/** The focused element shows a visible indicator: an outline or a box shadow. */
export async function expectFocusRing(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    return {
      element: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
      visible: outline || style.boxShadow !== 'none',
    }
  })
  expect(ring.visible, `visible focus indicator on ${ring.element}`).toBe(true)
}

/** The element that has focus, as a locator-free description for error messages. */
export const focused = (page: Page) => page.locator('*:focus')
