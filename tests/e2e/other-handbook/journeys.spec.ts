import { readFileSync } from 'node:fs'
import { walkEntryCheck } from '../entry-flow'
import { addMethodToAgenda } from '../agenda-picker'
import { expect, test } from '../fixtures'

/**
 * The main journeys of a project team and a facilitator, against another administration's
 * handbook (tests/fixtures/handbook-three-phases, German only, three phases, "Vorhaben" and
 * "Startcheck" instead of "Maßnahme" and "Einstiegscheck"). Nothing here names a Berlin page.
 */

// Each test walks a whole journey across several pages.
test.describe.configure({ timeout: 120_000 })

test('a team plans a project through the start check, a step and its sketch, in this handbook’s words', async ({
  page,
}) => {
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill('Team Sperrmüll')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await expect(page.getByRole('heading', { name: 'Projekte von Team Sperrmüll' })).toBeVisible()
  await page.getByLabel('Titel des Vorhabens').fill('Sperrmüll online anmelden')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  const projectUrl = page.url().replace(/\/einstieg$/, '')

  // The start check: its questions and rules come from this handbook's wizard file, one per screen.
  await expect(page.getByRole('heading', { level: 1, name: /Startcheck/ })).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Frage 1 von 2' })).toBeVisible()
  await walkEntryCheck(page, {
    'mit den Betroffenen über das Problem gesprochen': 'Ja',
    'schon im Kleinen getestet': 'Nein',
  })
  await expect(page.getByText('Empfohlene Startphase: Phase 2: Erproben')).toBeVisible()
  await expect(
    page.getByText('Das Problem ist verstanden; eine Lösung muss noch erprobt werden.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'In dieser Phase beginnen' }).click()
  await expect(page).toHaveURL(projectUrl)
  await expect(page.getByText('Startcheck: empfohlen war Phase 2.')).toBeVisible()

  // The overview lists this handbook's three phases, by name.
  for (const phase of ['Erkunden', 'Erproben', 'Verstetigen'])
    await expect(page.getByRole('heading', { name: new RegExp(phase) }).first()).toBeVisible()

  // A step of phase 1: answers save and show up in the sketch, under this handbook's sections.
  await page.getByRole('link', { name: 'Auftrag klären', exact: true }).click()
  await page.getByLabel(/Wie lautet der Arbeitstitel des Vorhabens/).fill('Sperrmüll ohne Warten')
  await page.getByLabel('Welches Problem soll das Vorhaben lösen?').fill('Wochenlange Wartezeiten')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Als erledigt markieren' }).click()
  await expect(page.getByText('Dieser Schritt ist erledigt.').first()).toBeVisible()

  await page.goto(`${projectUrl}/beschreibung`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vorhabenskizze')
  await expect(page.getByRole('region', { name: 'Anliegen' })).toContainText('Sperrmüll ohne Warten')
  await expect(page.getByRole('region', { name: 'Anliegen' })).toContainText('Wochenlange Wartezeiten')
  await expect(page.getByRole('region', { name: 'Weiterer Weg' })).toContainText(
    'Dieser Abschnitt ist noch leer.',
  )

  // The closing questions of phase 2 propose phase 3, by this handbook's option.
  await page.goto(projectUrl)
  await page.getByRole('link', { name: 'Test auswerten', exact: true }).click()
  await page
    .getByRole('group', { name: /Wie geht es nach dem Test weiter/ })
    .getByLabel('Verstetigen')
    .check()
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.goto(projectUrl)
  await expect(page.getByText(/Die Abschlussfragen schlagen vor: Phase 3/)).toBeVisible()
})

test('the method library filters by this handbook’s phases, and a workshop is planned from its cards', async ({
  page,
}) => {
  await page.goto('/methoden')
  await expect(
    page.getByRole('main').getByRole('status').filter({ hasText: '4 Methoden passen' }),
  ).toBeVisible()
  await page.getByRole('button', { name: /^Filter anzeigen/ }).click()
  // Three phases, as this handbook has, and no fourth or fifth.
  await expect(page.getByRole('checkbox', { name: /^Phase \d/ })).toHaveCount(3)
  await page.getByRole('checkbox', { name: /^Phase 3/ }).check()
  await expect(
    page.getByRole('main').getByRole('status').filter({ hasText: 'Eine Methode passt' }),
  ).toBeVisible()
  await expect(page.locator('.method-card h2')).toHaveText(['Rückblick in drei Fragen'])
  await expect(
    page
      .getByRole('region', { name: 'Aktive Filter' })
      .getByRole('button', { name: 'Phase 3: Verstetigen entfernen' }),
  ).toBeVisible()

  // The card credits its source with the licence.
  await page.goto('/methoden/rueckblick')
  await expect(page.getByRole('heading', { level: 1, name: 'Rückblick in drei Fragen' })).toBeVisible()
  await expect(page.getByText(/Liberating Structures/).first()).toBeVisible()
  await expect(page.getByText(/CC BY-NC 3\.0/).first()).toBeVisible()

  // A workshop of two cards; its Markdown agenda lists them with their times.
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill('Team Werkstatt')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await expect(page.getByRole('heading', { name: 'Projekte von Team Werkstatt' })).toBeVisible()
  await page.goto('/workshops')
  await page.getByLabel('Titel des Workshops').fill('Auftakt Sperrmüll')
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Auftakt Sperrmüll' })).toBeVisible()
  await page.getByLabel('Beginn', { exact: true }).fill('10:00')
  for (const title of ['Gesprächsrunde', 'Rückblick in drei Fragen']) await addMethodToAgenda(page, title)
  await expect(page.locator('ol.agenda > li')).toHaveCount(2)
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown herunterladen' }).click(),
  ])
  const markdown = readFileSync(await md.path(), 'utf8')
  expect(markdown).toContain('# Auftakt Sperrmüll')
  expect(markdown).toContain('| 10:00–10:45 (45 Min.) | Gesprächsrunde |')
  expect(markdown).toContain('Rückblick in drei Fragen')
})
