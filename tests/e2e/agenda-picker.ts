import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Adds a method to the planner's agenda as a facilitator does: search its title, press its "Add". */
export async function addMethodToAgenda(page: Page, title: string, lang: 'de' | 'en' = 'de') {
  const de = lang === 'de'
  const items = page.locator('ol.agenda > li')
  const before = await items.count()
  await page.getByLabel(de ? 'Methode suchen' : 'Search methods').fill(title)
  await page
    .getByRole('button', {
      name: de ? `„${title}“ zum Ablauf hinzufügen` : `Add “${title}” to the agenda`,
      exact: true,
    })
    .click()
  await expect(items).toHaveCount(before + 1)
}
