import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadHandbook } from '../../build/content/load.ts'
import { contentPath } from '../../src/content/routes.ts'
import { expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

// WCAG 1.4.10 Reflow: at 320 CSS px nothing may need scrolling sideways, except a table, which may
// scroll inside its own focusable, labelled region. 390 px is a common phone (issue #16).
const WIDTH = 320
const PHONE_WIDTHS = [320, 390] as const
test.use({ viewport: { width: WIDTH, height: 640 } })
test.describe.configure({ timeout: 180_000 })

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
    '/projekte/beispiel',
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
async function overflow(page: Page, width: number) {
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
  }, width)
}

async function loaded(page: Page, route: string) {
  await page.goto(route)
  // The print sheets of all 64 cards take a while on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 })
  await expect(
    page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
  ).toHaveCount(0)
}

async function expectFits(page: Page, what: string) {
  const width = page.viewportSize()!.width
  const { scrollWidth, culprits } = await overflow(page, width)
  expect
    .soft(scrollWidth, `${what} is ${scrollWidth} px wide: ${culprits.join(', ')}`)
    .toBeLessThanOrEqual(width)
}

async function expectReflow(page: Page, route: string) {
  await loaded(page, route)
  await expectFits(page, route)
}

for (const width of PHONE_WIDTHS) {
  for (const lang of ['de', 'en'] as const) {
    test.describe(`${lang}, ${width} px`, () => {
      test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB', viewport: { width, height: 640 } })

      test(`every route fits without horizontal scrolling (${lang}, ${width} px)`, async ({ page }) => {
        const ids = await seedProjectAndWorkshop(page, lang)
        for (const route of routes(ids)) await expectReflow(page, route)

        // The three screens issue #16 found too wide: the wizard's value-compass question once
        // rated (its chart appears), the description with that compass, the planner's details.
        await loaded(page, `${ids.project}/schritte/mehrwert-identifizieren`)
        await page.getByRole('radio').first().focus()
        await page.keyboard.press('ArrowRight')
        await expect(page.locator('.compass-chart__bar').first()).toBeVisible()
        await expectFits(page, 'the rated value-compass question')
        await loaded(page, `${ids.project}/beschreibung`)
        await expect(page.locator('.compass-chart__bar').first()).toBeVisible()
        await expectFits(page, 'the description with its compass')
        await loaded(page, ids.workshop)
        await page
          .getByLabel(lang === 'de' ? 'Ort oder Online-Link' : 'Place or online link')
          .fill('Rathaus Schöneberg, Saal 1')
        // An agenda row stacks on a phone; its details hold the widest fields.
        await page
          .getByRole('button', { name: lang === 'de' ? /^Details für/ : /^Details for/ })
          .first()
          .click()
        await expect(page.getByLabel(lang === 'de' ? 'Notizen' : 'Notes').first()).toBeVisible()
        await expectFits(page, 'the planner with its details filled in')
      })
    })
  }
}

/**
 * Moves to `route` inside the running app, as its own links do, instead of loading the page anew:
 * vue-router follows a popstate event. Sweeping 130 pages this way takes seconds, not minutes.
 */
async function navigateInApp(page: Page, route: string, heading: string) {
  await page.evaluate((route) => {
    history.pushState(history.state, '', route)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, route)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
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
  await loaded(page, '/handbuch')
  let pages = 0
  for (const [kind, docs] of kinds) {
    for (const doc of docs) {
      await navigateInApp(page, contentPath(kind, doc.id), doc.title)
      await expectFits(page, contentPath(kind, doc.id))
      pages += 1
    }
  }
  expect(pages).toBeGreaterThan(100)
})
