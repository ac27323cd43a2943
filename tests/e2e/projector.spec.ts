import type { Page } from '@playwright/test'
import { axeViolations, expect, openAppDatabase, test } from './fixtures'

/** A team and a three-item workshop, written straight into the app's IndexedDB. */
async function seedWorkshop(page: Page) {
  await openAppDatabase(page)
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('handbuch-interaktiv')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['teams', 'workshops'], 'readwrite')
    const time = new Date().toISOString()
    tx.objectStore('teams').put({ id: 'team-1', name: 'Team Stadtgrün', createdAt: time, updatedAt: time })
    const item = (id: string, title: string, minutes: number) => ({
      ...{ id, kind: 'text', title, minutes, responsible: '', notes: '', optional: false },
    })
    tx.objectStore('workshops').put({
      ...{ id: 'w-1', teamId: 'team-1', projectId: null, title: 'Zukunftswerkstatt' },
      ...{ date: '2026-12-01', startTime: '09:00', endTime: null, place: '', goal: '', participants: null },
      items: [item('a', 'Ankommen', 10), item('b', 'Ideen sammeln', 30), item('c', 'Abschluss', 15)],
      ...{ timer: null, createdAt: time, updatedAt: time },
    })
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  })
}

for (const lang of ['de', 'en'] as const) {
  test.describe(lang, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' })
    const de = lang === 'de'

    test('the projector window follows the presenter, survives a reload and closes with Escape', async ({
      page,
      context,
    }) => {
      await seedWorkshop(page)
      await page.goto('/workshops/w-1/live')
      await page.getByRole('button', { name: 'Start', exact: true }).click()
      const [projector] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: de ? 'Projektor-Fenster öffnen' : 'Open projector window' }).click(),
      ])
      await expect(projector).toHaveURL(/\/workshops\/w-1\/projektor$/)
      await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Zukunftswerkstatt')
      await expect(projector).toHaveTitle(
        de ? /^Projektor: Zukunftswerkstatt/ : /^Projector: Zukunftswerkstatt/,
      )
      const current = projector.getByTestId('projector-current')
      await expect(current).toHaveText('Ankommen')
      await expect(projector.getByTestId('projector-next')).toHaveText(/^Ideen sammeln \(30 min\.?\)$/i)
      await expect(projector.getByRole('timer')).toHaveText(/^(10:00|9:\d\d)$/)
      // Nothing but the session: no header, navigation or footer.
      for (const role of ['banner', 'navigation', 'contentinfo'] as const)
        await expect(projector.getByRole(role)).toHaveCount(0)
      expect(await axeViolations(projector)).toEqual([])

      await page.getByRole('button', { name: de ? 'Nächster Punkt' : 'Next item' }).click()
      await expect(current).toHaveText('Ideen sammeln', { timeout: 1000 })
      await expect(projector.getByTestId('projector-next')).toHaveText(/^Abschluss \(15 min\.?\)$/i)

      // The stored session is the source on load: a reload shows the same item.
      await projector.reload()
      await expect(current).toHaveText('Ideen sammeln')
      await expect(projector.getByRole('timer')).toHaveText(/^(30:00|29:\d\d)$/)

      const closed = projector.waitForEvent('close')
      // The window may be gone before the key's release is sent, which fails the press itself.
      await projector.keyboard.press('Escape').catch(() => undefined)
      await closed
      expect(projector.isClosed()).toBe(true)
    })
  })
}

test('on a phone, live mode shows the timer and the current item without the app header', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await seedWorkshop(page)
  await page.goto('/workshops/w-1/live')
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen' })).toBeInViewport()
  await expect(page.getByRole('timer')).toBeInViewport()
  await expect(page.getByRole('banner')).toHaveCount(0)
  await expect(page.locator('header.header')).toBeHidden()
})
