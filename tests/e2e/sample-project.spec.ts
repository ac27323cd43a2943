import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'

/**
 * Issue 17: the home page's first action is creating a measure; beside it, the handbook's sample
 * measure opens read-only and can be copied into the team as a real, editable project.
 */

async function loaded(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /Inhalte werden geladen|Loading content/ }),
  ).toHaveCount(0)
}

/** Form fields a user could type into or tick, inside `scope`. */
const editable = (scope: ReturnType<Page['locator']>) =>
  scope.locator('input, textarea, select, [contenteditable="true"]')

test("the home page's first action leads to creating a measure", async ({ page }) => {
  await page.goto('/')
  await loaded(page)
  const create = page.getByRole('link', { name: 'Maßnahme anlegen' })
  await expect(create).toHaveClass(/kern-btn--primary/)
  // One primary action on the page.
  await expect(page.locator('main .kern-btn--primary')).toHaveCount(1)
  await create.click()
  await expect(page).toHaveURL(/\/projekte$/)
  await page.getByLabel('Name des neuen Teams').fill('Team Stadtgrün')
  await page.getByRole('button', { name: 'Team anlegen' }).click()
  await page.getByLabel('Titel der Maßnahme').fill('Schatten für Schulwege')
  await page.getByRole('button', { name: 'Projekt anlegen' }).click()
  await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Einstiegscheck' })).toBeVisible()
})

test('the sample opens from the home page read-only and shows its answers', async ({ page }) => {
  await page.goto('/')
  await loaded(page)
  await page.getByRole('link', { name: 'Oder erst ein ausgefülltes Beispiel ansehen' }).click()
  await expect(page).toHaveURL(/\/projekte\/beispiel$/)
  await loaded(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schattige Wege')
  await expect(page).toHaveTitle(/Beispiel: Schattige Wege/)
  await expect(page.getByRole('heading', { name: 'Beispiel – nur lesen' })).toBeVisible()

  const answers = page.getByRole('region', { name: 'Antworten nach Phasen und Schritten' })
  const kickOff = answers.getByRole('region', { name: 'Kick-Off vorbereiten und durchführen' })
  await expect(kickOff).toContainText('Stand: erledigt')
  await expect(
    kickOff.getByRole('heading', { name: 'Wie lautet der Arbeitstitel der Maßnahme?' }),
  ).toBeVisible()
  await expect(kickOff).toContainText(
    'Die Stabsstelle Klimaanpassung der für Umwelt zuständigen Senatsverwaltung',
  )
  // A choice shows its label, a table its columns and levels in words.
  await expect(kickOff.getByRole('listitem').filter({ hasText: 'Expert:innendialog' })).toHaveCount(1)
  await expect(answers.getByRole('region', { name: 'Steuerungsrunde einberufen' })).toContainText(
    'Einfluss: hoch',
  )
  await expect(answers.getByRole('region', { name: 'Abschlussfragen der Exploration' })).toContainText(
    'Stand: in Arbeit',
  )
  await expect(page.getByRole('region', { name: 'Einstiegscheck' })).toContainText(
    'Einstiegscheck: empfohlen war Phase 1.',
  )
  await expect(page.getByRole('region', { name: 'Logbuch' })).toContainText(
    '18 Gespräche mit älteren Menschen',
  )

  // Nothing to edit: the only field on the page names the team the copy would go to.
  await expect(editable(answers)).toHaveCount(0)
  await expect(editable(page.locator('main'))).toHaveCount(1)
  await expect(page.getByLabel('Name des neuen Teams')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('"copy into my team" creates the first team and a project with the same answers, which can be edited', async ({
  page,
}) => {
  await page.goto('/projekte/beispiel')
  await loaded(page)
  // Without a team, the copy asks for its name first.
  await page.getByRole('button', { name: 'In mein Team kopieren' }).click()
  await expect(page.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible()
  await expect(page.getByLabel('Name des neuen Teams')).toBeFocused()
  await page.getByLabel('Name des neuen Teams').fill('Team Stadtgrün')
  await page.getByRole('button', { name: 'In mein Team kopieren' }).click()

  await expect(page).toHaveURL(/\/projekte\/(?!beispiel)[^/]+$/)
  const projectUrl = page.url()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schattige Wege')
  // The sample team began in phase 1 and works in phase 2 now: the entry check's note would be stale.
  await expect(page.getByRole('heading', { name: /^Phase 2: / })).toContainText('aktuelle Phase')
  await expect(page.getByText(/^Einstiegscheck: empfohlen/)).toHaveCount(0)
  await expect(
    page.getByRole('combobox', { name: 'Status von „Kick-Off vorbereiten und durchführen“' }),
  ).toHaveValue('done')

  await page.goto(`${projectUrl}/schritte/kick-off`)
  const title = page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')
  await expect(title).toHaveValue('Schattige Wege')
  await expect(
    page.getByRole('group', { name: /Welche weiteren Formate/ }).getByLabel('Expert:innendialog'),
  ).toBeChecked()
  await title.fill('Schattige Wege Spandau')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()
  await page.reload()
  await expect(title).toHaveValue('Schattige Wege Spandau')

  await page.goto(`${projectUrl}/schritte/steuerungsrunde`)
  const stakeholders = page.getByRole('group', { name: /Welche Stakeholder/ })
  await expect(stakeholders.getByLabel('Name').first()).toHaveValue(
    'Straßen- und Grünflächenämter der Pilotbezirke',
  )
  await expect(stakeholders.getByLabel('Einfluss').first()).toHaveValue('high')

  await page.goto(`${projectUrl}/logbuch`)
  await expect(page.getByText('Angelegt als Kopie des Beispiels „Schattige Wege“.')).toBeVisible()
  await expect(page.getByText('18 Gespräche mit älteren Menschen', { exact: false })).toBeVisible()

  // The sample itself is unchanged, and now offers the copy into the team just created.
  await page.goto('/projekte/beispiel')
  await loaded(page)
  await expect(page.getByText('Kopiert wird in das Team „Team Stadtgrün“', { exact: false })).toBeVisible()
  await expect(editable(page.locator('main'))).toHaveCount(0)
  await expect(
    page
      .getByRole('region', { name: 'Kick-Off vorbereiten und durchführen' })
      .getByText('Schattige Wege', { exact: true }),
  ).toBeVisible()
})

test.describe('in English', () => {
  test.use({ locale: 'en-GB' })

  test('the home page offers creating a measure and the example, which passes axe', async ({ page }) => {
    await page.goto('/')
    await loaded(page)
    await expect(page.getByRole('link', { name: 'Create a measure' })).toBeVisible()
    await page.getByRole('link', { name: 'Or look at a filled-in example first' }).click()
    await loaded(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shady Ways')
    await expect(page.getByRole('heading', { name: 'Example – read only' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Copy into my team' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})
