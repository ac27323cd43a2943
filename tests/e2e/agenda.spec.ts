import type { Page } from '@playwright/test'
import { addMethodToAgenda } from './agenda-picker'
import { axeViolations, expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

// The compact agenda of issue #18: one row per item on a laptop screen, reordered by keyboard and
// by drag, minutes edited in the row with the clock times following.
test.use({ viewport: { width: 1280, height: 800 } })
test.describe.configure({ timeout: 120_000 })

const MINUTES: Record<string, number> = {
  'Check-in': 10,
  '1-2-4-Alle': 20,
  Begrüßung: 5,
  Pause: 15,
  'Lean Coffee': 45,
  'Fünf-Finger-Feedback': 10,
  'Freier Punkt': 10,
  Retrospektive: 45,
}

/** The seeded workshop's two methods, then three own items and three more methods: eight rows. */
async function buildEightItems(page: Page) {
  await seedProjectAndWorkshop(page)
  await page.getByLabel('Beginn', { exact: true }).fill('09:00')
  for (const kind of ['Begrüßung', 'Pause']) await page.getByRole('button', { name: `+ ${kind}` }).click()
  for (const title of ['Lean Coffee', 'Fünf-Finger-Feedback']) await addMethodToAgenda(page, title)
  await page.getByRole('button', { name: '+ Freier Punkt' }).click()
  await addMethodToAgenda(page, 'Retrospektive')
  for (const [title, minutes] of Object.entries(MINUTES)) {
    await page.getByRole('spinbutton', { name: `Dauer in Minuten für „${title}“` }).fill(String(minutes))
  }
}

test('an eight-item agenda fits a laptop screen, reorders by keyboard and drag, and keeps its order', async ({
  page,
}) => {
  await buildEightItems(page)
  const rows = page.locator('ol.agenda > li')
  const times = page.locator('ol.agenda .row__time')
  await expect(rows).toHaveCount(8)
  await expect(times).toHaveText([
    '09:00–09:10',
    '09:10–09:30',
    '09:30–09:35',
    '09:35–09:50',
    '09:50–10:35',
    '10:35–10:45',
    '10:45–10:55',
    '10:55–11:40',
  ])

  // Details are closed: the eight rows with their header fit one laptop screen (the form to add
  // items follows below the agenda's region).
  const details = page.getByRole('button', { name: 'Details für „Lean Coffee“' })
  await expect(details).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('textbox', { name: 'Notizen' })).toHaveCount(0)
  const region = page.getByRole('region', { name: 'Ablauf' })
  expect((await region.boundingBox())!.height).toBeLessThanOrEqual(1000)

  // Keyboard: "Begrüßung" up twice; the focus stays with it, and the move is announced.
  const up = page.getByRole('button', { name: '„Begrüßung“ nach oben verschieben' })
  await up.focus()
  await page.keyboard.press('Enter')
  await expect(up).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('status').filter({ hasText: '„Begrüßung“ steht jetzt an Position 1 von 8.' }),
  ).toHaveCount(1)
  // At the top it cannot move up any more: the keyboard is on its other move button.
  await expect(up).toBeDisabled()
  await expect(page.getByRole('button', { name: '„Begrüßung“ nach unten verschieben' })).toBeFocused()
  await expect(rows.first()).toContainText('Begrüßung')
  await expect(times.first()).toHaveText('09:00–09:05')
  await expect(rows.nth(1)).toContainText('09:05–09:15')

  // Minutes in the row: every following time changes with each digit typed.
  const minutes = page.getByRole('spinbutton', { name: 'Dauer in Minuten für „1-2-4-Alle“' })
  await minutes.selectText()
  await page.keyboard.type('2')
  await expect(rows.nth(3)).toContainText('09:17–09:32')
  await page.keyboard.type('5')
  await expect(times).toHaveText([
    '09:00–09:05',
    '09:05–09:15',
    '09:15–09:40',
    '09:40–09:55',
    '09:55–10:40',
    '10:40–10:50',
    '10:50–11:00',
    '11:00–11:45',
  ])

  // Drag "Pause" by its handle onto "Check-in": it lands in second place.
  await page.getByRole('heading', { name: 'Ablauf', exact: true }).evaluate((h) => h.scrollIntoView())
  await rows.nth(3).locator('.agenda__handle').dragTo(rows.nth(1))
  await expect(rows.nth(1)).toContainText('Pause')
  await expect(times.nth(1)).toHaveText('09:05–09:20')
  await expect(rows.nth(2)).toContainText('Check-in')
  await expect(times.nth(2)).toHaveText('09:20–09:30')
  await expect(
    page.getByRole('status').filter({ hasText: '„Pause“ steht jetzt an Position 2 von 8.' }),
  ).toHaveCount(1)

  // Details on demand: notes, the minimum used when rebalancing, materials.
  await details.click()
  await expect(details).toHaveAttribute('aria-expanded', 'true')
  const leanCoffee = page.getByRole('group', { name: 'Details zu „Lean Coffee“' })
  await expect(leanCoffee).toContainText('Mindestdauer beim Neu-Verteilen: 45 Min. (Üblich: 45–90 Min.)')
  await leanCoffee.getByLabel('Notizen').fill('Themen vorab an der Pinnwand sammeln')

  // Removing asks nothing, offers undo and puts the keyboard on it; undo brings the row back.
  await page.getByRole('button', { name: 'Details für „Freier Punkt“' }).click()
  await page.getByRole('button', { name: '„Freier Punkt“ entfernen' }).click()
  await expect(rows).toHaveCount(7)
  const undo = page.getByRole('button', { name: 'Rückgängig' })
  await expect(undo).toBeFocused()
  await expect(times.last()).toHaveText('10:50–11:35')
  // One scan with a row's details open and the undo offer on screen (the closed planner is
  // scanned in both languages by workshops.spec).
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(8)
  await expect(rows.nth(6)).toContainText('Freier Punkt')
  await expect(page.getByRole('button', { name: 'Details für „Freier Punkt“' })).toBeFocused()
  await expect(times.last()).toHaveText('11:00–11:45')

  // Stored: the order, the minutes and the note are there after a reload.
  await expect(page.getByText('Änderungen gespeichert')).toBeVisible()
  await page.reload()
  await expect(rows).toHaveCount(8)
  await expect(rows.locator('.row__title')).toHaveText(
    [
      'Begrüßung',
      'Pause',
      'Check-in',
      '1-2-4-Alle',
      'Lean Coffee',
      'Fünf-Finger-Feedback',
      'Freier Punkt',
      'Retrospektive',
    ].map((title) => new RegExp(`^${title}`)),
  )
  await expect(times.nth(3)).toHaveText('09:30–09:55')
  await details.click()
  await expect(
    page.getByRole('group', { name: 'Details zu „Lean Coffee“' }).getByLabel('Notizen'),
  ).toHaveValue('Themen vorab an der Pinnwand sammeln')

  // On paper the handout replaces the planner, and it carries the note with its item.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('region', { name: 'Ablauf' })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Handout' })).toContainText(
    'Themen vorab an der Pinnwand sammeln',
  )
  await page.emulateMedia({ media: 'screen' })

  // A phone: the rows stack, nothing sticks out sideways with details open.
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 700 })
    // The minutes field now shows its own label instead of the hidden column header.
    const label = page.locator('label[for$="-minutes"]').first()
    await expect.poll(async () => (await label.boundingBox())?.width).toBeGreaterThan(40)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  }
})
