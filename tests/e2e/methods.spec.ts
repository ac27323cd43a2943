import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { loadHandbook } from '../../build/content/load.ts'
import { deckSheets } from '../../src/lib/method-deck.ts'
import { axeViolations, expect, openAppDatabase, test } from './fixtures'
import { readPdf } from './pdf-text'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', 'handbook-content'), {
  strictTranslations: true,
})
const de = handbooks.de

/** The app has no team screen of its own here; a team is stored as the projects feature would. */
async function createTeam(page: Page, name = 'Team Kiez-App') {
  await openAppDatabase(page)
  await page.evaluate(async (teamName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('teams', 'readwrite')
      const time = new Date().toISOString()
      tx.objectStore('teams').put({ id: 'team-1', name: teamName, createdAt: time, updatedAt: time })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, name)
  await page.goto('/methoden')
}

const cardTitles = (page: Page) => page.locator('.method-card h2').allTextContents()

test('filters combine, live in the URL and match the content', async ({ page }) => {
  const expected = de.methods.filter((m) => m.phases.includes(3) && m.duration.min <= 60).map((m) => m.title)
  expect(expected.length).toBeGreaterThan(3)

  await page.goto('/methoden')
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: `${de.methods.length} Methoden passen` }),
  ).toBeVisible()
  await page.getByRole('button', { name: /^Filter anzeigen/ }).click()
  await page.getByRole('checkbox', { name: 'Phase 3' }).check()
  await page.getByLabel('Passt in … Minuten').fill('60')
  await expect(page).toHaveURL(/phase=3/)
  await expect(page).toHaveURL(/minuten=60/)
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: `${expected.length} Methoden passen` }),
  ).toBeVisible()
  expect(await cardTitles(page)).toEqual(expected)
  // Each card names its phases as the handbook does, with the number (issue 20).
  const phase3 = de.phases.find((p) => p.number === 3)!.title
  for (const card of await page.locator('.method-card').all())
    await expect(card.locator('.phase-markers')).toContainText(`3 ${phase3}`)

  // Chips name the active filters; removing one widens the result, the back button restores it.
  const chips = page.getByRole('region', { name: 'Aktive Filter' })
  await chips.getByRole('button', { name: 'Phase 3: Erprobung entfernen' }).click()
  const fitting = de.methods.filter((m) => m.duration.min <= 60)
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: `${fitting.length} Methoden passen` }),
  ).toBeVisible()
  await expect(page).not.toHaveURL(/phase=/)
  await page.goBack()
  await expect(page.getByRole('checkbox', { name: 'Phase 3' })).toBeChecked()
  expect(await cardTitles(page)).toEqual(expected)

  // A bookmarked address gives the same view; search text combines with the facets.
  await page.goto('/methoden?phase=3&minuten=60&q=protokoll')
  const searched = de.methods.filter(
    (m) =>
      m.phases.includes(3) && m.duration.min <= 60 && /protokoll/i.test(`${m.title} ${m.summary} ${m.html}`),
  )
  await expect(page.getByLabel('Methoden durchsuchen')).toHaveValue('protokoll')
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /passt|passen/ }),
  ).toHaveText(searched.length === 1 ? 'Eine Methode passt' : `${searched.length} Methoden passen`)
  const people = page.getByRole('group', { name: 'Geeignet für … Personen' })
  await people.getByLabel('von').fill('5')
  const forFive = searched.filter((m) => m.groupSize.min <= 5 && 5 <= m.groupSize.max)
  await expect(page).toHaveURL(/personen=5(&|$)/)
  expect(await cardTitles(page)).toEqual(forFive.map((m) => m.title))
  // "5 to 12 people": the method must work for every size in between.
  await people.getByLabel('bis').fill('12')
  const fiveToTwelve = searched.filter((m) => m.groupSize.min <= 5 && 12 <= m.groupSize.max)
  await expect(page).toHaveURL(/personen=5-12/)
  await expect(page.getByRole('button', { name: /für 5–12 Personen/ })).toBeVisible()
  expect(await cardTitles(page)).toEqual(fiveToTwelve.map((m) => m.title))

  await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click()
  await expect(page).toHaveURL(/\/methoden$/)
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: `${de.methods.length} Methoden passen` }),
  ).toBeVisible()
})

test('a wizard step link shows exactly the methods that step recommends', async ({ page }) => {
  const step = de.steps.find((s) => s.id === 'testbasis')!
  await page.goto('/methoden?schritt=testbasis')
  const chip = page.getByRole('button', { name: `Empfohlen in: ${step.title} entfernen` })
  await expect(chip).toBeVisible()
  const titles = de.methods.filter((m) => step.methods.includes(m.id)).map((m) => m.title)
  expect(await cardTitles(page)).toEqual(titles)
  await chip.click()
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: `${de.methods.length} Methoden passen` }),
  ).toBeVisible()
})

test('without a team the star explains where teams are made', async ({ page }) => {
  await page.goto('/methoden/akteure-kartieren')
  await page.getByRole('button', { name: 'Favoriten merken' }).click()
  await expect(page.getByText('Favoriten und Sammlungen gehören zu einem Team.').first()).toBeVisible()
  await page.getByRole('link', { name: 'Team unter Projekte anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte$/)
})

test('a starred card stays a favourite after reload and shows under "only favourites"', async ({ page }) => {
  await createTeam(page)
  const star = page.getByRole('button', { name: 'Baumanalyse als Favorit merken' })
  await star.click()
  const unstar = page.getByRole('button', { name: 'Baumanalyse aus den Favoriten nehmen' })
  await expect(unstar).toHaveAttribute('aria-pressed', 'true')
  await page.reload()
  await expect(unstar).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: /^Filter anzeigen/ }).click()
  await page.getByRole('checkbox', { name: 'Nur Favoriten' }).check()
  await expect(page).toHaveURL(/favoriten=1/)
  await expect(
    page.getByRole('main').getByRole('status').filter({ hasText: 'Eine Methode passt' }),
  ).toBeVisible()
  expect(await cardTitles(page)).toEqual(['Baumanalyse'])
  await page.goto('/methoden/baumanalyse')
  await expect(unstar).toHaveAttribute('aria-pressed', 'true')
})

/** The method ids stored in a team's collection, read straight from IndexedDB. */
function storedCollection(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('handbuch-interaktiv')
        open.onsuccess = () => {
          const all = open.result.transaction('collections').objectStore('collections').getAll()
          all.onsuccess = () => {
            const found = all.result.find((c: { name: string }) => c.name === wanted)
            resolve(found ? found.methodIds : [])
            open.result.close()
          }
        }
      }),
    name,
  )
}

/**
 * Opens "Zur Sammlung" once the page has settled: on a busy machine the page may still be rendering
 * its team when the first click lands, and the disclosure then starts closed again.
 */
async function openCollectionPicker(scope: Page | Locator) {
  const button = scope.getByRole('button', { name: 'Zur Sammlung' })
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 2000 })
  }).toPass({ timeout: 20_000 })
}

test('collections: create, fill from card and detail page, rename, delete with undo', async ({ page }) => {
  await createTeam(page)
  await page.goto('/methoden/sammlungen')
  await page.getByRole('button', { name: 'Anlegen' }).click()
  await expect(page.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible()
  await page.getByLabel('Name der Sammlung').fill('Kick-off-Kit')
  await page.getByRole('button', { name: 'Anlegen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Kick-off-Kit' })).toBeVisible()

  await page.goto('/methoden?q=check-in')
  const card = page.locator('.method-card').filter({ hasText: 'Check-in' }).first()
  await openCollectionPicker(card)
  await card.getByRole('checkbox', { name: 'Kick-off-Kit' }).check()
  // Leave the page only once the card is stored, as a slow machine may still be writing.
  await expect.poll(() => storedCollection(page, 'Kick-off-Kit')).toEqual(['check-in'])
  await page.goto('/methoden/world-cafe')
  await openCollectionPicker(page)
  await page.getByRole('checkbox', { name: 'Kick-off-Kit' }).check()
  await expect.poll(() => storedCollection(page, 'Kick-off-Kit')).toHaveLength(2)
  // A new collection starts from the card itself, with the card in it; an empty name is refused.
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click()
  await expect(page.getByText('Bitte geben Sie einen Namen für die neue Sammlung ein.')).toBeVisible()
  await page.getByLabel('Neue Sammlung mit dieser Karte').fill('Werkstatt-Kit')
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: 'Werkstatt-Kit' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Werkstatt-Kit' })).toBeFocused()
  await expect.poll(() => storedCollection(page, 'Werkstatt-Kit')).toEqual(['world-cafe'])

  await page.goto('/methoden/sammlungen')
  const kit = page.getByRole('region', { name: 'Kick-off-Kit' })
  await expect(kit.getByText('2 Karten')).toBeVisible()
  await kit.getByRole('link', { name: 'In der Bibliothek zeigen' }).click()
  await expect(page.getByRole('button', { name: 'Sammlung: Kick-off-Kit entfernen' })).toBeVisible()
  expect((await cardTitles(page)).sort()).toEqual(['Check-in', 'World Café'].sort())

  await page.goto('/methoden/sammlungen')
  await kit.getByRole('button', { name: 'Umbenennen' }).click()
  await page.getByLabel('Neuer Name für „Kick-off-Kit“').fill('Start-Kit')
  await page.getByRole('button', { name: 'Speichern' }).click()
  const start = page.getByRole('region', { name: 'Start-Kit' })
  await expect(start).toBeVisible()
  await start.getByRole('button', { name: '„Start-Kit“ löschen' }).click()
  await expect(start).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeFocused()
  await page.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(start.getByText('2 Karten')).toBeVisible()

  // A collection becomes a workshop with its cards in order.
  await start.getByRole('button', { name: 'Workshop aus der Sammlung „Start-Kit“ planen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Start-Kit' })).toBeVisible()
  await expect(page.locator('ol.agenda > li')).toHaveCount(2)
  await expect(page.locator('ol.agenda > li').first()).toContainText('Check-in')
  await expect(page.locator('ol.agenda > li').nth(1)).toContainText('World Café')
})

test('a deck of a dozen cards prints to A4 PDF pages with every title and cut marks', async ({ page }) => {
  const methods = de.methods.filter((m) => m.phases.includes(5) && m.duration.min <= 45)
  expect(methods).toHaveLength(12)
  const sheets = deckSheets(methods, { steps: 'Ablauf', materials: 'Material' })

  await page.goto('/methoden?phase=5&minuten=45')
  await page.getByRole('link', { name: 'Diese Karten drucken' }).click()
  await expect(page).toHaveURL(/\/methoden\/druck\?phase=5&minuten=45/)
  await expect(page.getByRole('main').getByRole('status')).toContainText('12 Karten')
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden()
  const sides = page.locator('.sheet')
  await expect(sides).toHaveCount(sheets.length * 2)
  await expect(sides.first().locator('.cut-mark')).toHaveCount(6)
  await expect(sides.first().locator('.cut-mark').first()).toBeVisible()
  // Long cards continue on further faces: no face is cut off.
  const clipped = await page
    .locator('.cell')
    .evaluateAll((cells) => cells.filter((c) => c.scrollHeight > c.clientHeight + 1).length)
  expect(clipped).toBe(0)
  // Backs are mirrored per row: the back of the top-left card prints top right.
  const firstBack = sides.nth(1).locator('.cell')
  await expect(firstBack.nth(1)).toContainText(sheets[0]!.fronts[0]!.back!.title)

  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  expect(pdf.pages).toHaveLength(sheets.length * 2)
  for (const p of pdf.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842])
  const text = pdf.pages
    .map((p) => p.text)
    .join('')
    // The PDF sets ligatures ("Lean Coﬀee"); NFKC turns them back into their letters.
    .normalize('NFKC')
    .replace(/\s+/g, '')
  for (const m of methods) expect(text, m.title).toContain(m.title.replace(/\s+/g, ''))
})

test('one card prints on A5 filling its pages, and on A6 front and back', async ({ page }) => {
  await page.goto('/methoden/akteure-kartieren')
  await page.getByRole('link', { name: 'Diese Karte drucken (A5)' }).click()
  await expect(page).toHaveURL(/\/methoden\/druck\?karte=akteure-kartieren$/)
  await expect(page.getByRole('heading', { name: 'Akteure kartieren' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }))
  expect(pdf.pages.length).toBeGreaterThanOrEqual(2)
  for (const p of pdf.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([420, 595])
  // The first page is full: below the facts come the materials and the first steps.
  const first = pdf.pages[0]!.text.replace(/\s+/g, '')
  for (const text of ['Akteurekartieren', 'Material', 'Ablauf', 'FrageundRahmenklären'])
    expect(first).toContain(text)

  // A short card fits one A6 card: the front with the facts and materials, the back with the steps.
  await page.emulateMedia({ media: 'screen' })
  await page.goto('/methoden/check-in')
  await page.getByRole('link', { name: 'Diese Karte drucken (A6)' }).click()
  await expect(page).toHaveURL(/\/methoden\/druck\?karte=check-in&format=a6$/)
  await expect(page.getByText('Teil 2 von 2', { exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })
  const card = readPdf(await page.pdf({ preferCSSPageSize: true }))
  expect(card.pages).toHaveLength(2)
  for (const p of card.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([298, 420])
  const [front, back] = card.pages.map((p) => p.text.replace(/\s+/g, ''))
  expect(front).toContain('Check-in')
  expect(front).toContain('EinevorbereiteteCheck-in-Frage')
  expect(back).toContain('Fragestellen')
  expect(back).toContain('Überleiten')

  await page.emulateMedia({ media: 'screen' })
  await page.goto('/methoden/druck?karte=gibt-es-nicht')
  await expect(page.getByText('Für diese Auswahl gibt es keine Karten zu drucken.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Drucken' })).toHaveCount(0)
})

test('the detail page shows every part of the card', async ({ page }) => {
  const method = de.methods.find((m) => m.id === 'akteure-kartieren')!
  await page.goto('/methoden/akteure-kartieren')
  const total = method.steps.reduce((sum, s) => sum + s.minutes, 0)
  await expect(page.getByText(`Gesamt: ${total} Min.`)).toBeVisible()
  await expect(
    page.getByText(`bis Minute ${method.steps[0]!.minutes + method.steps[1]!.minutes}`),
  ).toBeVisible()
  const material = page.getByRole('checkbox', { name: method.materials[0]! })
  await material.check()
  await expect(material).toBeChecked()
  for (const heading of ['Rollen', 'Tipps', 'Varianten', 'Hinweise für die Verwaltung', 'Beispiel']) {
    await expect(page.getByText(heading, { exact: true }).first()).toBeVisible()
  }
  const recommending = de.steps.filter((s) => s.methods.includes(method.id))
  const recommended = page.getByRole('region', { name: 'Empfohlen in diesen Schritten' })
  await expect(recommended.getByRole('link')).toHaveCount(recommending.length)
  await recommended.getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/handbuch/schritte/${recommending[0]!.id}$`))
})

for (const lang of ['de', 'en'] as const) {
  test.describe(`axe on the method library, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })
    // axe checks every one of the 64 cards with its controls, which takes a while.
    test.setTimeout(90_000)
    const routes = [
      '/methoden?phase=3&minuten=60&favoriten=1',
      '/methoden?rahmen=online',
      '/methoden/akteure-kartieren',
      '/methoden/sammlungen',
      '/methoden/druck?phase=5&minuten=45',
      '/methoden/druck?karte=akteure-kartieren',
    ]
    for (const route of routes) {
      test(`${route} with a team and filters open has no violations`, async ({ page }) => {
        await createTeam(page)
        await page.goto(route)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        if (route.startsWith('/methoden?')) await expect(page.locator('#library-filters')).toBeVisible()
        // Open the first "add to collection" panel where there is a card to add.
        if (route === '/methoden?rahmen=online' || route === '/methoden/akteure-kartieren') {
          await page
            .getByRole('button', { name: /^(Zur Sammlung|Add to collection)$/ })
            .first()
            .click()
        }
        expect(await axeViolations(page)).toEqual([])
      })
    }

    test('the no-team explanations have no violations', async ({ page }) => {
      await page.goto('/methoden/sammlungen')
      await expect(page.getByRole('heading', { name: /Noch kein Team|No team yet/ })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.goto('/methoden?rahmen=hybrid')
      await page
        .getByRole('button', { name: /Favoriten merken|Keep favourites/ })
        .first()
        .click()
      expect(await axeViolations(page)).toEqual([])
    })
  })
}
