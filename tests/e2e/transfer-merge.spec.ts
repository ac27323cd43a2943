/**
 * Two devices without a server (issue #21): they hand a team back and forth as files and merge
 * them, and both end with the same answers, each side's edits kept.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { axeViolations, expect, openAppDatabase, test } from './fixtures'
import { seedProjectAndWorkshop } from './seed'
import { storedRows } from './stored-data'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost'])
const TEAM = 'Team „Team Stadtgrün“ mit allem'
const TITLE = 'Wie lautet der Arbeitstitel der Maßnahme?'
const QUESTIONS = /Welche transformativen Fragen sollen die Maßnahme leiten/

/** A second device: its own browser context, held to the same rule of no request off this machine. */
async function device(context: BrowserContext, external: string[]): Promise<Page> {
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && !LOCAL_HOSTS.has(url.hostname)) external.push(request.url())
  })
  return context.newPage()
}

/** Saves the team as a file on the data page; returns the file's path. */
async function exportTeam(page: Page): Promise<string> {
  await page.goto('/daten')
  await page.getByLabel('Was sichern?').selectOption({ label: TEAM })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Als Datei speichern' }).click()
  return (await (await download).path())!
}

/** Reads a file on the data page and returns its preview. */
async function readFile(page: Page, path: string) {
  await page.goto('/daten')
  await page.getByLabel('Datei auswählen').setInputFiles(path)
  const preview = page.getByRole('region', { name: 'Das würde übernommen' })
  await expect(preview).toContainText('Team „Team Stadtgrün“')
  return preview
}

async function merge(page: Page, path: string, expected: string, scan = false) {
  const preview = await readFile(page, path)
  await expect(preview.getByTestId('import-merge')).toContainText(expected)
  if (scan) expect(await axeViolations(page)).toEqual([])
  await preview.getByRole('button', { name: 'Zusammenführen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Zusammengeführt: Team Stadtgrün.' })).toBeVisible()
}

const answers = async (page: Page) =>
  ((await storedRows(page)).answers as { questionId: string; value: unknown }[])
    .map((a) => ({ questionId: a.questionId, value: a.value }))
    .sort((x, y) => (x.questionId < y.questionId ? -1 : 1))

test('two devices merge each other’s files and end with the same answers', async ({ page, browser }) => {
  test.setTimeout(180_000)
  // Device A: a team, a project and an answer.
  const { project } = await seedProjectAndWorkshop(page)
  const step = `${project}/schritte/kick-off`
  await page.goto(step)
  await page.getByLabel(TITLE).fill('Schattenplätze im Kiez')
  await expect.poll(async () => JSON.stringify(await answers(page))).toContain('Schattenplätze im Kiez')
  const first = await exportTeam(page)

  // Device B takes the team in and adds a guiding question.
  const external: string[] = []
  const contextB = await browser.newContext()
  const pageB = await device(contextB, external)
  await openAppDatabase(pageB)
  const preview = await readFile(pageB, first)
  await preview.getByRole('button', { name: 'Übernehmen', exact: true }).click()
  await expect(pageB.getByRole('status').filter({ hasText: 'Übernommen: Team Stadtgrün.' })).toBeVisible()
  await pageB.goto(step)
  await expect(pageB.getByLabel(TITLE)).toHaveValue('Schattenplätze im Kiez')
  const drafts = pageB.getByRole('group', { name: QUESTIONS })
  await drafts.getByRole('button', { name: 'Punkt hinzufügen' }).click()
  await drafts.getByRole('textbox').fill('Wie schützt Berlin Alleinlebende vor Hitze?')
  await expect.poll(async () => JSON.stringify(await answers(pageB))).toContain('Alleinlebende')

  // A merges B's file: the preview names the new answer, and A sees B's question.
  await merge(page, await exportTeam(pageB), 'eine neue Antwort', true)
  await page.goto(step)
  await expect(page.getByRole('group', { name: QUESTIONS }).getByRole('textbox')).toHaveValue(
    'Wie schützt Berlin Alleinlebende vor Hitze?',
  )

  // A edits the title; B merges A's file and keeps its own question.
  await page.getByLabel(TITLE).fill('Kühle Orte im Kiez')
  await expect.poll(async () => JSON.stringify(await answers(page))).toContain('Kühle Orte im Kiez')
  const last = await exportTeam(page)
  await merge(pageB, last, 'eine geänderte Antwort')
  await pageB.goto(step)
  await expect(pageB.getByLabel(TITLE)).toHaveValue('Kühle Orte im Kiez')
  await expect(pageB.getByRole('group', { name: QUESTIONS }).getByRole('textbox')).toHaveValue(
    'Wie schützt Berlin Alleinlebende vor Hitze?',
  )
  expect(await answers(pageB)).toEqual(await answers(page))

  // The same file once more: nothing is new.
  const again = await readFile(pageB, last)
  await expect(again.getByTestId('import-merge')).toHaveText(
    'Alles aus der Datei ist schon auf diesem Gerät. Zusammenführen ändert nichts.',
  )
  await contextB.close()
  expect(external).toEqual([])
})
