import { expect, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'

test('a wizard question explains why it asks and shows an example that is never filled in', async ({
  page,
}) => {
  const { project } = await seedProjectAndWorkshop(page)
  await page.goto(`${project}/schritte/kick-off`)

  // The working title starts as the project's title (prefill), never as the example.
  const title = page.getByLabel('Wie lautet der Arbeitstitel der Maßnahme?')
  await expect(title).toHaveValue('Schattenplätze')
  await expect(title).toHaveAccessibleDescription(
    /dass alle über dieselbe Maßnahme sprechen.*Beispiel dieses Werkzeugs: Kühle Orte im Kiez/,
  )
  await expect(page.getByText('Beispiel dieses Werkzeugs: Kühle Orte im Kiez')).toBeVisible()

  // The first draft of the transformative questions: a list, explained and with an example.
  const drafts = page.getByRole('group', { name: /Welche transformativen Fragen sollen die Maßnahme leiten/ })
  await expect(drafts).toHaveAccessibleDescription(/keine „Wie können wir …“-Fragen/)
  await expect(drafts).toContainText(
    'Beispiel dieses Werkzeugs: Wie müssen Bezirke, Gesundheitswesen und Nachbarschaften zusammenarbeiten',
  )
  await expect(drafts.getByRole('textbox')).toHaveCount(0)
  await drafts.getByRole('button', { name: 'Punkt hinzufügen' }).click()
  await expect(drafts.getByRole('textbox')).toHaveValue('')
  await drafts.getByRole('textbox').fill('Wie schützt Berlin Alleinlebende gemeinsam vor Hitze?')
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible()

  // The answer appears in its own section of the project description.
  await page.goto(`${project}/beschreibung`)
  await expect(page.getByRole('region', { name: 'Transformative Fragen' })).toContainText(
    'Wie schützt Berlin Alleinlebende gemeinsam vor Hitze?',
  )
})

test('the phase-1 gate checks the criteria for skipping exploration and offers ending the measure', async ({
  page,
}) => {
  const { project } = await seedProjectAndWorkshop(page)
  await page.goto(`${project}/schritte/abschlussfragen-vorprozess`)
  const next = page.getByRole('group', { name: 'Wie geht es weiter?' })
  const gate = page.getByRole('region', { name: 'Phase wechseln' })

  await next.getByLabel('Exploration überspringen und direkt in die Erprobung').check()
  await expect(gate).toContainText('Die Abschlussfragen schlagen vor: Phase 3: Erprobung.')
  await expect(gate).toContainText(
    'Noch nicht erfüllt, um eine Phase zu überspringen: Die Bedürfnisse der Zielgruppen sind bekannt',
  )

  await next.getByLabel(/Die Maßnahme beenden:/).check()
  await expect(gate).toContainText('Die Abschlussfragen empfehlen, die Maßnahme zu beenden.')
  await expect(gate.getByRole('button', { name: /^Weiter in Phase/ })).toHaveCount(0)
})
