import { axeViolations, expect, test } from './fixtures'
import { putRecords, storedRows, teamRecords } from './stored-data'

/** An entry the app wrote when a step was done: it has no text of its own. */
function automaticEntry(id: string, projectId: string) {
  const params = { stepId: 'kick-off' }
  return {
    id,
    projectId,
    kind: 'step-done',
    text: '',
    params,
    phase: 1,
    createdAt: '2026-11-20T09:15:00.000Z',
  }
}

/** A backup of a new team whose logbook entry and workshop reuse the ids of records on the device. */
function hostileBackup() {
  const data = teamRecords('team-neu', 'Team Neu')
  data.logbook[0]!.id = 'team-alt-l1'
  data.logbook[0]!.text = 'Überschreibt den Eintrag'
  data.logbook.push(automaticEntry('team-alt-l2', 'team-neu-p1'))
  data.workshops[0]!.id = 'team-alt-w1'
  data.workshops[0]!.title = 'Fremder Workshop'
  return JSON.stringify({
    format: 'handbuch-interaktiv-export',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-28T10:00:00.000Z',
    scope: 'team',
    rootId: 'team-neu',
    data,
  })
}

test('an import whose ids collide names what it would overwrite and changes nothing until confirmed', async ({
  page,
}) => {
  await page.goto('/daten')
  const existing = teamRecords('team-alt', 'Team Alt')
  existing.logbook.push(automaticEntry('team-alt-l2', 'team-alt-p1'))
  await putRecords(page, existing)
  await page.reload()
  const before = await storedRows(page)

  const paste = page.getByLabel('Oder kopierten Text einfügen')
  await paste.fill(hostileBackup())
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  const preview = page.getByRole('region', { name: 'Das würde übernommen' })
  await expect(preview).toContainText('Team „Team Neu“')
  const changes = preview.getByTestId('import-changes')
  const entries = changes.getByRole('region', { name: 'Logbuch-Einträge' })
  await expect(entries).toContainText('„Wir starten“ in „Digitale Terminvergabe“')
  // An automatic entry is named by when it was written, not by its id.
  await expect(entries).toContainText(
    /automatischer Eintrag vom 20\. November 2026 um \d\d:15 in „Digitale Terminvergabe“/,
  )
  await expect(entries).not.toContainText('team-alt-l2')
  await expect(changes.getByRole('region', { name: 'Workshops' })).toContainText(
    '„Kick-off“ in „Digitale Terminvergabe“',
  )
  await expect(preview.getByText('Nichts davon gibt es schon auf diesem Gerät.')).toHaveCount(0)
  // Nothing changes without an explicit confirmation: there is no plain "Übernehmen".
  await expect(preview.getByRole('button', { name: 'Übernehmen', exact: true })).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])
  await preview.getByRole('button', { name: 'Vorhandenes ersetzen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Vorhandenes ersetzen?' })
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  expect(await storedRows(page)).toEqual(before)

  // As a copy: every existing record stays byte-identical, the new team arrives beside it.
  await preview.getByRole('button', { name: 'Als Kopie übernehmen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Übernommen: Team Neu' })).toBeVisible()
  const afterCopy = await storedRows(page)
  for (const [table, rows] of Object.entries(before)) {
    for (const row of rows) expect(afterCopy[table], table).toContainEqual(row)
    expect(afterCopy[table], table).toHaveLength(rows.length * 2)
  }

  // Replacing, once confirmed, overwrites exactly the named records.
  await paste.fill(hostileBackup())
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await preview.getByRole('button', { name: 'Vorhandenes ersetzen' }).click()
  await dialog.getByRole('button', { name: 'Vorhandenes ersetzen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Übernommen: Team Neu' })).toBeVisible()
  const replaced = await storedRows(page)
  expect(replaced.logbook).toContainEqual(
    expect.objectContaining({
      id: 'team-alt-l1',
      text: 'Überschreibt den Eintrag',
      projectId: 'team-neu-p1',
    }),
  )
  expect(replaced.teams).toContainEqual(before.teams![0])
})

test('a refused backup names the record and the field', async ({ page }) => {
  await page.goto('/daten')
  const backup = JSON.parse(hostileBackup())
  backup.data.workshops[0].items = [
    { id: 'i1', kind: 'break', title: 'Pause', minutes: 'zehn', responsible: '', notes: '', optional: false },
  ]
  await page.getByLabel('Oder kopierten Text einfügen').fill(JSON.stringify(backup))
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Die Sicherung wurde nicht übernommen, ein Wert darin ist ungültig: Workshop 1 („Fremder Workshop“), Feld „items[0].minutes“ muss eine Zahl sein. Auf diesem Gerät wurde nichts verändert.',
  )
  backup.data.workshops[0].items = []
  backup.data.logbook[0].createdAt = '31.02.2026'
  await page.getByLabel('Oder kopierten Text einfügen').fill(JSON.stringify(backup))
  await page.getByRole('button', { name: 'Text prüfen' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Logbuch-Eintrag 1 („Überschreibt den Eintrag“), Feld „createdAt“ muss ein Zeitpunkt wie 2026-11-29T10:00:00Z sein',
  )
})
