import { expect, test } from './fixtures'

test('after one visit, a team creates a project and fills a step with no network, and finds it after an offline reload', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill('Team ohne Netz')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await page.getByLabel('Titel der Maßnahme').fill('Sitzung im Keller')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  const projectUrl = page.url().replace(/\/einstieg$/, '')
  // The first answer of the entry check is stored at once, with no network too.
  await page
    .getByRole('group', { name: /Ist das Thema komplex/ })
    .getByLabel('Ja')
    .check()
  await expect(page.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeAttached()

  await page.goto(`${projectUrl}/schritte/kick-off`)
  const title = page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')
  await title.fill('Offline geplant')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()

  await page.reload()
  await expect(title).toHaveValue('Offline geplant')
  await page.goto(`${projectUrl}/einstieg`)
  await expect(page.getByRole('progressbar', { name: 'Frage 2 von 11' })).toBeVisible()
  await page.goto('/projekte')
  await expect(page.getByText('Sitzung im Keller')).toBeVisible()
})
