import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { axeViolations, expect, test } from './fixtures'
import { readPdf } from './pdf-text'

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
  const stakeholders = answers
    .getByRole('region', { name: 'Steuerungsrunde einberufen' })
    .getByRole('table', { name: /Welche Stakeholder/ })
  await expect(stakeholders.getByRole('columnheader', { name: 'Einfluss' })).toBeVisible()
  await expect(
    stakeholders
      .getByRole('row')
      .filter({
        has: page.getByRole('rowheader', { name: 'Straßen- und Grünflächenämter der Pilotbezirke' }),
      })
      .getByRole('cell', { name: 'hoch', exact: true }),
  ).toBeVisible()
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

/** Copies the sample into a new team and opens the copy's description. */
async function copiedDescription(page: Page, { teamName, copy }: { teamName: string; copy: string }) {
  await page.goto('/projekte/beispiel')
  await loaded(page)
  await page.getByLabel(teamName).fill('Team Stadtgrün')
  await page.getByRole('button', { name: copy }).click()
  await expect(page).toHaveURL(/\/projekte\/(?!beispiel)[^/]+$/)
  await page.goto(`${page.url()}/beschreibung`)
  await loaded(page)
}

test('the description of the copied sample is a document: complete-meter, tables, Word file, print', async ({
  page,
}) => {
  await copiedDescription(page, { teamName: 'Name des neuen Teams', copy: 'In mein Team kopieren' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(
    'Schattige Wege: Maßnahmenbeschreibung',
  )
  const main = page.locator('main')

  // How complete it is, in words and as a named bar; each open section links to its wizard step.
  const completeness = page.getByRole('region', { name: 'Vollständigkeit' })
  await expect(completeness.getByText(/^\d+ von 17 Abschnitten vollständig beantwortet$/)).toBeVisible()
  await expect(completeness.getByRole('progressbar', { name: /von 17 Abschnitten/ })).toBeVisible()
  await expect(completeness.getByRole('link', { name: /^Beantworten im Schritt/ }).first()).toHaveAttribute(
    'href',
    /\/schritte\//,
  )
  const section = (title: string) => page.getByRole('region', { name: title, exact: true })
  await expect(
    section('Indikatoren').getByRole('progressbar', { name: /von 7 Fragen beantwortet/ }),
  ).toBeVisible()

  // Structured answers are tables; days are written in German, nowhere as ISO dates.
  const indicators = section('Indikatoren').getByRole('table', { name: 'Woran messen Sie die Wirkung?' })
  await expect(indicators.getByRole('columnheader', { name: 'Zielwert' })).toBeVisible()
  await expect(
    indicators.getByRole('rowheader', { name: 'Gehwegabschnitte mit Schattenangabe' }),
  ).toBeVisible()
  await expect(
    section('Zeitplan und Meilensteine').getByRole('rowheader', { name: '30.11.2026' }),
  ).toBeVisible()
  await expect(main).not.toContainText(/\d{4}-\d{2}-\d{2}/)
  expect(await axeViolations(page)).toEqual([])

  // The Word file: named after the project, with its title, every section heading and tables.
  const sectionTitles = await page
    .getByRole('navigation', { name: 'Inhalt' })
    .getByRole('link')
    .allTextContents()
  expect(sectionTitles).toHaveLength(17)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Als Word-Datei (.docx)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('schattige-wege.docx')
  const files = unzipSync(readFileSync(await download.path()))
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']))
  const xml = strFromU8(files['word/document.xml']!)
  /** The text of each paragraph with the given style, e.g. every Word "Heading 1". */
  const styled = (style: string) =>
    [...xml.matchAll(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="${style}"/>(.*?)</w:p>`, 'g'))].map(
      (m) => [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    )
  expect(styled('Title')).toEqual(['Schattige Wege'])
  expect(styled('Heading1')).toEqual(sectionTitles.map((t) => t.trim()))
  const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []
  expect(
    tables.some((t) => t.includes('<w:tblHeader/>') && t.includes('Gehwegabschnitte mit Schattenangabe')),
  ).toBe(true)
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Word-Datei ist heruntergeladen.' }),
  ).toBeAttached()

  // Printed: a cover naming the kind of document once, with team, phase and day; page numbers after it;
  // no section heading as the last line of a page.
  await page.emulateMedia({ media: 'print' })
  const pages = readPdf(await page.pdf({ format: 'A4' })).pages.map((p) => p.text.replace(/\s+/g, ''))
  expect(pages.length).toBeGreaterThan(3)
  const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(new Date())
  for (const text of ['Schattige Wege', 'Team: Team Stadtgrün', 'Phase 2: Exploration', `Stand: ${day}`]) {
    expect(pages[0], `the cover says "${text}"`).toContain(text.replace(/\s+/g, ''))
  }
  expect(pages[0]!.split('Maßnahmenbeschreibung')).toHaveLength(2)
  expect(pages[0]).not.toMatch(/^1\/\d/)
  pages.slice(1).forEach((text, index) => expect(text).toMatch(new RegExp(`^${index + 2}/${pages.length}`)))
  expect(pages[1]).toContain('Inhalt')
  // The contents page ends with the last title by nature; the pages after it must not.
  for (const title of sectionTitles) {
    const bare = title.replace(/\s+/g, '')
    expect(
      pages.slice(2).filter((text) => text.endsWith(bare)),
      `"${title}" ends a page`,
    ).toEqual([])
  }
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

  test('the description of the copied example is in English, with English days and tables', async ({
    page,
  }) => {
    await copiedDescription(page, { teamName: 'Name of the new team', copy: 'Copy into my team' })
    await expect(page.getByRole('button', { name: 'As Word file (.docx)' })).toBeVisible()
    const completeness = page.getByRole('region', { name: 'Completeness' })
    await expect(
      completeness.getByRole('progressbar', { name: /^\d+ of 17 sections fully answered$/ }),
    ).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Influence' }).first()).toBeVisible()
    await expect(page.getByRole('rowheader', { name: 'Mar 2, 2026' })).toBeVisible()
    await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/)
    expect(await axeViolations(page)).toEqual([])
  })
})
