import type { Page } from '@playwright/test'
import { addMethodToAgenda } from './agenda-picker'
import { axeViolations, expect, test } from './fixtures'
import { seedTeamRecords } from './seed'
import { storedRows } from './stored-data'

test.use({ timezoneId: 'Europe/Berlin' })
// Long journeys with several axe scans: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 })

/** A team with one project, written straight into the app's IndexedDB (team creation is another feature). */
async function seedTeam(page: Page) {
  await seedTeamRecords(page)
  await page.goto('/workshops')
  // The page is there once its heading is: an axe scan before that would scan an empty shell.
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
}

async function logbook(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = db.transaction('logbook').objectStore('logbook').getAll()
      request.onsuccess = () => resolve(request.result)
    })
    db.close()
    return rows
  })
}

async function createWorkshopWithThreeMethods(page: Page, lang: 'de' | 'en' = 'de') {
  const de = lang === 'de'
  await page.getByLabel(de ? 'Titel des Workshops' : 'Workshop title').fill('Zukunftswerkstatt')
  await page.getByRole('button', { name: de ? 'Anlegen' : 'Create', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Zukunftswerkstatt' })).toBeVisible()
  await page.getByLabel(de ? 'Beginn' : 'Start', { exact: true }).fill('09:00')
  const titles = de
    ? ['Check-in', '1-2-4-Alle', 'Fünf-Finger-Feedback']
    : ['Check-in', '1-2-4-All', 'Five-finger feedback']
  for (const title of titles) await addMethodToAgenda(page, title, lang)
  // The team gives 1-2-4-All more than its 15-minute flow, which leaves room to shorten it live.
  const second = page.locator('ol.agenda > li').nth(1)
  await second.getByLabel(de ? 'Dauer in Minuten' : 'Duration in minutes').fill('22')
  await expect(second).toContainText('09:10–09:32')
}

test('plan a workshop, run it live with the clock, rebalance, reload and capture a decision', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T08:50:00+01:00') })
  await seedTeam(page)
  await expect(page.getByText('Workshops des Teams „Team Stadtgrün“')).toBeVisible()
  await createWorkshopWithThreeMethods(page)

  // Typical durations inside each method's range, clock times from the start time.
  const items = page.locator('ol.agenda > li')
  await expect(items).toHaveCount(3)
  await expect(items.nth(0)).toContainText('09:00–09:10')
  await expect(items.nth(1)).toContainText('09:10–09:32')
  await expect(items.nth(2)).toContainText('09:32–09:46')
  await expect(page.getByText('Gesamtdauer: 46 Min.')).toBeVisible()

  // Outside the range: a warning; a planned end before the agenda's end: a clear warning.
  const checkInMinutes = items.nth(0).getByLabel('Dauer in Minuten')
  await checkInMinutes.fill('20')
  await expect(items.nth(0)).toContainText('Länger als die übliche Höchstdauer dieser Methode (15 Min.)')
  await checkInMinutes.fill('10')
  await page.getByLabel('Geplantes Ende').fill('09:45')
  await expect(page.getByTestId('agenda-over')).toHaveText(
    '⚠ Achtung: Der Ablauf endet 1 Min. nach dem geplanten Ende.',
  )
  await page.getByLabel('Geplantes Ende').fill('09:50')
  await expect(page.getByText('Der Ablauf passt in die geplante Zeit (4 Min. Puffer).')).toBeVisible()
  // Without a planned end, live mode aims at the agenda's own end (the next test has one).
  await page.getByLabel('Geplantes Ende').fill('')
  await expect(page.getByTestId('all-materials')).toContainText('Eine vorbereitete Check-in-Frage')

  // Reorder by keyboard (with a spoken confirmation) and back by drag and drop.
  await page.getByRole('button', { name: '„Fünf-Finger-Feedback“ nach oben' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'steht jetzt an Position 2 von 3' })).toHaveCount(1)
  await expect(items.nth(1)).toContainText('Fünf-Finger-Feedback')
  // Tall enough that the drag needs no scrolling, which would move the drag's start under the mouse.
  await page.setViewportSize({ width: 1000, height: 2400 })
  await items.nth(1).locator('.agenda__handle').dragTo(items.nth(2))
  await expect(items.nth(2)).toContainText('Fünf-Finger-Feedback')
  await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Schattenplätze' })
  await expect(page.getByText('Änderungen gespeichert')).toBeVisible()

  // Live mode.
  await page.getByRole('link', { name: 'Live-Modus starten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Live: Zukunftswerkstatt' })).toBeVisible()
  const countdown = page.getByRole('timer')
  const warning = page.getByTestId('live-warning')
  await expect(countdown).toHaveText('10:00')
  await expect(page.getByText('Leertaste: Start / Pause')).toBeVisible()
  // From here on time only moves when the test says so.
  await page.clock.pauseAt(new Date('2026-12-01T09:00:00+01:00'))
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page.getByText('Voraussichtliches Ende: 09:46')).toBeVisible()

  await page.clock.fastForward('08:01')
  await expect(countdown).toHaveText('1:59')
  await expect(warning).toHaveText('⚠ Noch 20 % der Zeit')
  await page.clock.fastForward('01:31')
  await expect(countdown).toHaveText('0:28')
  await expect(warning).toHaveText('⚠ Noch 5 % der Zeit – bitte zum Ende kommen')

  // Six minutes over: rebalancing the rest keeps the end at 09:46.
  await page.clock.fastForward('06:28')
  await expect(countdown).toHaveText('-6:00')
  await expect(warning).toHaveText('⚠ Zeit überschritten')
  const offer = page.getByRole('region', { name: 'Zeit neu verteilen?' })
  await expect(offer).toContainText('1-2-4-Alle: 22 → 18 Min.')
  await expect(offer).toContainText('Fünf-Finger-Feedback: 14 → 12 Min.')
  await expect(offer).toContainText('Neues Ende: 09:46')
  await offer.getByRole('button', { name: 'Neu verteilen' }).click()
  await expect(offer).toHaveCount(0)

  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('heading', { level: 2, name: '1-2-4-Alle' })).toBeVisible()
  await expect(countdown).toHaveText('18:00')
  await page.clock.fastForward('03:00')
  await expect(countdown).toHaveText('15:00')

  // A reload mid-item finds the timer where it should be, still running. The page shows each action
  // at once and stores it a moment later: the reload comes once the second item is stored.
  await expect
    .poll(async () => ((await storedRows(page)).workshops[0] as { timer?: { index: number } }).timer?.index)
    .toBe(1)
  await page.reload()
  // Storage needs timers to open; let time flow again (seconds, not minutes, pass in the test).
  await page.clock.resume()
  await expect(page.getByRole('heading', { level: 2, name: '1-2-4-Alle' })).toBeVisible()
  await expect(countdown).toHaveText(/^1[45]:[0-5]\d$/)
  expect(await page.evaluate(() => new Date().toISOString())).toMatch(/^2026-12-01T08:19/)
  await page.clock.fastForward('01:00')
  await expect(countdown).toHaveText(/^1[34]:[0-5]\d$/)
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  // Capture a decision on the current item; it lands in the project logbook.
  await page.getByRole('radio', { name: 'Entscheidung' }).check()
  await page.getByLabel(/^Text/).fill('Wir testen zwei Standorte')
  await page.getByRole('button', { name: 'Ins Logbuch' }).click()
  await expect(
    page.getByText('Entscheidung zu „1-2-4-Alle“ wurde im Projekt-Logbuch gespeichert.'),
  ).toBeVisible()
  const entries = await logbook(page)
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({
    projectId: 'project-1',
    kind: 'decision',
    text: 'Wir testen zwei Standorte',
  })
  expect(entries[0].workshopId).toEqual(expect.any(String))
  expect(entries[0].agendaItemId).toEqual(expect.any(String))

  await page.getByRole('link', { name: 'Zum Planer' }).click()
  await expect(page.getByRole('region', { name: 'Ergebnisse aus dem Workshop' })).toContainText(
    'Entscheidung zu „1-2-4-Alle“: Wir testen zwei Standorte',
  )
})

test('the method picker finds cards by search, favourites and collections, and says when nothing matches', async ({
  page,
}) => {
  await seedTeam(page)
  await page.goto('/methoden/world-cafe')
  await page.getByRole('button', { name: 'World Café als Favorit merken' }).click()
  await expect(page.getByRole('button', { name: 'World Café aus den Favoriten nehmen' })).toBeVisible()
  await page.goto('/methoden/sammlungen')
  await page.getByLabel('Name der Sammlung').fill('Abschluss')
  await page.getByRole('button', { name: 'Anlegen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Abschluss' })).toBeVisible()
  await page.goto('/methoden/fuenf-finger-feedback')
  await page.getByRole('button', { name: 'Zur Sammlung' }).click()
  await page.getByRole('checkbox', { name: 'Abschluss' }).check()
  // The page says so once it is stored; leaving the page before would cut the write off.
  await expect(page.getByText('Fünf-Finger-Feedback liegt jetzt in „Abschluss“.')).toBeAttached()

  await page.goto('/workshops')
  await page.getByLabel('Titel des Workshops').fill('Auswahl')
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click()
  const picker = page.getByRole('region', { name: 'Punkt hinzufügen' })
  const results = picker.getByRole('listitem')
  // The team's favourite stands first in the whole list.
  await expect(results.first()).toContainText('Favorit: World Café')
  await picker.getByLabel('Auswahl').selectOption({ label: 'Sammlung „Abschluss“' })
  await expect(picker.getByRole('status')).toHaveText('Eine Methode passt')
  await expect(results).toHaveText([/Fünf-Finger-Feedback/])
  await picker.getByLabel('Auswahl').selectOption({ label: 'Favoriten des Teams (1)' })
  await expect(results).toHaveText([/World Café/])
  await picker.getByLabel('Auswahl').selectOption({ label: 'Alle Methoden' })
  await picker.getByLabel('Methode suchen').fill('Quasselwasser')
  await expect(picker.getByText('Keine Methode passt zu Suche und Auswahl.')).toBeVisible()
  await picker.getByRole('button', { name: 'Suche und Auswahl zurücksetzen' }).click()
  await expect(picker.getByLabel('Methode suchen')).toHaveValue('')
  await expect(picker.getByRole('button', { name: /^Alle \d+ zeigen$/ })).toBeVisible()
  await picker.getByLabel('Methode suchen').fill('fünf finger')
  await picker.getByRole('button', { name: '„Fünf-Finger-Feedback“ zum Ablauf hinzufügen' }).click()
  await expect(page.locator('ol.agenda > li')).toHaveCount(1)
  await expect(page.locator('ol.agenda > li')).toContainText('Fünf-Finger-Feedback')
})

test('live mode aims at the planned end, ends with a summary of the captures and restarts', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T09:50:00+01:00') })
  await seedTeam(page)
  await createWorkshopWithThreeMethods(page)
  // Planned 09:30–11:00, but the room is only free from 10:00: the hard stop stays 11:00.
  await page.getByLabel('Beginn', { exact: true }).fill('09:30')
  await page.getByLabel('Geplantes Ende').fill('11:00')
  await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Schattenplätze' })
  await expect(page.getByText('Änderungen gespeichert')).toBeVisible()

  await page.getByRole('link', { name: 'Live-Modus starten' }).click()
  // Storage needs timers to load the session: the clock stops only once the page shows it.
  const start = page.getByRole('button', { name: 'Start', exact: true })
  await expect(start).toBeVisible()
  await page.clock.pauseAt(new Date('2026-12-01T10:00:00+01:00'))
  await start.click()
  await expect(page.getByText('Voraussichtliches Ende: 10:46')).toBeVisible()
  await expect(page.getByText('Geplantes Ende: 11:00')).toBeVisible()

  // Storage needs timers to load the project's document for the logbook entry: let time flow
  // again (seconds, not minutes, pass).
  await page.clock.resume()
  await page.getByRole('radio', { name: 'Entscheidung' }).check()
  await page.getByLabel(/^Text/).fill('Wir testen zwei Standorte')
  await page.getByRole('button', { name: 'Ins Logbuch' }).click()
  await expect(page.getByText('wurde im Projekt-Logbuch gespeichert.')).toBeVisible()

  await page.getByRole('button', { name: 'Sitzung beenden' }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Der Workshop ist beendet. Danke!' }),
  ).toBeVisible()
  const summary = page.getByRole('region', { name: 'Zusammenfassung' })
  await expect(summary.getByText(/^eine Entscheidung · keine Aufgabe · keine Notiz$/)).toBeVisible()
  await expect(summary).toContainText('Wir testen zwei Standorte')
  await expect(summary.getByRole('link', { name: 'Zum Logbuch des Projekts' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    summary.getByRole('button', { name: 'Markdown herunterladen' }).click(),
  ])
  expect(await streamText(await md.createReadStream())).toContain('Wir testen zwei Standorte')

  // A rehearsal must not block the real run: "Neu starten" after a confirmation.
  await page.getByRole('button', { name: 'Neu starten' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sitzung neu starten?' })
  await dialog.getByRole('button', { name: 'Neu starten' }).click()
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText('10:00')
  await expect(summary).toHaveCount(0)
  // The captured decision stays in the logbook.
  expect((await logbook(page)).map((entry) => entry.text)).toEqual(['Wir testen zwei Standorte'])
})

test.describe('on a device in Berlin', () => {
  // The calendar file names the start as a UTC instant, so the device's time zone matters.
  test.use({ timezoneId: 'Europe/Berlin' })

  test('exports a calendar file and Markdown, and duplicates and deletes after confirmation', async ({
    page,
  }) => {
    await seedTeam(page)
    await createWorkshopWithThreeMethods(page)
    await page.getByLabel('Datum').fill('2026-12-01')
    await page.getByLabel('Ziel').fill('Ideen für schattige Plätze')

    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kalenderdatei (.ics)' }).click(),
    ])
    expect(ics.suggestedFilename()).toBe('zukunftswerkstatt.ics')
    const calendar = await streamText(await ics.createReadStream())
    expect(calendar).toContain('BEGIN:VEVENT\r\n')
    // 09:00 in Berlin in December (UTC+1).
    expect(calendar).toContain('DTSTART:20261201T080000Z\r\n')
    expect(calendar.replace(/\r\n[ \t]/g, '')).toContain('09:10–09:32 1-2-4-Alle (22 Min.)')

    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Markdown herunterladen' }).click(),
    ])
    const markdown = await streamText(await md.createReadStream())
    expect(markdown).toContain('# Zukunftswerkstatt')
    expect(markdown).toContain('| 09:00–09:10 (10 Min.) | Check-in |')
    // Dates as the reader writes them, in the UI language.
    expect(markdown).toContain('- **Datum:** Dienstag, 1. Dezember 2026, 09:00')

    // On paper the handout replaces the editor: agenda with clock times, goal, materials, summaries.
    await page.emulateMedia({ media: 'print' })
    const handout = page.getByRole('region', { name: 'Handout' })
    await expect(handout).toBeVisible()
    await expect(handout).toContainText('09:10–09:32 (22 Min.)')
    await expect(handout).toContainText('Ideen für schattige Plätze')
    await expect(handout).toContainText('Dienstag, 1. Dezember 2026, 09:00')
    await expect(handout).toContainText('Eine vorbereitete Check-in-Frage')
    await expect(page.getByLabel('Titel', { exact: true })).toBeHidden()
    await page.emulateMedia({ media: 'screen' })
    await expect(handout).toBeHidden()

    await page.getByRole('link', { name: 'Workshops', exact: true }).first().click()
    await page.getByRole('button', { name: 'Kopieren: „Zukunftswerkstatt“' }).click()
    await expect(page.getByRole('link', { name: 'Zukunftswerkstatt (Kopie)' })).toBeVisible()
    await page.getByRole('button', { name: 'Löschen: „Zukunftswerkstatt (Kopie)“' }).click()
    const dialog = page.getByRole('dialog', { name: 'Workshop löschen?' })
    await dialog.getByRole('button', { name: 'Abbrechen' }).click()
    await expect(page.getByRole('link', { name: 'Zukunftswerkstatt (Kopie)' })).toBeVisible()
    await page.getByRole('button', { name: 'Löschen: „Zukunftswerkstatt (Kopie)“' }).click()
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click()
    await expect(page.getByRole('link', { name: 'Zukunftswerkstatt (Kopie)' })).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeFocused()
    await expect(page.getByRole('link', { name: 'Zukunftswerkstatt', exact: true })).toBeVisible()
  })
})

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

for (const lang of ['de', 'en'] as const) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })

    test('workshop list, planner and live mode have no violations', async ({ page }) => {
      await page.clock.install({ time: new Date('2026-12-01T08:50:00+01:00') })
      await seedTeam(page)
      expect(await axeViolations(page)).toEqual([])
      await createWorkshopWithThreeMethods(page, lang)
      await page.getByLabel(lang === 'de' ? 'Geplantes Ende' : 'Planned end').fill('09:30')
      await expect(page.getByTestId('agenda-over')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      await page.getByRole('link', { name: lang === 'de' ? 'Live-Modus starten' : 'Start live mode' }).click()
      await expect(page.getByRole('timer')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Start', exact: true }).click()
      await page.getByRole('button', { name: '+5' }).click()
      await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/)
      expect(await axeViolations(page)).toEqual([])

      // Running over, with the offer to rebalance.
      await page.clock.fastForward('21:00')
      await expect(
        page.getByRole('region', { name: lang === 'de' ? 'Zeit neu verteilen?' : 'Rebalance the time?' }),
      ).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  })
}
