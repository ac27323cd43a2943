import { expect, test } from './fixtures'
import { readPdf } from './pdf-text'

const squash = (text: string) => text.replace(/\s+/g, '')

test('a printed card shows its source and licence, also in the PDF', async ({ page }) => {
  await page.goto('/methoden/druck?karte=eins-zwei-vier-alle')
  await expect(page.getByRole('heading', { name: '1-2-4-Alle' })).toBeVisible()
  const credit = page.locator('.method-credit')
  await expect(credit).toContainText('Liberating Structures, Henri Lipmanowicz, Keith McCandless')
  // On paper the link is printed as text, so the source can be found again.
  await expect(credit).toContainText('https://www.liberatingstructures.com/1-2-4-all/')
  await expect(credit).toContainText('Lizenz der Quelle: CC BY-NC 3.0')
  await expect(credit.getByText('Lizenz dieser Karte')).toBeVisible()
  await expect(credit).toContainText('CC BY-NC 4.0')

  await page.emulateMedia({ media: 'print' })
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }))
  const front = squash(pdf.pages[0]!.text)
  expect(front).toContain(squash('Lizenz der Quelle: CC BY-NC 3.0'))
  expect(front).toContain(squash('Lizenz dieser Karte'))
  expect(front).toContain('CCBY-NC4.0')
})

test('the printed deck credits each card, and the method page links the source', async ({ page }) => {
  await page.goto('/methoden/druck?phase=5&minuten=45')
  const fronts = page.locator('.print-front')
  await expect(fronts.first()).toBeVisible()
  const count = await fronts.count()
  expect(count).toBeGreaterThan(1)
  await expect(page.locator('.print-front .method-credit')).toHaveCount(count)
  for (const front of await fronts.all()) {
    await expect(front.locator('.method-credit')).toContainText('Lizenz dieser Karte')
    await expect(front.locator('.method-credit')).toContainText(/CC BY/)
  }

  await page.goto('/methoden/druck?karte=world-cafe')
  await expect(page.locator('.method-credit')).toContainText('Eigener Text dieses Werkzeugs')
  await expect(page.locator('.method-credit')).toContainText('CC BY 4.0')

  await page.goto('/methoden/akteure-kartieren')
  const link = page.getByRole('link', { name: 'Handbuch Öffentliches Gestalten' })
  await expect(link).toHaveAttribute('href', 'https://oeffentliches-gestalten.org')
  await expect(page.locator('.method-credit')).toContainText(
    'Handbuch Öffentliches Gestalten, CityLAB Berlin (Technologiestiftung Berlin)',
  )
  await expect(page.locator('.method-credit')).toContainText('Lizenz der Quelle: CC BY-NC-SA 4.0')
})

test('searching "Bürgerbeteiligung" finds Öffentlichkeitsbeteiligung', async ({ page }) => {
  await page.goto(`/suche?q=${encodeURIComponent('Bürgerbeteiligung')}`)
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: 'Öffentlichkeitsbeteiligung' }).first()).toBeVisible()
})

test('the page on Gemeinsam Digital: Berlin lists eight theses, each linked to the tool', async ({
  page,
}) => {
  await page.goto('/handbuch/gemeinsam-digital')
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeinsam Digital: Berlin' })).toBeVisible()
  const heading = page.getByRole('heading', { name: 'Acht Thesen zur digitalen Transformation Berlins' })
  await expect(heading).toBeVisible()
  // The theses are the first list after their heading.
  const theses = page.locator('xpath=//h2[contains(., "Acht Thesen")]/following::ol[1]/li')
  await expect(theses).toHaveCount(8)
  for (const thesis of await theses.all()) await expect(thesis.getByRole('link').first()).toBeVisible()
  await theses.nth(2).getByRole('link', { name: 'Wertekompass' }).click()
  await expect(page).toHaveURL(/\/handbuch\/wertekompass$/)
})

test('a value’s guiding questions are labelled as this tool’s proposal, since the public handbook has none', async ({
  page,
}) => {
  await page.goto('/handbuch/werte/kooperativ')
  const questions = page.getByRole('region', { name: 'Leitfragen' })
  await expect(questions.getByText('Vorschlag dieses Werkzeugs')).toBeVisible()
  await expect(questions.getByRole('listitem').first()).toBeVisible()
})
