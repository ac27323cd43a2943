import type { Page } from '@playwright/test'
import { expect, openAppDatabase, test } from './fixtures'

test.describe.configure({ timeout: 90_000 })

const LONG = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(18_000).slice(0, 1_000_000)

/**
 * Records as an old version or a hostile file could have left them, written straight into the
 * app's IndexedDB: impossible dates, unusable minutes, answers of the wrong shape, a 1 MB text.
 */
async function seedBadData(page: Page) {
  await openAppDatabase(page)
  await page.evaluate(async (long) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['teams', 'projects', 'answers', 'logbook', 'workshops'], 'readwrite')
    const time = new Date().toISOString()
    const project = { teamId: 'team-1', phase: 1, currentStepId: null, archived: false }
    tx.objectStore('teams').put({ id: 'team-1', name: 'Team Stadtgrün', createdAt: time, updatedAt: time })
    tx.objectStore('projects').put({
      ...{ ...project, id: 'bad', title: 'Kaputte Daten', description: 'Aus einer alten Datei' },
      ...{ createdAt: '31.02.2026', updatedAt: '0000-00-00T00:00:00Z' },
    })
    tx.objectStore('projects').put({
      ...{ ...project, id: 'long', title: 'Langer Text', description: long },
      ...{ createdAt: time, updatedAt: time },
    })
    const answer = (questionId: string, value: unknown) =>
      tx.objectStore('answers').put({ projectId: 'bad', questionId, value, updatedAt: time })
    answer('kickoff-team', [null])
    answer('mehrwert-folgen', [{ risk: 'Hitzeinseln', likelihood: 'high', impact: 7 }])
    answer('mehrwert-werte', { nachhaltig: { rating: 2, justification: 5 } })
    tx.objectStore('logbook').put({
      ...{ id: 'entry-1', projectId: 'bad', kind: 'action', text: 'Bäume zählen', owner: 'Ada' },
      ...{ due: '31.02.2026', done: false, createdAt: '99999-12-31' },
    })
    const item = (id: string, minutes: unknown) => ({
      ...{ id, kind: 'text', title: `Punkt ${id}`, minutes },
      ...{ responsible: '', notes: '', optional: false },
    })
    tx.objectStore('workshops').put({
      ...{ id: 'ws-bad', teamId: 'team-1', projectId: 'bad', title: 'Alte Werkstatt', date: '99999-12-31' },
      ...{ startTime: '09:00', endTime: '12:00', place: '', goal: '', participants: null, timer: null },
      items: [
        item('a', -30),
        item('b', Number.NaN),
        item('c', null),
        item('d', 1e15),
        item('e', 'zehn'),
        item('f', 20),
      ],
      ...{ createdAt: time, updatedAt: time },
    })
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, LONG)
}

/** Uncaught errors and the render errors Vue logs: a view that broke on a stored value. */
function collectErrors(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

async function expectNoBrokenText(page: Page) {
  const text = await page.locator('main').innerText()
  expect(text).not.toMatch(/NaN|Invalid Date|undefined/)
}

test('views show placeholders for impossible stored values and never break', async ({ page }) => {
  const errors = collectErrors(page)
  await seedBadData(page)

  await page.goto('/projekte')
  const card = page.getByRole('listitem').filter({ hasText: 'Kaputte Daten' })
  await expect(card.locator('.invalid-value')).toHaveText('ungültiges Datum')
  await expectNoBrokenText(page)

  await page.goto('/projekte/bad')
  await expect(page.getByRole('heading', { level: 1, name: 'Kaputte Daten' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Phasen' })).toBeVisible()

  await page.goto('/projekte/bad/schritte/kick-off')
  const team = page.getByRole('group', { name: /Wer gehört zum Maßnahmenteam/ })
  await expect(team.locator('.invalid-value')).toContainText('Ungültiger gespeicherter Wert')
  await page.goto('/projekte/bad/schritte/mehrwert-identifizieren')
  await expect(page.locator('.question .invalid-value')).toHaveCount(2)
  await expectNoBrokenText(page)

  await page.goto('/projekte/bad/logbuch')
  const entry = page.getByRole('listitem').filter({ hasText: 'Bäume zählen' })
  await expect(entry.locator('.invalid-value')).toHaveText(['ungültiges Datum', 'ungültiges Datum'])
  await expect(entry).toContainText('Fällig am ungültiges Datum')

  await page.goto('/projekte/bad/beschreibung')
  // What can be read of the risks is still a table.
  await expect(page.getByRole('columnheader', { name: 'Risiko oder Annahme' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Hitzeinseln' })).toBeVisible()
  await expect(page.locator('.description .invalid-value').first()).toBeVisible()
  await expectNoBrokenText(page)

  await page.goto('/workshops')
  const workshop = page.getByRole('listitem').filter({ hasText: 'Alte Werkstatt' })
  await expect(workshop.locator('.invalid-value')).toHaveText('ungültiges Datum')

  await page.goto('/workshops/ws-bad')
  await expect(page.getByRole('heading', { level: 1, name: 'Alte Werkstatt' })).toBeVisible()
  await expect(page.getByText('Gesamtdauer: 20 Min.')).toBeVisible()
  await expect(page.getByRole('spinbutton', { name: 'Dauer in Minuten' }).first()).toHaveValue('')
  await expect(page.locator('.agenda .invalid-value')).toHaveCount(5)
  await expectNoBrokenText(page)

  expect(errors).toEqual([])
})

test('a 1 MB description is shown collapsed with a button to show all', async ({ page }) => {
  const errors = collectErrors(page)
  await seedBadData(page)
  await page.goto('/projekte/long')
  const showAll = page.getByRole('button', { name: 'Alles zeigen (1.000.000 Zeichen)' })
  await expect(showAll).toBeVisible()
  await expect(showAll).toHaveAttribute('aria-expanded', 'false')
  expect((await page.locator('.lead').innerText()).length).toBeLessThan(2200)

  await showAll.click()
  await expect(page.getByRole('button', { name: 'Weniger zeigen' })).toHaveAttribute('aria-expanded', 'true')
  expect(errors).toEqual([])
})
