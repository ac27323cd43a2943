import { axeViolations, expect, test } from './fixtures'

const ROUTES = [
  '/',
  '/handbuch',
  '/handbuch/prozessmodell',
  '/handbuch/phasen/vorprozess',
  '/handbuch/formate/kick-off',
  '/handbuch/werte/kooperativ',
  '/handbuch/schritte/kick-off',
  '/handbuch/glossar',
  '/methoden',
  '/methoden/akteure-kartieren',
  '/projekte',
  '/workshops',
  '/beitreten',
  '/beitreten#v=1&s=https%3A%2F%2Fx&t=t&k=kurz',
  '/suche?q=Beteiligung',
  '/ueber',
  '/barrierefreiheit',
  '/datenschutz',
  '/gibt-es-nicht',
]

for (const lang of ['de', 'en'] as const) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })
    for (const route of ROUTES) {
      test(`${route} has no violations`, async ({ page }) => {
        await page.goto(route)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(
          page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
        ).toHaveCount(0)
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}
