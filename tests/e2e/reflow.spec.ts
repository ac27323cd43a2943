import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadHandbook } from '../../build/content/load.ts'
import { contentPath } from '../../src/content/routes.ts'
import { expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

// WCAG 1.4.10 Reflow: at 320 CSS px nothing may need scrolling sideways, except a table, which may
// scroll inside its own focusable, labelled region.
const WIDTH = 320
test.use({ viewport: { width: WIDTH, height: 640 } })
test.describe.configure({ timeout: 120_000 })

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', 'handbook-content'), {
  strictTranslations: true,
})

/** One address for every route of src/app/router.ts and src/features/\*\/routes.ts. */
function routes(ids: { project: string; workshop: string }): string[] {
  const de = handbooks.de
  return [
    '/',
    '/handbuch',
    '/handbuch/glossar',
    contentPath('page', de.descriptionTemplate!.id),
    contentPath('phase', de.phases[0].id),
    contentPath('format', de.formats[0].id),
    contentPath('value', de.values[0].id),
    contentPath('step', de.steps[0].id),
    '/handbuch/prozessmodell',
    '/suche?q=Beteiligung',
    '/ueber',
    '/datenschutz',
    '/barrierefreiheit',
    '/methoden',
    '/methoden/sammlungen',
    '/methoden/druck',
    '/methoden/akteure-kartieren',
    '/projekte',
    ids.project,
    `${ids.project}/einstieg`,
    `${ids.project}/schritte/${de.steps[0].id}`,
    `${ids.project}/beschreibung`,
    `${ids.project}/logbuch`,
    '/workshops',
    ids.workshop,
    `${ids.workshop}/live`,
    '/daten',
    '/gibt-es-nicht',
  ]
}

/** The page's width, and the elements that stick out to the right outside a scrolling region. */
async function overflow(page: Page) {
  return page.evaluate((width) => {
    const scrolls = (el: Element | null): boolean =>
      !!el && (['auto', 'scroll'].includes(getComputedStyle(el).overflowX) || scrolls(el.parentElement))
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el.parentElement))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
      )
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) }
  }, WIDTH)
}

async function expectReflow(page: Page, route: string) {
  await page.goto(route)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
  ).toHaveCount(0)
  const { scrollWidth, culprits } = await overflow(page)
  expect
    .soft(scrollWidth, `${route} is ${scrollWidth} px wide: ${culprits.join(', ')}`)
    .toBeLessThanOrEqual(WIDTH)
}

for (const lang of ['de', 'en'] as const) {
  test.describe(lang, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })
    test(`every route fits 320 px without horizontal scrolling (${lang})`, async ({ page }) => {
      const ids = await seedProjectAndWorkshop(page, lang)
      for (const route of routes(ids)) await expectReflow(page, route)
    })
  })
}

test('every handbook page and method card fits 320 px (de)', async ({ page }) => {
  const de = handbooks.de
  const kinds = [
    ['page', de.pages],
    ['phase', de.phases],
    ['format', de.formats],
    ['value', de.values],
    ['step', de.steps],
    ['method', de.methods],
  ] as const
  for (const [kind, docs] of kinds) {
    for (const doc of docs) await expectReflow(page, contentPath(kind, doc.id))
  }
})
