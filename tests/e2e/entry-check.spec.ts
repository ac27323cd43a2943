import type { Page } from '@playwright/test'
import { walkEntryCheck } from './entry-flow'
import { axeViolations, expect, test } from './fixtures'

// Each test walks the eleven questions of the entry check, some of them twice.
test.describe.configure({ timeout: 120_000 })

const MANDATE = 'Hat die Maßnahme ein politisches Mandat oder einen klaren Auftrag?'

/** A team and a project made through the interface; the app then opens the project's entry check. */
async function createProject(page: Page, title: string) {
  await page.goto('/projekte')
  await page.getByLabel('Name des neuen Teams').fill('Team Einstieg')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await page.getByLabel('Titel der Maßnahme').fill(title)
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  return page.url().replace(/\/einstieg$/, '')
}

/** The stored project record, read straight from IndexedDB. */
function storedProject(page: Page, projectUrl: string) {
  const id = new URL(projectUrl).pathname.split('/').at(-1)!
  return page.evaluate(
    (id) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const open = indexedDB.open('handbuch-interaktiv')
        open.onsuccess = () => {
          const get = open.result.transaction('projects').objectStore('projects').get(id)
          get.onsuccess = () => {
            resolve(get.result)
            open.result.close()
          }
        }
      }),
    id,
  )
}

const phaseHeading = (page: Page, n: number) =>
  page.getByRole('heading', { name: new RegExp(`^Phase ${n}: `) })

test('no phase before the deciding answers; answers survive a reload; the team overrides the recommendation', async ({
  page,
}) => {
  const projectUrl = await createProject(page, 'Hitzeschutz')

  // A fresh check: the first question, with progress, and no phase anywhere.
  await expect(page.getByText('Frage 1 von 11')).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Frage 1 von 11' })).toBeVisible()
  await expect(page.getByText(/Empfohlene Startphase|\(empfohlen\)/)).toHaveCount(0)
  await expect(page.getByRole('radio', { name: /^Phase \d/ })).toHaveCount(0)
  await page
    .getByRole('group', { name: /Ist das Thema komplex/ })
    .getByLabel('Ja')
    .check()
  await page.getByRole('button', { name: 'Weiter' }).click()
  await page
    .getByRole('group', { name: /mehrere Senatsverwaltungen/ })
    .getByLabel('Nein')
    .check()
  await expect
    .poll(async () => (await storedProject(page, projectUrl)).entryCheckDraft)
    .toMatchObject({ answers: { 'komplexes-thema': true, 'mehrere-verwaltungen': false } })

  // Left mid-check and reloaded: the check resumes at the first unanswered question.
  await page.reload()
  await expect(page.getByRole('progressbar', { name: 'Frage 3 von 11' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /viele Stakeholder/ })).toBeVisible()
  await page.getByRole('button', { name: 'Zurück' }).click()
  await expect(
    page.getByRole('group', { name: /mehrere Senatsverwaltungen/ }).getByLabel('Nein'),
  ).toBeChecked()
  // The overview offers to go on with it.
  await page.goto(projectUrl)
  await page.getByRole('link', { name: 'Einstiegscheck fortsetzen' }).click()
  await expect(page.getByRole('progressbar', { name: 'Frage 3 von 11' })).toBeVisible()

  // Through to the result without answering the rest: still no recommendation, and no choice.
  await walkEntryCheck(page)
  await expect(page.getByText(/^Noch keine Empfehlung/)).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: MANDATE }).first()).toBeVisible()
  await expect(page.getByText(/Empfohlene Startphase/)).toHaveCount(0)
  await expect(page.getByRole('radio')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'In dieser Phase beginnen' })).toHaveCount(0)

  // The first open question that decides is the mandate.
  await page.getByRole('button', { name: 'Zur ersten offenen Frage' }).click()
  await expect(page.getByRole('heading', { level: 2, name: MANDATE })).toBeFocused()
  await walkEntryCheck(page, {
    'politisches Mandat': 'Ja',
    'Maßnahmenteam mit festen Rollen': 'Ja',
    'abgestimmte Maßnahmenbeschreibung': 'Ja',
    'Bedürfnisse der Zielgruppen': 'Nein',
  })

  // The result: the phase and the reason of the rule that decided it, the recommended phase chosen.
  await expect(page.getByText('Empfohlene Startphase: Phase 2: Exploration')).toBeVisible()
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^Die Bedürfnisse der Zielgruppen sind noch nicht bekannt/ }),
  ).toBeVisible()
  const choice = page.getByRole('group', { name: 'In welcher Phase steigt das Team ein?' })
  await expect(choice.getByRole('radio', { name: 'Phase 2: Exploration (empfohlen)' })).toBeChecked()

  // The team overrides it and starts in phase 1.
  await choice.getByRole('radio', { name: /^Phase 1: Vorprozess/ }).check()
  await page.getByRole('button', { name: 'In dieser Phase beginnen' }).click()
  await expect(page).toHaveURL(projectUrl)
  await expect(phaseHeading(page, 1)).toContainText('aktuelle Phase')
  await expect(
    page.getByText('Einstiegscheck: empfohlen war Phase 2; das Team hat sich für Phase 1 entschieden.'),
  ).toBeVisible()
  const stored = await storedProject(page, projectUrl)
  expect(stored).toMatchObject({ phase: 1, entryCheck: { recommendedPhase: 2, chosenPhase: 1 } })
  expect(stored).not.toHaveProperty('entryCheckDraft')

  await page.goto(`${projectUrl}/logbuch`)
  await expect(page.getByRole('region', { name: 'Einträge' })).toContainText(
    'Einstiegscheck gemacht: empfohlen Phase 2, gewählt Phase 1.',
  )
})

test('the result is copied and printed; redoing the check moves the project and adds a second logbook entry', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const projectUrl = await createProject(page, 'Kühle Orte')
  await walkEntryCheck(page, { 'politisches Mandat': 'Nein' })
  await expect(page.getByText('Empfohlene Startphase: Phase 1: Vorprozess')).toBeVisible()

  await page.getByRole('button', { name: 'Ergebnis als Text kopieren' }).click()
  await expect(page.getByText('Das Ergebnis ist in der Zwischenablage.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('Einstiegscheck: Kühle Orte\n\nEmpfohlene Startphase: Phase 1: Vorprozess\n')
  expect(copied).toContain('\n- Ohne Mandat fehlt der Maßnahme der Rückhalt.')
  expect(copied).toContain(`\n- ${MANDATE} Nein\n`)

  // Printed: the result and the answers, not the buttons and the choice.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByText('Empfohlene Startphase: Phase 1: Vorprozess')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: MANDATE })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ergebnis drucken' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'In dieser Phase beginnen' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Bereiche des Projekts' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  await page.getByRole('button', { name: 'In dieser Phase beginnen' }).click()
  await expect(page).toHaveURL(projectUrl)
  await expect(page.getByText('Einstiegscheck: empfohlen war Phase 1.')).toBeVisible()

  // Redone later: the check opens on its result, and an answer is changed from there.
  await page
    .getByRole('navigation', { name: 'Bereiche des Projekts' })
    .getByRole('link', { name: 'Einstiegscheck' })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Ergebnis für „Kühle Orte“' })).toBeVisible()
  await expect(
    page.getByText(/^Zuletzt gemacht am .*: empfohlen war Phase 1, das Team hat in Phase 1 begonnen/),
  ).toBeVisible()
  await page.getByRole('button', { name: `Ändern: ${MANDATE}` }).click()
  await expect(page.getByRole('heading', { level: 2, name: MANDATE })).toBeFocused()
  await walkEntryCheck(page, {
    'politisches Mandat': 'Ja',
    'Maßnahmenteam mit festen Rollen': 'Ja',
    'abgestimmte Maßnahmenbeschreibung': 'Ja',
    'Bedürfnisse der Zielgruppen': 'Ja',
    'Indikatoren festgelegt': 'Ja',
    'Prototyp mit Nutzer:innen getestet': 'Nein',
  })
  await expect(page.getByText('Empfohlene Startphase: Phase 3: Erprobung')).toBeVisible()
  await page.getByRole('button', { name: 'In dieser Phase beginnen' }).click()
  await expect(page).toHaveURL(projectUrl)
  await expect(phaseHeading(page, 3)).toContainText('aktuelle Phase')
  await expect(page.getByText('Einstiegscheck: empfohlen war Phase 3.')).toBeVisible()

  // Back in an earlier phase, the overview no longer speaks of the check's recommendation.
  await page.getByLabel('Zurück in eine frühere Phase').selectOption('1')
  await page.getByRole('button', { name: 'Zurückgehen' }).click()
  await expect(phaseHeading(page, 1)).toContainText('aktuelle Phase')
  await expect(page.getByText(/^Einstiegscheck: empfohlen/)).toHaveCount(0)

  await page.goto(`${projectUrl}/logbuch`)
  const log = page.getByRole('region', { name: 'Einträge' })
  await expect(log.getByRole('listitem').filter({ hasText: 'Einstiegscheck gemacht' })).toHaveCount(2)
  await expect(log).toContainText('Einstiegscheck gemacht: empfohlen Phase 1, gewählt Phase 1.')
  await expect(log).toContainText('Einstiegscheck gemacht: empfohlen Phase 3, gewählt Phase 3.')
})

test.describe('in English', () => {
  test.use({ locale: 'en-GB' })
  test('the flow and its result speak English and pass axe', async ({ page }) => {
    await page.goto('/projekte')
    await page.getByLabel('Name of the new team').fill('Team Entry')
    await page.getByRole('button', { name: 'Create team' }).click()
    await page.getByLabel('Title of the measure').fill('Cool places')
    await page.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByRole('progressbar', { name: 'Question 1 of 11' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible()
    await walkEntryCheck(page, { 'political mandate': 'No' })
    await expect(page.getByRole('heading', { level: 2, name: 'Result for “Cool places”' })).toBeFocused()
    await expect(page.getByText('Recommended starting phase: phase 1: Pre-process')).toBeVisible()
    await expect(page.getByRole('radio', { name: /^Phase 1: .* \(recommended\)$/ })).toBeChecked()
    expect(await axeViolations(page)).toEqual([])
  })
})

test('axe finds nothing on a question screen and on the result, before and after a recommendation', async ({
  page,
}) => {
  await createProject(page, 'Barrierefrei')
  expect(await axeViolations(page), 'question').toEqual([])
  await walkEntryCheck(page)
  expect(await axeViolations(page), 'undecided result').toEqual([])
  await page.getByRole('button', { name: 'Zur ersten offenen Frage' }).click()
  await walkEntryCheck(page, { 'politisches Mandat': 'Nein' })
  expect(await axeViolations(page), 'decided result').toEqual([])
})
