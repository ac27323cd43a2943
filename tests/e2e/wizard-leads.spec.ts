import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'

/**
 * The wizard leads (issue #17): each step page says where it is, the way back in goes to the next
 * open step, required questions are named before a step is closed, and what the team already said
 * (the project's title, its members, earlier answers) is offered instead of typed again.
 */
test.describe.configure({ timeout: 120_000 })

/** A team with one member and a project made through the interface; returns the project's address. */
async function setUp(page: Page, { member = false } = {}) {
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill('Team Stadtgrün')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await expect(page.getByRole('heading', { name: 'Projekte von Team Stadtgrün' })).toBeVisible()
  if (member) {
    await page.getByLabel('Name', { exact: true }).fill('Alex Wagner')
    await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click()
    await expect(page.getByRole('button', { name: 'Alex Wagner entfernen' })).toBeVisible()
  }
  await page.getByLabel('Titel der Maßnahme').fill('Schattenplätze')
  await page.getByLabel('Kurzbeschreibung (optional)').fill('Schatten auf Spielplätzen schaffen')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  return new URL(page.url()).pathname.replace(/\/einstieg$/, '')
}

const TITLE_QUESTION = 'Wie lautet der Arbeitstitel der Maßnahme?'
const KICK_OFF = 'Kick-Off vorbereiten und durchführen'

test('a step page says where it is: step N of M, its phase, the stepper and the project in the heading', async ({
  page,
}) => {
  const project = await setUp(page)
  await page.goto(`${project}/schritte/steuerungsrunde`)
  const h1 = page.getByRole('heading', { level: 1 })
  await expect(h1).toHaveAccessibleName('Schattenplätze: Steuerungsrunde einberufen')
  await expect(page).toHaveTitle(/^Steuerungsrunde einberufen – Schattenplätze – /)
  await expect(page.getByText('Schritt 2 von 7 · Phase 1: Vorprozess')).toBeVisible()

  const stepper = page.getByRole('navigation', { name: 'Phasen des Projekts' })
  await expect(stepper.getByRole('link')).toHaveCount(5)
  const here = stepper.locator('[aria-current="step"]')
  await expect(here).toHaveCount(1)
  await expect(here).toHaveAccessibleName('Phase 1: Vorprozess (aktuelle Phase des Projekts)')

  // Previous and next step; the stepper opens another phase at its first open step.
  const pager = page.getByRole('navigation', { name: 'Vorheriger und nächster Schritt' })
  await expect(pager.getByRole('link', { name: `Zurück: ${KICK_OFF}` })).toBeVisible()
  await pager.getByRole('link', { name: 'Weiter: Expert:innendialog gestalten' }).click()
  await expect(page.getByText('Schritt 3 von 7 · Phase 1: Vorprozess')).toBeVisible()
  await stepper.getByRole('link', { name: /^Phase 2: Exploration/ }).click()
  await expect(page).toHaveURL(/schritte\/ausgangslage-verstehen$/)
  await expect(page.getByText('Schritt 1 von 4 · Phase 2: Exploration')).toBeVisible()
  await expect(stepper.locator('[aria-current="step"]')).toHaveAccessibleName('Phase 2: Exploration')

  // The other pages of the project name it in their heading too.
  await page.goto(`${project}/logbuch`)
  await expect(h1).toHaveAccessibleName('Schattenplätze: Logbuch')
  await page.goto(`${project}/einstieg`)
  await expect(h1).toHaveAccessibleName('Schattenplätze: Einstiegscheck')
})

test('the working title starts as the project title, and a field the team emptied stays empty', async ({
  page,
}) => {
  const project = await setUp(page)
  await page.goto(`${project}/schritte/kick-off`)
  const title = page.getByRole('textbox', { name: TITLE_QUESTION })
  await expect(title).toHaveValue('Schattenplätze')
  await expect(title).toHaveAccessibleDescription(/Übernommen aus dem Titel des Projekts/)
  // Stored, so the description has it as well.
  await page.goto(`${project}/beschreibung`)
  await expect(page.getByRole('region', { name: 'Titel und Zusammenfassung' })).toContainText(
    'Schattenplätze',
  )

  await page.goto(`${project}/schritte/kick-off`)
  await title.fill('')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.reload()
  await expect(title).toHaveValue('')
  await expect(page.getByText('Übernommen aus dem Titel des Projekts')).toHaveCount(0)

  // The summary of the workshop step starts as the project's short description.
  await page.goto(`${project}/schritte/massnahmenwerkstatt`)
  await expect(page.getByLabel('Wie lässt sich die Maßnahme in wenigen Sätzen zusammenfassen?')).toHaveValue(
    'Schatten auf Spielplätzen schaffen',
  )
})

test('marking a step done with an empty required question names it; confirmed, the logbook records it', async ({
  page,
}) => {
  const project = await setUp(page)
  await page.goto(`${project}/schritte/kick-off`)
  const title = page.getByRole('textbox', { name: TITLE_QUESTION })
  await expect(title).toHaveValue('Schattenplätze')
  await title.fill('')
  await page.getByRole('button', { name: 'Als erledigt markieren' }).click()

  const dialog = page.getByRole('dialog', {
    name: 'Schritt mit offenen Pflichtfragen als erledigt markieren?',
  })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Noch nicht beantwortet: eine Pflichtfrage.')
  // The question is a button that leads to its field.
  await dialog.getByRole('button', { name: `Zur Frage „${TITLE_QUESTION}“` }).click()
  await expect(dialog).toBeHidden()
  await expect(title).toBeFocused()

  await page.getByRole('button', { name: 'Als erledigt markieren' }).click()
  await dialog.getByRole('button', { name: 'Trotzdem als erledigt markieren' }).click()
  await expect(page.getByText('Dieser Schritt ist erledigt.').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Wieder öffnen' })).toBeFocused()
  // Done, the step points on to the next open one.
  await expect(page.getByRole('link', { name: 'Weiter mit „Steuerungsrunde einberufen“' })).toBeVisible()

  await page.goto(`${project}/logbuch`)
  const log = page.getByRole('region', { name: 'Einträge' })
  await expect(log).toContainText(`Schritt „${KICK_OFF}“ abgeschlossen, obwohl Pflichtfragen offen waren: 1.`)
  await expect(log).toContainText('Weiter mit offenen Punkten')
})

test('a step whose required questions are answered is marked done without asking', async ({ page }) => {
  const project = await setUp(page)
  await page.goto(`${project}/schritte/kick-off`)
  await expect(page.getByLabel(TITLE_QUESTION)).toHaveValue('Schattenplätze')
  await page.getByRole('button', { name: 'Als erledigt markieren' }).click()
  await expect(page.getByText('Dieser Schritt ist erledigt.').first()).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.goto(`${project}/logbuch`)
  await expect(page.getByRole('region', { name: 'Einträge' })).toContainText(
    `Schritt „${KICK_OFF}“ erledigt.`,
  )
})

test('the way back in goes to the next open step: after a done Phase 1, the first step of Phase 2', async ({
  page,
}) => {
  const project = await setUp(page)
  await page.goto(project)
  const resume = page.getByRole('main').getByRole('link', { name: /^Weiter mit/ })
  await expect(resume).toHaveText(`Weiter mit „${KICK_OFF}“`)

  const phase1 = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Phase 1: Vorprozess/ }) })
  const selects = phase1.getByRole('combobox', { name: /^Status von/ })
  await expect(selects).toHaveCount(7)
  await selects.first().selectOption('done')
  await expect(resume).toHaveText('Weiter mit „Steuerungsrunde einberufen“')
  for (let i = 1; i < 7; i++) await selects.nth(i).selectOption(i === 3 ? 'skipped' : 'done')
  await expect(resume).toHaveText('Weiter mit „Ausgangslage verstehen“')
  await expect(resume).toHaveAttribute('href', /schritte\/ausgangslage-verstehen$/)

  // The step it leads to marks Phase 1 as done in words; light and dark, contrast included.
  await resume.click()
  const stepper = page.getByRole('navigation', { name: 'Phasen des Projekts' })
  await expect(stepper.getByRole('link', { name: /^Phase 1: Vorprozess \(erledigt/ })).toBeVisible()
  await expect(stepper.locator('[aria-current="step"]')).toHaveAccessibleName('Phase 2: Exploration')
  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page)).toEqual([])

  // The project's card in the list offers the same.
  await page.goto('/projekte')
  await expect(page.getByRole('link', { name: 'Weiter mit „Ausgangslage verstehen“' })).toHaveAttribute(
    'href',
    `${project}/schritte/ausgangslage-verstehen`,
  )
})

test('a member of the team and an earlier answer are offered, taken over by keyboard and stored', async ({
  page,
}) => {
  const project = await setUp(page, { member: true })
  await page.goto(`${project}/schritte/kick-off`)
  const team = page.getByRole('group', { name: /Wer gehört zum Maßnahmenteam/ })
  const offers = team.getByRole('group', { name: 'Mitglieder des Teams:' })
  const alex = offers.getByRole('button', { name: '„Alex Wagner (Maßnahmenteam)“ übernehmen' })
  await alex.focus()
  await page.keyboard.press('Enter')
  await expect(team.getByLabel('Name')).toHaveValue('Alex Wagner')
  await expect(team.getByLabel('Rolle')).toHaveValue('Maßnahmenteam')
  // Taken over, the member is not offered again; focus went to the new entry, not to the page.
  await expect(offers).toHaveCount(0)
  await expect(team.getByLabel('Rolle')).toBeFocused()

  // The target groups of the kick-off are offered again where the participation asks for groups.
  const groups = page.getByRole('group', { name: /Für welche Zielgruppen ist die Maßnahme gedacht/ })
  await groups.getByRole('button', { name: 'Punkt hinzufügen' }).click()
  await groups.getByRole('textbox').fill('Ältere Menschen')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()

  await page.goto(`${project}/schritte/oeffentlichkeitsbeteiligung`)
  const reach = page.getByRole('group', { name: /Welche Gruppen wollen Sie gezielt erreichen/ })
  await expect(reach.getByRole('group', { name: `Schon genannt im Schritt „${KICK_OFF}“:` })).toBeVisible()
  await reach.getByRole('button', { name: '„Ältere Menschen“ übernehmen' }).click()
  await expect(reach.getByRole('textbox')).toHaveValue('Ältere Menschen')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.reload()
  await expect(reach.getByRole('textbox')).toHaveValue('Ältere Menschen')
  await expect(reach.getByRole('button', { name: /übernehmen$/ })).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])

  await page.goto(`${project}/schritte/kick-off`)
  await expect(page.getByLabel(TITLE_QUESTION)).toHaveValue('Schattenplätze')
  expect(await axeViolations(page)).toEqual([])
})

test.describe('in English', () => {
  test.use({ locale: 'en-GB' })

  test('the step page and the dialog speak English and pass axe with the dialog open', async ({ page }) => {
    await page.goto('/projekte')
    await page.getByLabel('Name of the new team').fill('Team Green')
    await page.getByRole('button', { name: 'Create team' }).click()
    await page.getByLabel('Title of the measure').fill('Shady places')
    await page.getByRole('button', { name: 'Create project' }).click()
    await expect(page).toHaveURL(/einstieg$/)
    const project = new URL(page.url()).pathname.replace(/\/einstieg$/, '')

    await page.goto(`${project}/schritte/kick-off`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(
      'Shady places: Prepare and run the kick-off',
    )
    await expect(page.getByText('Step 1 of 7 · Phase 1: Pre-process')).toBeVisible()
    const title = page.getByRole('textbox', { name: /working title/ })
    await expect(title).toHaveValue('Shady places')
    await title.fill('')
    await page.getByRole('button', { name: 'Mark as done' }).click()
    const dialog = page.getByRole('dialog', { name: 'Mark this step done with required questions open?' })
    await expect(dialog).toContainText('Not answered yet: one required question.')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Back to the step' }).click()
    await expect(dialog).toBeHidden()
  })
})
