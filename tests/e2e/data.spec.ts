import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'
import { putRecords, storedRows } from './stored-data'

const XSS = '<img src=x onerror=alert(1)>'

/** Waits until the app created its database, then writes records into it directly. */
async function seed(page: Page, teamId: string, teamName: string) {
  const t = '2026-11-01T09:00:00.000Z'
  const records: Record<string, object[]> = {
    teams: [{ id: teamId, name: teamName, createdAt: t, updatedAt: t }],
    members: [{ id: `${teamId}-m1`, teamId, name: 'Alex', role: 'massnahmenteam' }],
    projects: [
      {
        id: `${teamId}-p1`,
        teamId,
        title: 'Digitale Terminvergabe',
        description: 'Termine online',
        phase: 2,
        currentStepId: 'kick-off',
        archived: false,
        createdAt: t,
        updatedAt: t,
      },
      {
        id: `${teamId}-p2`,
        teamId,
        title: XSS,
        description: '',
        phase: 1,
        currentStepId: null,
        archived: false,
        createdAt: t,
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    answers: [
      {
        projectId: `${teamId}-p1`,
        questionId: 'kickoff-ziele',
        value: 'Wartezeit halbieren',
        updatedAt: t,
      },
    ],
    stepStates: [{ projectId: `${teamId}-p1`, stepId: 'kick-off', status: 'done', updatedAt: t }],
    logbook: [
      {
        id: `${teamId}-l1`,
        projectId: `${teamId}-p1`,
        kind: 'decision',
        text: 'Wir starten',
        createdAt: t,
      },
    ],
    favourites: [{ teamId, methodId: 'akteure-kartieren', createdAt: t }],
    collections: [
      { id: `${teamId}-c1`, teamId, name: 'Kit', methodIds: ['check-in'], createdAt: t, updatedAt: t },
    ],
    workshops: [
      {
        id: `${teamId}-w1`,
        teamId,
        projectId: `${teamId}-p1`,
        title: 'Kick-off',
        date: '2026-12-03',
        startTime: '09:30',
        endTime: null,
        place: '',
        goal: '',
        participants: null,
        items: [
          {
            id: 'i1',
            kind: 'method',
            methodId: 'check-in',
            title: 'Check-in',
            minutes: 10,
            responsible: '',
            notes: '',
            optional: false,
          },
        ],
        timer: null,
        createdAt: t,
        updatedAt: t,
      },
    ],
  }
  await putRecords(page, records)
}

async function deleteTeam(page: Page, name: string) {
  await page.getByRole('button', { name: `Team „${name}“ löschen` }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(`Team „${name}“ mit allen Projekten`)
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click()
  await expect(page.getByRole('button', { name: `Team „${name}“ löschen` })).toHaveCount(0)
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected browser dialog: ${dialog.message()}`)
  })
})

test('export a team as a file, delete it, import the file: everything is back', async ({ page }) => {
  await page.goto('/daten')
  await seed(page, 'team-a', 'Team Wärmeschutz')
  await page.reload()
  const before = await storedRows(page)
  expect(before.projects).toHaveLength(2)

  await expect(page.getByLabel('Was sichern?')).toContainText('Team „Team Wärmeschutz“ mit allem')
  // A title that looks like HTML is shown literally.
  await expect(page.getByRole('option', { name: `Projekt „${XSS}“ (Team Wärmeschutz)` })).toBeAttached()
  await expect(page.locator('img')).toHaveCount(0)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Als Datei speichern' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^team-team-waermeschutz-\d{4}-\d{2}-\d{2}\.json$/)
  const path = await file.path()
  await expect(page.getByRole('status').filter({ hasText: 'wurde erstellt' })).toBeVisible()
  await expect(page.getByText('Noch keine', { exact: true })).toHaveCount(0)

  await deleteTeam(page, 'Team Wärmeschutz')
  expect((await storedRows(page)).projects).toEqual([])

  await page.getByLabel('Datei auswählen').setInputFiles(path)
  const preview = page.getByRole('region', { name: 'Das würde übernommen' })
  await expect(preview).toContainText('Team „Team Wärmeschutz“')
  await expect(preview).toContainText('Nichts davon gibt es schon auf diesem Gerät.')
  expect(await axeViolations(page)).toEqual([])
  await preview.getByRole('button', { name: 'Übernehmen', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Übernommen: Team Wärmeschutz.' })).toBeVisible()
  expect(await storedRows(page)).toEqual(before)
  await expect(page.getByRole('button', { name: `Projekt „${XSS}“ löschen` })).toBeVisible()
})

test('export as text, delete the team, paste the text: everything is back', async ({ page }) => {
  await page.goto('/daten')
  await seed(page, 'team-b', 'Team Text')
  await page.reload()
  const before = await storedRows(page)

  await page.getByRole('button', { name: 'Als Text anzeigen' }).click()
  const text = await page.getByLabel('Text zum Kopieren').inputValue()
  expect(text).toMatch(/^HBI1\.[0-9a-f]{64}\./)
  expect(await axeViolations(page)).toEqual([])
  await deleteTeam(page, 'Team Text')

  const pasteField = page.getByLabel('Oder kopierten Text einfügen')
  await pasteField.fill(text.slice(0, -21))
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await expect(page.getByRole('alert')).toHaveText(/Die Sicherung ist unvollständig/)
  expect(await axeViolations(page)).toEqual([])

  await pasteField.fill('{"hello": "world"}')
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await expect(page.getByRole('alert')).toHaveText('Das ist keine Sicherung von Handbuch interaktiv.')

  await pasteField.fill(text)
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await page.getByRole('button', { name: 'Übernehmen', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Übernommen: Team Text.' })).toBeVisible()
  expect(await storedRows(page)).toEqual(before)
})

test('a dropped backup replaces existing data only after confirming; one project goes alone', async ({
  page,
}) => {
  await page.goto('/daten')
  await seed(page, 'team-c', 'Team Drop')
  await page.reload()
  const before = await storedRows(page)
  await page.getByRole('button', { name: 'Als Text anzeigen' }).click()
  const text = await page.getByLabel('Text zum Kopieren').inputValue()

  // Changes after the backup, which replacing must undo.
  await page.getByRole('button', { name: 'Projekt „Digitale Terminvergabe“ löschen' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click()
  await expect(page.getByRole('button', { name: 'Projekt „Digitale Terminvergabe“ löschen' })).toHaveCount(0)

  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([content], 'sicherung.txt', { type: 'text/plain' }))
    return transfer
  }, text)
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer })
  const preview = page.getByRole('region', { name: 'Das würde übernommen' })
  await expect(preview).toContainText('Team „Team Drop“ mit allem, was dazugehört')
  await preview.getByRole('button', { name: 'Vorhandenes ersetzen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Vorhandenes ersetzen?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(preview.getByRole('button', { name: 'Vorhandenes ersetzen' })).toBeFocused()
  await preview.getByRole('button', { name: 'Vorhandenes ersetzen' }).click()
  await dialog.getByRole('button', { name: 'Vorhandenes ersetzen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Übernommen: Team Drop.' })).toBeVisible()
  expect(await storedRows(page)).toEqual(before)

  // One project as a copy: a new project next to the old one, in the same team.
  await page
    .getByLabel('Was sichern?')
    .selectOption({ label: 'Projekt „Digitale Terminvergabe“ (Team Drop)' })
  await page.getByRole('button', { name: 'Als Text anzeigen' }).click()
  const projectText = await page.getByLabel('Text zum Kopieren').inputValue()
  await page.getByLabel('Oder kopierten Text einfügen').fill(projectText)
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await expect(preview).toContainText('Projekt „Digitale Terminvergabe“ aus Team „Team Drop“')
  await preview.getByRole('button', { name: 'Als Kopie übernehmen' }).click()
  await expect(page.getByRole('button', { name: 'Projekt „Digitale Terminvergabe“ löschen' })).toHaveCount(2)
  const after = await storedRows(page)
  expect(after.teams).toEqual(before.teams)
  expect(after.projects).toHaveLength(3)

  await page.getByRole('button', { name: 'Alle Daten auf diesem Gerät löschen' }).click()
  await expect(page.getByRole('dialog')).toContainText('Handbuch und Methoden bleiben')
  await page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click()
  await expect(page.getByText('Auf diesem Gerät sind keine Teams gespeichert.')).toBeVisible()
  expect(Object.values(await storedRows(page)).flat()).toEqual([])
})

test('after one visit every section works offline, with deep links, reloads and stored data', async ({
  page,
  context,
}) => {
  // A long journey: every section, five deep links and two languages, offline.
  test.setTimeout(90_000)
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible()
  await page.goto('/daten')

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()
  // Work stored while offline survives a reload without network.
  await seed(page, 'team-o', 'Team Offline')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Team „Team Offline“ löschen' })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
  await nav.getByRole('link', { name: 'Handbuch' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Die fünf Phasen' })).toBeVisible()
  await nav.getByRole('link', { name: 'Methoden' }).click()
  await expect(page.getByText('64 Methoden')).toBeVisible()
  await nav.getByRole('link', { name: 'Projekte' }).click()
  await expect(page.getByText('Digitale Terminvergabe')).toBeVisible()
  await nav.getByRole('link', { name: 'Workshops' }).click()
  await expect(page.getByText('Kick-off', { exact: true })).toBeVisible()

  for (const [path, heading] of [
    ['/handbuch/phasen/erprobung', 'Phase 3: Erprobung'],
    ['/methoden/akteure-kartieren', 'Akteure kartieren'],
    ['/handbuch/glossar', 'Glossar'],
    ['/daten', 'Daten und Sicherung'],
    ['/suche?q=Beteiligung', 'Suche'],
  ]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  }
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suche')

  // The other language was never opened online, yet it is there.
  await page.getByRole('button', { name: 'English' }).click()
  // The switch is remembered once the English texts are in (read from the cache, offline).
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.goto('/handbuch/phasen/vorprozess')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 1: Pre-process')
  await page.goto('/projekte')
  await page.reload()
  await expect(page.getByText('Digitale Terminvergabe')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()
})

test('reminds gently in the footer when two weeks of work are in no backup', async ({ page }) => {
  await page.goto('/daten')
  await seed(page, 'team-r', 'Team Reminder')
  await page.goto('/methoden')
  const footer = page.getByRole('contentinfo')
  await expect(footer).toContainText('Sie haben Ihre Arbeit noch nie gesichert.')
  await footer.getByRole('link', { name: 'Jetzt sichern' }).click()
  await expect(page).toHaveURL(/\/daten#data-export$/)
  await page.getByRole('button', { name: 'Als Datei speichern' }).click()
  await expect(footer).not.toContainText('noch nie gesichert')
  await expect(page.getByText('Noch keine', { exact: true })).toHaveCount(0)
})

test('without IndexedDB (a locked-down browser) the page says so and the handbook stays readable', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As in some private windows and locked-down profiles: every attempt to open a database fails.
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError')
    }
  })
  await page.goto('/daten')
  await expect(page.getByRole('alert')).toContainText('Der Speicher dieses Browsers ist nicht verfügbar')
  await expect(page.getByRole('button', { name: 'Als Datei speichern' })).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/methoden/akteure-kartieren')
  await expect(page.getByRole('heading', { level: 2, name: 'Ablauf' })).toBeVisible()
  await page.goto('/handbuch/phasen/vorprozess')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phase 1: Vorprozess')
})

test('asks once for persistent storage when the first project exists', async ({ page }) => {
  await page.goto('/daten')
  await seed(page, 'team-p', 'Team Persist')
  await page.reload()
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const request = indexedDB.open('handbuch-interaktiv')
          request.onsuccess = () => resolve(request.result)
        })
        const value = await new Promise((resolve) => {
          const request = db.transaction('settings').objectStore('settings').get('storagePersistAskedAt')
          request.onsuccess = () => resolve(request.result)
        })
        db.close()
        return value
      }),
    )
    .toMatchObject({ key: 'storagePersistAskedAt', value: expect.stringMatching(/^\d{4}-/) })
  await expect(page.getByTestId('persisted')).not.toBeEmpty()
})

const ROUTES = [
  '/',
  '/handbuch',
  '/handbuch/prozessmodell',
  '/handbuch/phasen/vorprozess',
  '/handbuch/formate/kick-off',
  '/handbuch/werte/kooperativ',
  '/handbuch/schritte/kick-off',
  '/handbuch/glossar',
  '/methoden',
  '/methoden/akteure-kartieren',
  '/methoden/sammlungen',
  '/methoden/druck?phase=5&minuten=45',
  '/handbuch/massnahmenbeschreibung',
  '/projekte',
  '/workshops',
  '/suche?q=Beteiligung',
  '/daten',
  '/ueber',
  '/gibt-es-nicht',
]

test('the Content-Security-Policy holds on every route without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  for (const route of ROUTES) {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      route,
    ).toEqual([])
  }
  expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([])
})

for (const lang of ['de', 'en'] as const) {
  test.describe(`data page, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })
    test('has no axe violations, empty and with data, and in its delete dialog', async ({ page }) => {
      await page.goto('/daten')
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'de' ? 'Daten und Sicherung' : 'Data and backup',
      )
      await expect(page.getByText(lang === 'de' ? 'Noch keine' : 'None yet', { exact: true })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await seed(page, `team-${lang}`, 'Team A11y')
      await page.reload()
      await page.getByRole('button', { name: lang === 'de' ? 'Als Text anzeigen' : 'Show as text' }).click()
      expect(await axeViolations(page)).toEqual([])
      await page
        .getByRole('button', {
          name: lang === 'de' ? 'Alle Daten auf diesem Gerät löschen' : 'Delete all data on this device',
        })
        .click()
      await expect(page.getByRole('dialog')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.setViewportSize({ width: 320, height: 640 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    })
  })
}
