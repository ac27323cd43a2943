import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from '../fixtures'

/**
 * These tests run against a build of tests/fixtures/handbook-three-phases: a made-up town's
 * handbook, three phases, German only (playwright.config.ts, project "other-handbook"). They prove
 * that the app is an engine: nothing of the Berlin handbook shows, and every internal link works.
 */

/** Words of the Berlin handbook that this handbook never uses. */
const BERLIN_WORDS = [
  'Gemeinsam Digital',
  'GD:B',
  'Senatskanzlei',
  'Berlin',
  'fünf Phasen',
  'Vorprozess',
  'Maßnahme',
  'Einstiegscheck',
  'Wertekompass',
  'Phase 4',
  'Phase 5',
]

async function shown(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /Inhalte werden geladen/ })).toHaveCount(0)
}

/** The whole visible text plus the page title, for the word check. */
const visibleText = (page: Page) => page.evaluate(() => `${document.title}\n${document.body.innerText}`)

function berlinWordsIn(text: string) {
  return BERLIN_WORDS.filter((word) => text.includes(word))
}

test('every page reachable by a link shows this handbook only, and no link leads to "not found"', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const start = ['/', '/handbuch', '/methoden', '/projekte', '/workshops', '/daten', '/handbuch/glossar']
  const queue = [...start]
  const seen = new Set(queue)
  const problems: string[] = []
  while (queue.length > 0) {
    const path = queue.shift()!
    await page.goto(path)
    await shown(page)
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    if (/Seite nicht gefunden|nicht gefunden/.test(heading)) problems.push(`${path}: "${heading}"`)
    for (const word of berlinWordsIn(await visibleText(page))) problems.push(`${path} shows "${word}"`)
    const links = await page.evaluate(() =>
      // Also the links of the process diagram (SVG), whose `href` is not a string.
      [...document.querySelectorAll('a[href]')]
        .map((a) => new URL(a.getAttribute('href')!, location.href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname),
    )
    for (const link of links) {
      // Projects and workshops are made by the user; the tests below walk those screens.
      if (!seen.has(link) && !/\.\w+$/.test(link)) {
        seen.add(link)
        queue.push(link)
      }
    }
  }
  expect(problems).toEqual([])
  // The handbook's own pages were all found: three phases, two values, four methods.
  for (const path of ['/handbuch/phasen/erkunden', '/handbuch/werte/fairness', '/methoden/testlauf'])
    expect([...seen], `a link leads to ${path}`).toContain(path)
})

test('the home page names this handbook, offers no language switch and passes axe', async ({ page }) => {
  await page.goto('/')
  await shown(page)
  await expect(page).toHaveTitle(/Werkstatt Digital/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen in der Werkstatt')
  await expect(page.getByRole('contentinfo')).toContainText('Ein Übungsleitfaden ohne amtliche Geltung.')
  await expect(page.getByRole('group', { name: 'Sprache' })).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])
})

test('the home page offers creating a project in its own words, and no sample, since this handbook has none', async ({
  page,
}) => {
  await page.goto('/')
  await shown(page)
  await expect(page.getByRole('link', { name: 'Vorhaben anlegen' })).toHaveAttribute('href', '/projekte')
  await expect(page.locator('a[href="/projekte/beispiel"]')).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Beispiel/ })).toHaveCount(0)
  // The address itself says there is nothing to see, instead of an empty page.
  await page.goto('/projekte/beispiel')
  await shown(page)
  await expect(page.getByText('Dieses Handbuch enthält kein Beispiel.')).toBeVisible()
})
