import { BERLIN_WORDS, crawl, shown } from '../crawl'
import { axeViolations, expect, test } from '../fixtures'

/**
 * These tests run against a build of tests/fixtures/handbook-three-phases: a made-up town's
 * handbook, three phases, German only (playwright.config.ts, project "other-handbook"). They prove
 * that the app is an engine: nothing of the Berlin handbook shows, and every internal link works.
 */

test('every page reachable by a link shows this handbook only, and no link leads to "not found"', async ({
  page,
}) => {
  test.setTimeout(180_000)
  // Projects and workshops are made by the user; the journeys (journeys.spec.ts) walk those screens.
  const start = ['/', '/handbuch', '/methoden', '/projekte', '/workshops', '/daten', '/handbuch/glossar']
  const { seen, problems } = await crawl(page, start, [...BERLIN_WORDS, 'Phase 4', 'Phase 5'])
  expect(problems).toEqual([])
  // The handbook's own pages were all found: three phases, two values, four methods.
  for (const path of ['/handbuch/phasen/erkunden', '/handbuch/werte/fairness', '/methoden/testlauf'])
    expect(seen, `a link leads to ${path}`).toContain(path)
})

test('a skippable phase needs no pre-process, which this handbook does not name', async ({ page }) => {
  await page.goto('/handbuch/phasen/erproben')
  await shown(page)
  await expect(
    page.getByText(
      'Diese Phase kann übersprungen werden, wenn die Abschlussfragen einer früheren Phase das ergeben.',
    ),
  ).toBeVisible()
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
