import type { Page } from '@playwright/test'
import { walkEntryCheck } from './entry-flow'
import { axeViolations, expect, test } from './fixtures'
import { pdfText } from './pdf-text'

/** Creates a team and a project through the interface and returns the project's address. */
async function createProject(page: Page, team = 'Team Wärmeschutz', title = 'Digitale Terminvergabe') {
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill(team)
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await expect(page.getByRole('heading', { name: `Projekte von ${team}` })).toBeVisible()
  await page.getByLabel('Titel der Maßnahme').fill(title)
  await page.getByLabel('Kurzbeschreibung (optional)').fill('Termine im Bürgeramt online buchen')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  return page.url().replace(/\/einstieg$/, '')
}

test('a team sets up a project, fills two steps and finds the answers after reload, reopen and in the description', async ({
  page,
  context,
}) => {
  const projectUrl = await createProject(page)

  // Entry check: no mandate → phase 1 with the reason from the content.
  await expect(page.getByRole('heading', { level: 1, name: 'Einstiegscheck' })).toBeVisible()
  await walkEntryCheck(page, { 'politisches Mandat': 'Nein' })
  await expect(page.getByText('Empfohlene Startphase: Phase 1: Vorprozess')).toBeVisible()
  await expect(page.getByText('Ohne Mandat fehlt der Maßnahme der Rückhalt.', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'In dieser Phase beginnen' }).click()
  await expect(page).toHaveURL(projectUrl)
  await expect(page.getByText('Einstiegscheck: empfohlen war Phase 1.')).toBeVisible()

  // Step 1: a short text, a long text and a multiple choice.
  await page.getByRole('link', { name: 'Kick-Off vorbereiten und durchführen', exact: true }).click()
  await page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?').fill('Termine ohne Warteschlange')
  await page
    .getByLabel('Welche Herausforderung soll die Maßnahme angehen, und für wen?')
    .fill('Lange Wartezeiten')
  await page
    .getByRole('group', { name: /Welche weiteren Formate/ })
    .getByLabel('Steuerungsrunde')
    .check()
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Als erledigt markieren' }).click()
  await expect(page.getByText('Dieser Schritt ist erledigt.').first()).toBeVisible()
  // The pressed button is gone; focus lands on the one that replaced it, and back again.
  await expect(page.getByRole('button', { name: 'Wieder öffnen' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Als erledigt markieren' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Wieder öffnen' })).toBeFocused()

  // Step 2 (next): a table-like question of another type.
  await page.getByRole('link', { name: /^Weiter:/ }).click()
  await expect(page).toHaveURL(/schritte\/steuerungsrunde$/)
  const stakeholders = page.getByRole('group', { name: /Stakeholder/ }).first()
  await stakeholders.getByRole('button', { name: 'Eintrag hinzufügen' }).click()
  await stakeholders.getByLabel('Name').fill('Bezirksämter')
  await stakeholders.getByLabel('Einfluss').selectOption('high')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()

  await page.reload()
  await expect(stakeholders.getByLabel('Name')).toHaveValue('Bezirksämter')
  await expect(stakeholders.getByLabel('Einfluss')).toHaveValue('high')

  // Close the page and open the project in a new one.
  await page.close()
  const reopened = await context.newPage()
  await reopened.goto(`${projectUrl}/schritte/kick-off`)
  await expect(reopened.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')).toHaveValue(
    'Termine ohne Warteschlange',
  )
  await expect(
    reopened.getByRole('group', { name: /Welche weiteren Formate/ }).getByLabel('Steuerungsrunde'),
  ).toBeChecked()

  // The description shows each answer in its section.
  await reopened
    .getByRole('navigation', { name: 'Bereiche des Projekts' })
    .getByRole('link', { name: 'Beschreibung' })
    .click()
  const section = (title: string) => reopened.getByRole('region', { name: title })
  await expect(section('Titel und Zusammenfassung')).toContainText('Termine ohne Warteschlange')
  await expect(section('Herausforderung und Ausgangslage')).toContainText('Lange Wartezeiten')
  await expect(section('Entscheidungen und Mandat')).toContainText('Steuerungsrunde')
  await expect(section('Stakeholder')).toContainText('Bezirksämter')
  // A table answer is a table: the level in words in its column.
  await expect(section('Stakeholder').getByRole('columnheader', { name: 'Einfluss' })).toBeVisible()
  await expect(section('Stakeholder').getByRole('cell', { name: 'hoch', exact: true })).toBeVisible()
  await expect(section('Indikatoren')).toContainText('Dieser Abschnitt ist noch leer.')
  await expect(section('Indikatoren').getByRole('link').first()).toHaveAttribute('href', /\/schritte\//)

  // Printed: the title page with the team appears, the screen-only parts do not.
  await reopened.emulateMedia({ media: 'print' })
  await expect(reopened.getByText('Team: Team Wärmeschutz')).toBeVisible()
  await expect(reopened.getByRole('button', { name: 'Drucken (A4)' })).toBeHidden()
  const pdf = await reopened.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  // Compare without white space: the PDF places words as separate runs of glyphs.
  const printed = pdfText(pdf).replace(/\s+/g, '')
  for (const text of [
    'Team: Team Wärmeschutz',
    'Termine ohne Warteschlange',
    'Lange Wartezeiten',
    'Bezirksämter',
  ]) {
    expect(printed, `printed PDF contains "${text}"`).toContain(text.replace(/\s+/g, ''))
  }
})

test('text typed into a long-text question survives a reload 100 ms after the last keystroke', async ({
  page,
}) => {
  const projectUrl = await createProject(page)
  await page.goto(`${projectUrl}/schritte/kick-off`)
  const field = page.getByLabel('Was soll die Maßnahme bewirken? Welche ersten Ziele gibt es?')
  await field.click()
  await page.keyboard.type('Weniger Wartezeit für alle', { delay: 10 })
  await page.waitForTimeout(100)
  await page.reload()
  await expect(field).toHaveValue('Weniger Wartezeit für alle')
})

test('teams: rename, members with handbook and custom roles, delete with undo, switch in the header', async ({
  page,
}) => {
  await page.goto('/projekte')
  await expect(page.getByRole('heading', { name: 'Noch keine Projekte auf diesem Gerät' })).toBeVisible()
  for (const name of ['Team A', 'Team B']) {
    await page.getByLabel('Name des neuen Teams').fill(name)
    await page.getByRole('button', { name: 'Team anlegen' }).click()
  }
  await expect(page.getByRole('heading', { name: 'Projekte von Team B' })).toBeVisible()

  await page.getByRole('button', { name: 'Umbenennen: Team B' }).click()
  await page.getByLabel('Neuer Name für „Team B“').fill('Team Bürgeramt')
  await page.getByRole('button', { name: 'Speichern' }).click()
  await expect(page.getByRole('heading', { name: 'Projekte von Team Bürgeramt' })).toBeVisible()

  await page.getByLabel('Name', { exact: true }).fill('Alex')
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click()
  await expect(page.getByRole('button', { name: 'Alex entfernen' })).toBeVisible()
  await page.getByLabel('Name', { exact: true }).fill('Kim')
  await page.getByLabel('Rolle').selectOption({ label: 'Andere Rolle …' })
  await page.getByLabel('Eigene Rolle').fill('Datenschutz')
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click()
  const members = page.getByRole('region', { name: 'Mitglieder von Team Bürgeramt' })
  await expect(members.getByRole('listitem')).toHaveText([/Alex\s*Maßnahmenteam/, /Kim\s*Datenschutz/])
  // Removing a member puts the keyboard on the member who moved up, not back at the page's top.
  await page.getByLabel('Name', { exact: true }).fill('Sam')
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click()
  await members.getByRole('button', { name: 'Kim entfernen' }).click()
  await expect(members.getByRole('button', { name: 'Sam entfernen' })).toBeFocused()
  await expect(members.getByRole('listitem')).toHaveText([/Alex/, /Sam/])

  // The header switcher changes the current team everywhere.
  const switcher = page.getByRole('banner').getByLabel('Team')
  await switcher.selectOption({ label: 'Team A' })
  await expect(page.getByRole('heading', { name: 'Projekte von Team A' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Projekte von Team A' })).toBeVisible()

  // Delete asks first; undo brings everything back.
  await page.getByRole('button', { name: 'Löschen: Team Bürgeramt' }).click()
  const dialog = page.getByRole('dialog', { name: 'Team „Team Bürgeramt“ löschen?' })
  await expect(dialog).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(page.getByRole('button', { name: 'Löschen: Team Bürgeramt' })).toBeFocused()
  await page.getByRole('button', { name: 'Löschen: Team Bürgeramt' }).click()
  await dialog.getByRole('button', { name: 'Löschen' }).click()
  await expect(page.getByText('Team „Team Bürgeramt“ gelöscht.').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Rückgängig machen' })).toBeFocused()
  await expect(switcher.getByRole('option')).toHaveText(['Team A'])
  await page.getByRole('button', { name: 'Rückgängig machen' }).click()
  await expect(page.getByRole('heading', { name: 'Projekte von Team Bürgeramt' })).toBeVisible()
  await expect(members.getByRole('listitem')).toHaveCount(2)
})

test('projects: search, sort, archive and restore, duplicate as template', async ({ page }) => {
  const first = await createProject(page, 'Team', 'Baumkataster')
  await page.goto(`${first}/schritte/kick-off`)
  // The working title starts as the project's title; the team then types its own.
  await expect(page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')).toHaveValue('Baumkataster')
  await page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?').fill('Bäume zählen')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.goto('/projekte')
  await page.getByLabel('Titel der Maßnahme').fill('Digitale Terminvergabe')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  // The new project opens once it is stored; leaving before would cut the write off.
  await expect(page).toHaveURL(/\/einstieg$/)
  await page.goto('/projekte')

  const cards = page
    .getByRole('list')
    .filter({ has: page.getByRole('progressbar') })
    .getByRole('heading')
  await expect(cards).toHaveText(['Digitale Terminvergabe', 'Baumkataster'])
  await page.getByLabel('Sortieren nach').selectOption('title')
  await expect(cards).toHaveText(['Baumkataster', 'Digitale Terminvergabe'])
  await page.getByLabel('Projekte durchsuchen').fill('baum')
  await expect(cards).toHaveText(['Baumkataster'])
  await page.getByLabel('Projekte durchsuchen').fill('')

  await page
    .getByRole('group', { name: 'Aktionen für „Baumkataster“' })
    .getByRole('button', { name: 'Archivieren' })
    .click()
  await expect(cards).toHaveText(['Digitale Terminvergabe'])
  await page.getByLabel('Archivierte zeigen').check()
  await page
    .getByRole('group', { name: 'Aktionen für „Baumkataster“' })
    .getByRole('button', { name: 'Wiederherstellen' })
    .click()
  await page.getByLabel('Archivierte zeigen').uncheck()
  await expect(cards).toHaveText(['Baumkataster', 'Digitale Terminvergabe'])

  await page
    .getByRole('group', { name: 'Aktionen für „Baumkataster“' })
    .getByRole('button', { name: 'Als Vorlage duplizieren' })
    .click()
  await page.getByRole('link', { name: 'Baumkataster (Kopie)' }).click()
  await page.getByRole('link', { name: 'Kick-Off vorbereiten und durchführen', exact: true }).click()
  await expect(page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')).toHaveValue('Bäume zählen')
})

test('phase gate: moving on with open questions asks for a reason; stepping back is recorded', async ({
  page,
}) => {
  const projectUrl = await createProject(page)
  await page.getByRole('link', { name: 'Überspringen und später machen' }).click()
  await expect(page.getByText('Der Einstiegscheck ist noch nicht gemacht.', { exact: false })).toBeVisible()
  // Nothing proposes a phase before the closing questions are answered; moving on is still possible.
  const gate = page.getByRole('region', { name: 'Phase wechseln' })
  await expect(gate).toContainText('Sobald die Abschlussfragen dieser Phase beantwortet sind')
  await expect(gate).not.toContainText('Die Abschlussfragen schlagen vor')

  await page.getByLabel('Status von „Kick-Off vorbereiten und durchführen“').selectOption('done')
  await page.getByRole('button', { name: 'Weiter in Phase 2' }).click()
  const dialog = page.getByRole('dialog', { name: 'Mit offenen Punkten weitergehen?' })
  await dialog.getByRole('button', { name: 'Weitergehen' }).click()
  await expect(dialog.getByText('Bitte geben Sie eine Begründung an.')).toBeVisible()
  await dialog.getByLabel('Begründung').fill('Die Steuerungsrunde hat entschieden.')
  await dialog.getByRole('button', { name: 'Weitergehen' }).click()
  await expect(page.getByRole('heading', { name: /Phase 2: Exploration/ })).toContainText('aktuelle Phase')

  await page.getByLabel('Zurück in eine frühere Phase').selectOption('1')
  await page.getByRole('button', { name: 'Zurückgehen' }).click()
  await expect(page.getByRole('heading', { name: /Phase 1: Vorprozess/ })).toContainText('aktuelle Phase')

  await page.goto(`${projectUrl}/logbuch`)
  const log = page.getByRole('region', { name: 'Einträge' })
  await expect(log).toContainText('Begründung: Die Steuerungsrunde hat entschieden.')
  await expect(log).toContainText('Zurück von Phase 2 in Phase 1: Vorprozess.')

  // A manual action item with owner and due date, ticked off.
  await page.getByLabel('Art des Eintrags').selectOption('action')
  await page.getByLabel('Text').fill('Raum buchen')
  await page.getByLabel('Verantwortlich').fill('Kim')
  await page.getByLabel('Fällig am').fill('2026-12-10')
  await page.getByRole('button', { name: 'Eintrag hinzufügen' }).click()
  await expect(log.getByRole('listitem').first()).toContainText('Raum buchen')
  await expect(log.getByRole('listitem').first()).toContainText('Verantwortlich: Kim')
  await log.getByLabel('Erledigt: Raum buchen').check()
  // The tick is written to IndexedDB asynchronously; reload only once it is stored.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('handbuch-interaktiv')
            open.onsuccess = () => {
              const all = open.result.transaction('logbook').objectStore('logbook').getAll()
              all.onsuccess = () => {
                resolve(
                  all.result.some(
                    (e: { text: string; done?: boolean }) => e.text === 'Raum buchen' && e.done,
                  ),
                )
                open.result.close()
              }
            }
          }),
      ),
    )
    .toBe(true)
  await page.reload()
  await expect(page.getByLabel('Erledigt: Raum buchen')).toBeChecked()
})

for (const lang of ['de', 'en'] as const) {
  test.describe(`axe on the project pages, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })
    test('teams, project list, overview, entry check, steps, description and logbook', async ({ page }) => {
      test.setTimeout(240_000)
      await page.goto('/projekte')
      const main = page.getByRole('main')
      await main.locator('input[type="text"]').first().fill('Team')
      await main.locator('form button[type="submit"]').first().click()
      await expect(page.getByRole('progressbar')).toHaveCount(0)
      await page.locator('.project-create input').fill('Projekt')
      await page.locator('.project-create button').click()
      await expect(page).toHaveURL(/einstieg$/)
      const base = page.url().replace(/\/einstieg$/, '')
      const routes = [
        '/projekte',
        base,
        `${base}/einstieg`,
        // Steps with every question type between them.
        `${base}/schritte/kick-off`,
        `${base}/schritte/steuerungsrunde`,
        `${base}/schritte/abschlussfragen-vorprozess`,
        `${base}/schritte/indikatoren-pruefen`,
        `${base}/schritte/massnahmenwerkstatt`,
        `${base}/beschreibung`,
        `${base}/logbuch`,
      ]
      for (const route of routes) {
        await page.goto(route)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(
          page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
        ).toHaveCount(0)
        if (route.includes('/schritte/')) {
          // Open one entry of every table question, so their fields are checked too.
          for (const add of await page
            .getByRole('button', { name: /Eintrag hinzufügen|Add entry|Punkt hinzufügen|Add item/ })
            .all())
            await add.click()
        }
        expect(await axeViolations(page), route).toEqual([])
      }
    })
  })
}
