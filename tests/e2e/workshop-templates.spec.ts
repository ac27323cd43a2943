/**
 * Issue 18: a workshop from an agenda template, a step's "plan a workshop" from its format's
 * template, and a random plan that a link reproduces.
 */
import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'
import { seedTeamRecords } from './seed'

test.describe.configure({ timeout: 90_000 })

/** The stored agenda of the workshop the planner shows. */
async function storedItems(page: Page) {
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)
  return page.evaluate(async (workshopId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const row = await new Promise<{ items: { title: string; minutes: number; methodId?: string }[] }>(
      (resolve) => {
        const request = db.transaction('workshops').objectStore('workshops').get(workshopId)
        request.onsuccess = () => resolve(request.result)
      },
    )
    db.close()
    return row.items.map((i) => [i.title, i.minutes, i.methodId ?? null])
  }, id)
}

/** The titles of the proposed random plan, in order. */
const planTitles = (page: Page) => page.locator('.random-plan__title').allTextContents()

test('a template, a step with a format template and a shared random plan become workshops', async ({
  page,
}) => {
  await seedTeamRecords(page)
  await page.goto('/workshops')
  const toggle = page.getByRole('button', { name: 'Aus Vorlage' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('heading', { name: 'Workshop aus einer Vorlage' })).toBeVisible()
  await expect(page.getByText('Länge: 210 Min.')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  // One action: the template's items, methods and minutes in the planner.
  await page.getByRole('button', { name: 'Workshop aus der Vorlage „Kick-Off (halber Tag)“ anlegen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kick-Off (halber Tag)' })).toBeVisible()
  await expect(page.getByText('Gesamtdauer: 210 Min.')).toBeVisible()
  const main = page.getByRole('main')
  for (const title of [
    'Hoffnungen und Befürchtungen',
    'Mitspieler:innen kartieren',
    'Abschluss und nächste Schritte',
  ])
    await expect(main).toContainText(title)
  const items = await storedItems(page)
  expect(items).toHaveLength(9)
  expect(items[6]).toEqual(['Mitspieler:innen kartieren', 40, 'mitspielerinnen-kartieren'])
  expect(items.reduce((sum, [, minutes]) => sum + Number(minutes), 0)).toBe(210)

  // A step whose format has a template plans the workshop from it, not from five bare methods.
  await page.goto('/projekte/project-1/schritte/steuerungsrunde')
  await page.getByRole('button', { name: 'Workshop planen' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Workshop: Steuerungsrunde einberufen' }),
  ).toBeVisible()
  await expect(page.getByText('Gesamtdauer: 150 Min.')).toBeVisible()
  await expect(main).toContainText('Vision prüfen und abstimmen')
  expect((await storedItems(page)).map(([title]) => title)).toContain('Akteure kartieren')

  // A random plan from a link: the seed is shown, and a shuffle is kept in the link.
  await page.goto('/workshops?zweck=generate-ideas&dauer=120&seed=4242')
  await expect(page.getByText('Startwert 4242')).toBeVisible()
  await expect(page.getByText('Zusammen 120 Min.')).toBeVisible()
  const first = await planTitles(page)
  const shuffle = page.getByRole('button', { name: /^Neu mischen: / }).nth(1)
  const shuffled = (await shuffle.getAttribute('aria-label'))!.replace('Neu mischen: ', '')
  for (let i = 0; i < 5 && (await planTitles(page)).join() === first.join(); i++) await shuffle.click()
  await expect(page).toHaveURL(/mischen=/)
  const after = await planTitles(page)
  expect(after).not.toEqual(first)
  expect(after).not.toContain(shuffled)
  await page.reload()
  await expect(page.getByText('Startwert 4242')).toBeVisible()
  await expect.poll(() => planTitles(page)).toEqual(after)

  await page.getByRole('button', { name: 'Als Workshop übernehmen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Zufallsplan: Ideen entwickeln' })).toBeVisible()
  await expect(page.getByText('Gesamtdauer: 120 Min.')).toBeVisible()
  expect((await storedItems(page)).map(([title]) => title)).toEqual(after)
})

test.describe('in English', () => {
  test.use({ locale: 'en-GB' })

  test('the template chooser and the random plan have no axe violations', async ({ page }) => {
    await seedTeamRecords(page)
    await page.goto('/workshops')
    await page.getByRole('button', { name: 'From a template' }).click()
    await expect(page.getByRole('heading', { name: 'Workshop from a template' })).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Create a workshop from the template “Kick-off (half day)”' }),
    ).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Random plan' }).click()
    await page.getByLabel('Length').selectOption('180')
    await page.getByRole('button', { name: 'Propose a plan' }).click()
    await expect(page.getByText('Total 180 min')).toBeVisible()
    await expect(page).toHaveURL(/dauer=180&seed=\d+/)
    expect(await axeViolations(page)).toEqual([])
  })
})
