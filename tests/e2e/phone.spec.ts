import { expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

// Issue #16: on a phone the header is one compact row with a menu button; live mode shows the
// timer and the current item without the header.
test.use({ viewport: { width: 390, height: 844 } })
test.describe.configure({ timeout: 120_000 })

const TEXTS = {
  de: { locale: 'de-DE', menu: 'Menü', nav: 'Hauptnavigation', methods: 'Methoden', search: 'Suchen …' },
  en: { locale: 'en-GB', menu: 'Menu', nav: 'Main navigation', methods: 'Methods', search: 'Search …' },
} as const

for (const lang of ['de', 'en'] as const) {
  const text = TEXTS[lang]
  test.describe(lang, () => {
    test.use({ locale: text.locale })

    test(`the header is at most 64 px tall and its menu works by keyboard (${lang})`, async ({ page }) => {
      for (const route of ['/', '/handbuch/prozessmodell', '/methoden', '/projekte']) {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        const height = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height)
        expect(height, route).toBeLessThanOrEqual(64)
      }

      const menu = page.getByRole('button', { name: text.menu, exact: true })
      const nav = page.getByRole('navigation', { name: text.nav })
      await expect(nav).toBeHidden()
      await menu.focus()
      await page.keyboard.press('Enter')
      await expect(nav).toBeVisible()
      await expect(page.getByRole('searchbox').or(page.getByPlaceholder(text.search))).toBeVisible()
      await expect(page.getByRole('button', { name: 'English' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Deutsch' })).toBeVisible()

      // Escape closes it and gives focus back to the button.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Escape')
      await expect(nav).toBeHidden()
      await expect(menu).toBeFocused()

      // A link in the menu opens its page and closes the menu.
      await menu.click()
      await nav.getByRole('link', { name: text.methods }).click()
      await expect(page.getByRole('heading', { level: 1, name: text.methods })).toBeVisible()
      await expect(nav).toBeHidden()
    })
  })
}

test('the menu holds the team switcher; live mode hides the header', async ({ page }) => {
  const { workshop } = await seedProjectAndWorkshop(page)
  await page.goto('/projekte')
  await page.getByRole('button', { name: 'Menü', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.goto(`${workshop}/live`)
  await expect(page.getByRole('heading', { level: 2, name: 'Check-in' })).toBeInViewport()
  await expect(page.getByRole('timer')).toBeInViewport()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('link', { name: 'Zum Planer' })).toBeVisible()
})
