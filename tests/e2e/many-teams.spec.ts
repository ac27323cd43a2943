import type { Page } from '@playwright/test'
import { axeViolations, expect, openAppDatabase, test } from './fixtures'

const TEAMS = 3000

/**
 * Thousands of teams written straight into the app's database, as a bad import leaves them, and
 * one team with projects among them. Each team is stored as the app stores it, with the words of
 * its name (the index the switcher searches; the app's hooks write them, raw IndexedDB does not).
 */
async function seedManyTeams(page: Page) {
  await openAppDatabase(page)
  await page.evaluate(async (count) => {
    const time = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
    const team = (i: number, name: string, nameWords: string[]) => ({
      id: `many-${i}`,
      name,
      nameWords,
      createdAt: time(i),
      updatedAt: time(i),
    })
    const teams = Array.from({ length: count }, (_, i) => {
      const n = String(i).padStart(4, '0')
      return team(i, `Team ${n} Nord`, ['team', n, 'nord'])
    })
    teams.push(team(count, 'Team Wärmeschutz', ['team', 'waermeschutz']))
    const projects = ['Digitale Terminvergabe', 'Baumkataster'].map((title, i) => ({
      id: `warm-p${i}`,
      teamId: `many-${count}`,
      title,
      description: '',
      phase: 1,
      currentStepId: null,
      archived: false,
      createdAt: time(i),
      updatedAt: time(i),
    }))
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['teams', 'projects', 'settings'], 'readwrite')
    for (const row of teams) tx.objectStore('teams').put(row)
    for (const row of projects) tx.objectStore('projects').put(row)
    // The current team is an old one, not among the most recently edited.
    tx.objectStore('settings').put({ key: 'currentTeamId', value: 'many-7' })
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)))
    db.close()
  }, TEAMS)
}

function storedTeams(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('handbuch-interaktiv')
        open.onsuccess = () => {
          const count = open.result.transaction('teams').objectStore('teams').count()
          count.onsuccess = () => {
            resolve(count.result)
            open.result.close()
          }
        }
      }),
  )
}

test('with 3,000 teams, a user finds and switches to a team by typing, in the header', async ({ page }) => {
  await seedManyTeams(page)
  await page.goto('/')
  const header = page.getByRole('banner')
  const switcher = header.getByLabel('Team', { exact: true })
  await expect(switcher).toHaveValue('many-7')
  // A page of teams, not three thousand options.
  expect(await switcher.getByRole('option').count()).toBeLessThanOrEqual(26)

  const search = header.getByRole('searchbox', { name: 'Team suchen' })
  await search.fill('wärme')
  await expect(switcher.getByRole('option')).toHaveText(['Team 0007 Nord', 'Team Wärmeschutz'])
  // What a screen reader says with the field (and announces as a status).
  await expect(search).toHaveAccessibleDescription('Ein Team passt.')
  await switcher.selectOption({ label: 'Team Wärmeschutz' })

  await page.getByRole('navigation').getByRole('link', { name: 'Projekte' }).click()
  await expect(page.getByRole('heading', { name: 'Projekte von Team Wärmeschutz' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Digitale Terminvergabe' })).toBeVisible()

  // By keyboard: type a number into the search, then on to the list of matching teams.
  await search.clear()
  await page.keyboard.type('2345')
  await expect(switcher.getByRole('option')).toHaveText(['Team Wärmeschutz', 'Team 2345 Nord'])
  await page.keyboard.press('Tab')
  await expect(switcher).toBeFocused()
  await switcher.selectOption({ label: 'Team 2345 Nord' })
  await expect(page.getByRole('heading', { name: 'Projekte von Team 2345 Nord' })).toBeVisible()
  await page.reload()
  await expect(header.getByLabel('Team', { exact: true })).toHaveValue('many-2345')
  expect(await axeViolations(page)).toEqual([])
})

test('with 3,000 teams, the data page lists a page of them, finds one to delete, and deletes everything', async ({
  page,
}) => {
  await seedManyTeams(page)
  await page.goto('/daten')
  const remove = page.getByRole('region', { name: 'Löschen' })
  // The current team first, then the ten most recently edited.
  const teamButtons = remove.getByRole('button', { name: /^Team „.*“ löschen$/ })
  await expect(teamButtons).toHaveCount(11)
  await expect(teamButtons.first()).toHaveText('Team „Team 0007 Nord“ löschen')
  await expect(remove.getByRole('button', { name: 'Weitere Teams anzeigen' })).toBeVisible()

  await remove.getByRole('searchbox', { name: 'Team zum Löschen suchen' }).fill('team 0042')
  await expect(teamButtons).toHaveText(['Team „Team 0042 Nord“ löschen'])
  await remove.getByRole('button', { name: 'Team „Team 0042 Nord“ löschen' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click()
  await expect(remove.getByRole('status').last()).toHaveText('Gelöscht.')
  await expect.poll(() => storedTeams(page)).toBe(TEAMS)
  await expect(remove.getByText('Kein Team passt zu „team 0042“.')).toBeVisible()

  // The export offers a page of teams too, with a search of its own.
  const backup = page.getByRole('region', { name: 'Sichern und weitergeben' })
  await backup.getByRole('searchbox', { name: 'Team zum Sichern suchen' }).fill('wärmeschutz')
  await expect(backup.getByLabel('Was sichern?').getByRole('option')).toHaveText([
    'Team „Team Wärmeschutz“ mit allem',
    'Projekt „Baumkataster“ (Team Wärmeschutz)',
    'Projekt „Digitale Terminvergabe“ (Team Wärmeschutz)',
  ])
  expect(await axeViolations(page)).toEqual([])

  await remove.getByRole('button', { name: 'Alle Daten auf diesem Gerät löschen' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click()
  await expect.poll(() => storedTeams(page)).toBe(0)
  await expect(remove.getByText('Auf diesem Gerät sind keine Teams gespeichert.')).toBeVisible()
  await expect(page.getByRole('banner').getByLabel('Team', { exact: true })).toHaveCount(0)
})
