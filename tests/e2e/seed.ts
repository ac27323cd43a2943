import type { Page } from '@playwright/test'
import { addMethodToAgenda } from './agenda-picker'
import { expect } from './fixtures'

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
