import { expect, test } from './fixtures'
import { walkEntryCheck } from './entry-flow'
import { seedProjectAndWorkshop } from './seed'

// What a screen reader gets: names, text alternatives for the charts, and polite, sparing status
// messages. The import status is proven in data.spec.ts ("Übernommen: …" as role=status).
test.describe.configure({ timeout: 90_000 })

type Seen = { status: string[]; shown: string[] }

test('autosave says "Gespeichert" once as a polite status, not after every pause in typing', async ({
  page,
}) => {
  const { project } = await seedProjectAndWorkshop(page)
  await page.goto(`${project}/schritte/kick-off`)
  const field = page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')
  // The working title starts as the project's title; the team then types its own.
  await expect(field).toHaveValue('Schattenplätze')
  await field.fill('Erster Stand')
  const status = page.getByRole('status').filter({ hasText: /^Gespeichert$/ })
  await expect(status).toHaveCount(1)

  // Record what the status says and what the indicator shows while a second answer is saved.
  await page.locator('.save-indicator').evaluate((indicator) => {
    const seen: Seen = { status: [], shown: [] }
    ;(window as unknown as { seen: Seen }).seen = seen
    new MutationObserver(() => {
      seen.status.push(indicator.querySelector('[role="status"]')!.textContent!.trim())
      seen.shown.push(indicator.textContent!.replace(/\s+/g, ' ').trim())
    }).observe(indicator, { childList: true, subtree: true, characterData: true, attributes: true })
  })
  await field.fill('Zweiter Stand')
  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen)
  // Saved again: "Wird gespeichert …" was shown and has gone.
  await expect
    .poll(async () => {
      const { shown } = await seen()
      return shown.some((s) => s.startsWith('Wird gespeichert')) && !shown.at(-1)!.startsWith('Wird')
    })
    .toBe(true)
  expect(new Set((await seen()).status)).toEqual(new Set(['Gespeichert']))
  await page.reload()
  await expect(field).toHaveValue('Zweiter Stand')
})

test('the entry check puts focus on each new question, names its progress and leads to the result', async ({
  page,
}) => {
  const { project } = await seedProjectAndWorkshop(page)
  await page.goto(`${project}/einstieg`)
  const first = page.getByRole('group', { name: /Ist das Thema komplex/ })
  await expect(first).toHaveAccessibleDescription(
    /ohne naheliegende Lösung gedacht.*Beispiel dieses Werkzeugs/,
  )
  await expect(page.getByRole('progressbar', { name: 'Frage 1 von 11' })).toBeVisible()
  await first.getByLabel('Ja').check()
  await page.getByRole('button', { name: 'Weiter' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /mehrere Senatsverwaltungen/ })).toBeFocused()
  await expect(page.getByRole('progressbar', { name: 'Frage 2 von 11' })).toBeVisible()
  await page.getByRole('button', { name: 'Zurück' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Ist das Thema komplex/ })).toBeFocused()
  await expect(first.getByLabel('Ja')).toBeChecked()

  // Changing an answer from the result screen leads to its question and back.
  await walkEntryCheck(page, { 'politisches Mandat': 'Nein' })
  const result = page.getByRole('heading', { level: 2, name: 'Ergebnis für „Schattenplätze“' })
  await expect(result).toBeFocused()
  await page
    .getByRole('button', {
      name: 'Ändern: Hat die Maßnahme ein politisches Mandat oder einen klaren Auftrag?',
    })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: /politisches Mandat/ })).toBeFocused()
  await expect(page.getByRole('progressbar', { name: 'Frage 5 von 11' })).toBeVisible()
})

test('the process diagram has a name, a description and named links to the phases', async ({ page }) => {
  await page.goto('/handbuch')
  const figure = page.getByRole('figure', { name: 'Das Prozessmodell in fünf Phasen' })
  await expect(figure).toBeVisible()
  const links = figure.getByRole('link', { name: /^Phase \d: / })
  await expect(links).toHaveCount(5)
  await expect(links.first()).toHaveAccessibleName(/^Phase 1: Vorprozess – .+/)
  await expect(figure.locator('svg').first()).toHaveAccessibleDescription(
    /Die fünf Phasen folgen aufeinander/,
  )
})

test('the value compass chart has a name, a spoken summary and a table with the same data', async ({
  page,
}) => {
  const { project } = await seedProjectAndWorkshop(page)
  await page.goto(`${project}/schritte/mehrwert-identifizieren`)
  const ratings = page.getByRole('group', { name: /Relevanz/ })
  await ratings.first().getByRole('radio').nth(3).check()
  const chart = page.getByRole('img', { name: /^Wertekompass: Relevanz der vier Werte/ })
  await expect(chart).toBeVisible()
  await expect(chart).toHaveAccessibleName(/: .+: 3/)
  const table = page.getByRole('table', { name: 'Wertekompass als Tabelle' })
  await expect(table.getByRole('row')).toHaveCount(5)
  await expect(table.getByRole('row').nth(1)).toContainText('3')
})

test('live mode: timer warnings are polite status messages; the running clock is not read out', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T08:50:00+01:00') })
  const { workshop } = await seedProjectAndWorkshop(page)
  await page.goto(`${workshop}/live`)
  const timer = page.getByRole('timer')
  await expect(timer).toHaveText('10:00')
  // role=timer is not live by default; a live clock would speak every second.
  await expect(timer).not.toHaveAttribute('aria-live', /polite|assertive/)
  await page.clock.pauseAt(new Date('2026-12-01T09:00:00+01:00'))
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.clock.fastForward('08:01')
  await expect(page.getByRole('status').filter({ hasText: 'Noch 20 % der Zeit' })).toHaveCount(1)
  await page.clock.fastForward('02:30')
  await expect(page.getByRole('status').filter({ hasText: 'Zeit überschritten' })).toHaveCount(1)
})

test('every button, link and form field on the busy pages has a name', async ({ page }) => {
  const { project, workshop } = await seedProjectAndWorkshop(page)
  for (const route of [
    '/methoden',
    `${project}/schritte/mehrwert-identifizieren`,
    workshop,
    `${workshop}/live`,
  ]) {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const controls = page
      .locator('main')
      .locator('a[href], button, input:not([type=hidden]), select, textarea')
    expect(await controls.count(), route).toBeGreaterThan(5)
    for (const control of await controls.all()) {
      if (await control.isVisible()) await expect(control).toHaveAccessibleName(/\S/)
    }
  }
})
