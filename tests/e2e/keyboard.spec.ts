import { expect, test } from './fixtures'
import { expectFocusRing, tabTo } from './keyboard'

// Only the keyboard moves through the app here: no clicks, no fills. Locators only find targets
// and check where focus is, as a sighted keyboard user would see it.
test.describe.configure({ timeout: 120_000 })

test('keyboard only: team, project, wizard answer, filtered favourite, workshop, live note', async ({
  page,
}) => {
  await page.goto('/')
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toBeVisible()

  // The first Tab shows the skip link; Enter puts the keyboard into the main content.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await expectFocusRing(page)
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()

  // Header navigation: the new page's h1 gets focus and its title is announced.
  const nav = page.getByRole('banner').getByRole('navigation')
  await tabTo(page, nav.getByRole('link', { name: 'Projekte', exact: true }), { back: true })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/projekte$/)
  await expect(h1).toBeFocused()
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: await page.title() })).toHaveCount(1)

  // Team and project.
  await tabTo(page, page.getByLabel('Name des neuen Teams'))
  await page.keyboard.type('Team Tastatur')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Projekte von Team Tastatur' })).toBeVisible()
  await tabTo(page, page.getByLabel('Titel der Maßnahme'))
  await page.keyboard.type('Barrierefreie Formulare')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  const projectUrl = page.url().replace(/\/einstieg$/, '')
  await expect(page.getByRole('heading', { level: 1, name: 'Einstiegscheck' })).toBeFocused()

  // Entry check, one question per screen: a radio group is chosen with the arrow keys, "Weiter"
  // shows the next question and puts focus on its heading.
  const next = page.getByRole('button', { name: /^(Weiter|Zum Ergebnis)$/ })
  const question = page.getByRole('heading', { level: 2 })
  for (let n = 1; n <= 11; n++) {
    await expect(page.getByRole('progressbar', { name: `Frage ${n} von 11` })).toBeAttached()
    if (n === 5) {
      const mandate = page.getByRole('group', { name: /politisches Mandat/ })
      await tabTo(page, mandate.getByRole('radio').first())
      await page.keyboard.press('Space')
      await expect(mandate.getByRole('radio').first()).toBeChecked()
      await page.keyboard.press('ArrowDown')
      await expect(mandate.getByLabel('Nein')).toBeChecked()
    }
    await tabTo(page, next)
    await page.keyboard.press('Enter')
    await expect(question).toBeFocused()
  }
  await expect(question).toHaveText('Ergebnis für „Barrierefreie Formulare“')
  await expect(page.getByRole('radio', { name: /Phase 1: Vorprozess/ })).toBeChecked()
  await tabTo(page, page.getByRole('button', { name: 'In dieser Phase beginnen' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(projectUrl)

  // A wizard step: type an answer, wait for the saved status, find it after reload.
  await tabTo(page, page.getByRole('link', { name: 'Kick-Off vorbereiten und durchführen', exact: true }))
  await page.keyboard.press('Enter')
  await expect(h1).toBeFocused()
  const title = page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')
  await tabTo(page, title)
  await page.keyboard.type('Formulare ohne Maus')
  await expect(page.getByRole('status').filter({ hasText: /^\s*Gespeichert\s*$/ })).toBeVisible()
  await page.reload()
  await expect(title).toHaveValue('Formulare ohne Maus')

  // Methods: filter by phase, star one, add it to a new workshop in the dialog.
  await tabTo(page, nav.getByRole('link', { name: 'Methoden', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/methoden$/)
  await expect(h1).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: /^Filter anzeigen/ }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('checkbox', { name: 'Phase 3' }))
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/phase=3/)
  await expect(page.getByRole('checkbox', { name: 'Phase 3' })).toBeFocused()
  const card = page.locator('.method-card').first()
  const method = (await card.locator('h2').textContent())!.trim()
  await tabTo(page, card.getByRole('button', { name: `${method} als Favorit merken` }))
  await page.keyboard.press('Enter')
  const unstar = card.getByRole('button', { name: `${method} aus den Favoriten nehmen` })
  await expect(unstar).toHaveAttribute('aria-pressed', 'true')
  await expect(unstar).toBeFocused()

  // The card's title leads to the method page, where it can go into a workshop.
  await tabTo(page, card.getByRole('link', { name: method }), { back: true })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: method })).toBeFocused()
  const addButton = page.getByRole('button', { name: 'Zu Workshop hinzufügen' })
  await tabTo(page, addButton)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Zu welchem Workshop?' })
  await expect(dialog).toBeVisible()
  // Focus never reaches the page behind the modal dialog: after its last control it leaves only
  // for the browser's own interface (the body in a headless browser) and comes back to the first.
  const first = await dialog.evaluate(
    (d) => d.contains(document.activeElement) && document.activeElement!.outerHTML,
  )
  expect(first, 'focus moves into the dialog when it opens').toBeTruthy()
  let cameBack = false
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab')
    const where = await dialog.evaluate((d) => {
      const active = document.activeElement!
      return d.contains(active)
        ? active.outerHTML
        : active === document.body
          ? 'body'
          : `outside: ${active.outerHTML}`
    })
    expect(where).not.toMatch(/^outside/)
    if (i > 0 && where === first) cameBack = true
  }
  expect(cameBack, 'Tab cycles back to the first control of the dialog').toBe(true)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(addButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await tabTo(page, dialog.getByLabel('Titel des neuen Workshops'))
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Tastatur-Workshop')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('status')).toContainText('Tastatur-Workshop')
  await tabTo(page, dialog.getByRole('link', { name: 'Workshop öffnen' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Tastatur-Workshop' })).toBeFocused()

  // Planner: a second method, then the keyboard alternative to drag and drop.
  await tabTo(page, page.getByLabel('Methode suchen'))
  await page.keyboard.type('Check-in')
  await tabTo(page, page.getByRole('button', { name: '„Check-in“ zum Ablauf hinzufügen', exact: true }))
  await page.keyboard.press('Enter')
  const items = page.locator('ol.agenda > li')
  await expect(items).toHaveCount(2)
  await expect(items.nth(1)).toContainText('Check-in')
  await tabTo(page, page.getByRole('button', { name: '„Check-in“ nach oben' }), { back: true })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'steht jetzt an Position 1 von 2' })).toHaveCount(1)
  await expect(items.nth(0)).toContainText('Check-in')
  await expect(items.nth(1)).toContainText(method)
  // The keyboard stays with the moved item, so it can be moved on without searching for it.
  expect(await items.nth(0).evaluate((li) => li.contains(document.activeElement))).toBe(true)
  await expectFocusRing(page)

  // Link the project so that live notes land in its logbook.
  const projectSelect = page.getByLabel('Projekt', { exact: true })
  await tabTo(page, projectSelect)
  await page.keyboard.type('Barrierefreie')
  await expect(projectSelect.locator('option:checked')).toHaveText('Barrierefreie Formulare')
  await expect(page.getByText('Änderungen gespeichert')).toBeVisible()

  // Live mode: Space starts the timer, a note goes into the logbook.
  await tabTo(page, page.getByRole('link', { name: 'Live-Modus starten' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Live: Tastatur-Workshop' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  const text = page.getByLabel(/^Text/)
  await tabTo(page, text)
  await page.keyboard.type('Alle Formulare per Tastatur prüfen')
  // Space types a space in a text field; it does not pause the timer there.
  await expect(text).toHaveValue('Alle Formulare per Tastatur prüfen')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Ins Logbuch' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'im Projekt-Logbuch gespeichert' })).toBeVisible()

  await page.goto(`${projectUrl}/logbuch`)
  await expect(page.getByRole('main')).toContainText('Alle Formulare per Tastatur prüfen')
})
