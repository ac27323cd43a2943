import type { Page } from '@playwright/test'
import { axeViolations, expect, openAppDatabase, test } from './fixtures'
import { putRecords, storedRows } from './stored-data'

test.describe.configure({ timeout: 120_000 })

const T = (minute: number) => `2026-11-02T09:${String(minute).padStart(2, '0')}:00.000Z`
const LOGBOOK = '/projekte/p-log/logbuch'

/**
 * A project in phase 2 whose logbook holds automatic entries as the app stores them (events with
 * parameters, never sentences), the team's own entries, and entries captured in two workshops, one
 * of which has been deleted since.
 */
async function seed(page: Page) {
  await openAppDatabase(page)
  const entry = (id: string, minute: number, fields: object) => ({
    id,
    projectId: 'p-log',
    createdAt: T(minute),
    ...fields,
  })
  await putRecords(page, {
    teams: [{ id: 't-log', name: 'Team Stadtgrün', createdAt: T(0), updatedAt: T(0) }],
    projects: [
      {
        ...{ id: 'p-log', teamId: 't-log', title: 'Schattenplätze', description: '', phase: 2 },
        ...{ currentStepId: null, archived: false, createdAt: T(0), updatedAt: T(0) },
      },
    ],
    workshops: [
      {
        ...{ id: 'w-log', teamId: 't-log', projectId: 'p-log', title: 'Zukunftswerkstatt', date: null },
        ...{ startTime: null, endTime: null, place: '', goal: '', participants: null, timer: null },
        items: [
          {
            id: 'i-1',
            kind: 'check-in',
            title: 'Ankommen',
            minutes: 10,
            responsible: '',
            notes: '',
            optional: false,
          },
        ],
        ...{ createdAt: T(0), updatedAt: T(0) },
      },
    ],
    logbook: [
      entry('l-step', 1, { kind: 'step-done', text: '', params: { stepId: 'kick-off' }, phase: 1 }),
      entry('l-phase', 2, { kind: 'phase-changed', text: '', params: { from: 1, to: 2 }, phase: 2 }),
      entry('l-note', 3, { kind: 'note', text: 'Raum im Rathaus anfragen', phase: 2 }),
      entry('l-decision', 4, { kind: 'decision', text: 'Wir bauen Schattensegel', phase: 2 }),
      entry('l-captured', 5, {
        ...{ kind: 'action', text: 'Bänke zählen', owner: 'Kim', due: '', done: false, phase: 2 },
        ...{ workshopId: 'w-log', agendaItemId: 'i-1' },
      }),
      entry('l-orphan', 6, {
        kind: 'note',
        text: 'Ideen vom Markt',
        phase: 2,
        workshopId: 'w-gone',
        agendaItemId: 'x',
      }),
    ],
  })
}

const storedEntry = async (page: Page, id: string) =>
  (await storedRows(page)).logbook?.find((e) => (e as { id: string }).id === id) as
    Record<string, unknown> | undefined

test('automatic entries read in the reader’s language, from the same stored entries', async ({ page }) => {
  await seed(page)
  await page.goto(LOGBOOK)
  const log = page.getByRole('region', { name: 'Einträge' })
  await expect(log).toContainText('Schritt „Kick-Off vorbereiten und durchführen“ erledigt.')
  await expect(log).toContainText('Weiter von Phase 1 in Phase 2: Exploration.')
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'English' }).click()
  const english = page.getByRole('region', { name: 'Entries' })
  await expect(english).toContainText('Step “Prepare and run the kick-off” done.')
  await expect(english).toContainText('Moved on from phase 1 to phase 2: Exploration.')
  await expect(english).not.toContainText('erledigt')
  // The team's words stay as they were written.
  await expect(english).toContainText('Raum im Rathaus anfragen')
  expect(await axeViolations(page)).toEqual([])
  // Nothing was rewritten in storage: the language is chosen when the entry is shown.
  expect(await storedEntry(page, 'l-step')).toMatchObject({ text: '', params: { stepId: 'kick-off' } })
})

test('entries captured in a workshop name and link it, or say that it was deleted', async ({ page }) => {
  await seed(page)
  await page.goto(LOGBOOK)
  const captured = page.getByRole('listitem').filter({ hasText: 'Bänke zählen' })
  await expect(captured).toContainText('aus Workshop „Zukunftswerkstatt“, Punkt „Ankommen“')
  await expect(captured.getByRole('link', { name: '„Zukunftswerkstatt“' })).toHaveAttribute(
    'href',
    '/workshops/w-log',
  )
  await expect(captured.getByRole('link', { name: '„Ankommen“' })).toHaveAttribute(
    'href',
    '/workshops/w-log#punkt-i-1',
  )
  const orphan = page.getByRole('listitem').filter({ hasText: 'Ideen vom Markt' })
  await expect(orphan).toContainText('aus einem Workshop, der inzwischen gelöscht ist')
  await expect(orphan.getByRole('link')).toHaveCount(0)

  await captured.getByRole('link', { name: '„Ankommen“' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Zukunftswerkstatt' })).toBeVisible()
  await expect(page.locator('#punkt-i-1')).toBeInViewport()
})

test('the team edits and deletes its own entries, with undo, and it stays after a reload', async ({
  page,
}) => {
  await seed(page)
  await page.goto(LOGBOOK)
  // Automatic entries are the app's record: they cannot be edited or deleted.
  const step = page.getByRole('listitem').filter({ hasText: 'Kick-Off vorbereiten' })
  await expect(step.getByRole('button')).toHaveCount(0)

  // Edit in place, by keyboard: the text field takes the focus, Escape cancels, focus returns.
  const edit = page.getByRole('button', { name: 'Bearbeiten: Raum im Rathaus anfragen' })
  await edit.focus()
  await page.keyboard.press('Enter')
  const field = page.getByRole('form', { name: 'Eintrag bearbeiten' }).getByLabel('Text')
  await expect(field).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(edit).toBeFocused()
  await page.keyboard.press('Enter')
  await field.fill('Raum im Rathaus für den 3. Mai anfragen')
  await page.getByRole('button', { name: 'Speichern' }).click()
  const edited = page.getByRole('button', { name: 'Bearbeiten: Raum im Rathaus für den 3. Mai anfragen' })
  await expect(edited).toBeFocused()
  await expect(page.getByRole('listitem').filter({ hasText: '3. Mai' })).toContainText('bearbeitet')

  // Delete: the undo button takes the focus; undo brings the entry back.
  await page.getByRole('button', { name: 'Löschen: Wir bauen Schattensegel' }).click()
  const undo = page.getByRole('button', { name: 'Rückgängig' })
  await expect(undo).toBeFocused()
  await expect(page.getByRole('region', { name: 'Einträge' })).toContainText(
    'Eintrag „Wir bauen Schattensegel“ gelöscht.',
  )
  await expect(page.getByRole('listitem').filter({ hasText: 'Wir bauen Schattensegel' })).toHaveCount(0)
  expect(await storedEntry(page, 'l-decision')).toBeUndefined()
  await undo.click()
  const restored = page.getByRole('listitem').filter({ hasText: 'Wir bauen Schattensegel' })
  await expect(restored).toBeFocused()
  await expect.poll(() => storedEntry(page, 'l-decision')).toMatchObject({ text: 'Wir bauen Schattensegel' })

  // Deleted for good this time: after a reload the edit is there and the entry is not.
  await page.getByRole('button', { name: 'Löschen: Wir bauen Schattensegel' }).click()
  await expect(undo).toBeFocused()
  await expect.poll(() => storedEntry(page, 'l-decision')).toBeUndefined()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Einträge' })).toContainText(
    'Raum im Rathaus für den 3. Mai anfragen',
  )
  await expect(page.getByRole('listitem').filter({ hasText: 'Wir bauen Schattensegel' })).toHaveCount(0)
  expect(await storedEntry(page, 'l-note')).toMatchObject({
    text: 'Raum im Rathaus für den 3. Mai anfragen',
    updatedAt: expect.any(String),
  })
})

test('the filter by kind, phase and words narrows the list and survives a reload', async ({ page }) => {
  await seed(page)
  await page.goto(LOGBOOK)
  const log = page.getByRole('region', { name: 'Einträge' })
  const items = log.getByRole('listitem')
  await expect(items).toHaveCount(6)
  await expect(log.getByRole('status')).toHaveText('6 Einträge')

  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Automatische Einträge' })
  await expect(items).toHaveCount(2)
  await expect(log.getByRole('status')).toHaveText('2 von 6 Einträgen')
  await page.getByLabel('Phase', { exact: true }).selectOption({ label: 'Phase 1: Vorprozess' })
  await expect(items).toHaveCount(1)
  await expect(items).toContainText('Kick-Off vorbereiten')
  await expect(page).toHaveURL(/art=auto/)
  await page.reload()
  await expect(items).toHaveCount(1)
  await expect(page.getByLabel('Art', { exact: true })).toHaveValue('auto')

  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click()
  await expect(items).toHaveCount(6)
  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Entscheidung' })
  await expect(items).toHaveCount(1)
  await expect(items).toContainText('Wir bauen Schattensegel')

  // The search ignores case and accents, and finds what the reader sees, the automatic sentences too.
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click()
  const search = page.getByLabel('Suche im Logbuch')
  await search.fill('BANKE')
  await expect(items).toHaveCount(1)
  await expect(items).toContainText('Bänke zählen')
  await search.fill('vorbereiten')
  await expect(items).toHaveCount(1)
  await search.fill('Gibt es nicht')
  await expect(items).toHaveCount(0)
  await expect(log).toContainText('Kein Eintrag passt zu diesem Filter.')
  expect(await axeViolations(page)).toEqual([])
  await page.reload()
  await expect(page.getByLabel('Suche im Logbuch')).toHaveValue('Gibt es nicht')
  await log.getByRole('button', { name: 'Filter zurücksetzen' }).last().click()
  await expect(items).toHaveCount(6)
})
