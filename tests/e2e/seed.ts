import type { Page } from '@playwright/test'
import { addMethodToAgenda } from './agenda-picker'
import { expect, openAppDatabase } from './fixtures'
import { putRecords } from './stored-data'

/**
 * A team, a project and a workshop with two methods, made through the interface at the current
 * viewport, for the pages that need stored data. Returns the addresses of project and workshop.
 */
export async function seedProjectAndWorkshop(page: Page, lang: 'de' | 'en' = 'de') {
  const de = lang === 'de'
  await page.goto('/projekte')
  await page.getByLabel(de ? 'Name des neuen Teams' : 'Name of the new team').fill('Team Stadtgrün')
  await page.getByRole('button', { name: de ? 'Team anlegen' : 'Create team' }).click()
  await page.getByLabel(de ? 'Titel der Maßnahme' : 'Title of the measure').fill('Schattenplätze')
  await page.getByRole('button', { name: de ? 'Projekt anlegen' : 'Create project' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  const project = new URL(page.url()).pathname.replace(/\/einstieg$/, '')

  await page.goto('/workshops')
  await page.getByLabel(de ? 'Titel des Workshops' : 'Workshop title').fill('Zukunftswerkstatt')
  await page.getByRole('button', { name: de ? 'Anlegen' : 'Create', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Zukunftswerkstatt' })).toBeVisible()
  for (const title of ['Check-in', de ? '1-2-4-Alle' : '1-2-4-All'])
    await addMethodToAgenda(page, title, lang)
  await expect(page.locator('ol.agenda > li')).toHaveCount(2)
  // The planner stores after a short pause; leave only once the agenda is in IndexedDB.
  await expect.poll(() => storedAgendaLength(page)).toBe(2)
  const workshop = new URL(page.url()).pathname
  return { project, workshop }
}

/** How many items the stored workshops hold together, read straight from IndexedDB. */
function storedAgendaLength(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('handbuch-interaktiv')
        open.onsuccess = () => {
          const all = open.result.transaction('workshops').objectStore('workshops').getAll()
          all.onsuccess = () => {
            resolve(all.result.reduce((n: number, w: { items: unknown[] }) => n + w.items.length, 0))
            open.result.close()
          }
        }
      }),
  )
}

/**
 * The team "Team Stadtgrün" (id team-1) with the project "Schattenplätze" (id project-1), written
 * straight into storage, stamped with the page's clock (which a test may have set).
 */
export async function seedTeamRecords(page: Page) {
  await openAppDatabase(page)
  const time = await page.evaluate(() => new Date().toISOString())
  await putRecords(page, {
    teams: [{ id: 'team-1', name: 'Team Stadtgrün', createdAt: time, updatedAt: time }],
    projects: [
      {
        ...{ id: 'project-1', teamId: 'team-1', title: 'Schattenplätze', description: '', phase: 1 },
        ...{ currentStepId: null, archived: false, createdAt: time, updatedAt: time },
      },
    ],
  })
}
