import { BERLIN_WORDS, crawl } from '../crawl'
import { expect, test } from '../fixtures'

/**
 * Issue 20, done when: a handbook with four phases, other ids, two values and twelve methods in
 * German and English (tests/fixtures/handbook-four-phases, built into dist-four/, project
 * "four-phase-handbook") shows nothing of the Berlin handbook, and no internal link leads to "not
 * found": in the reader, the method library, a project, a workshop and the footer pages.
 */

const LANGS = {
  de: {
    locale: 'de-DE',
    team: ['Name des neuen Teams', 'Team anlegen'],
    project: ['Titel des Projekts', 'Projekt anlegen'],
    workshop: ['Titel des Workshops', 'Anlegen'],
    phases: ['Ankommen', 'Verstehen', 'Bauen', 'Betreiben'],
  },
  en: {
    locale: 'en-GB',
    team: ['Name of the new team', 'Create team'],
    project: ['Title of the project', 'Create project'],
    workshop: ['Workshop title', 'Create'],
    phases: ['Arriving', 'Understanding', 'Building', 'Running'],
  },
} as const

const METHODS = [
  'check-in-runde',
  'blitzlicht',
  'auftragsklaerung',
  'interview',
  'beobachtung',
  'bedarfsliste',
  'skizzen',
  'punkten',
  'papiermodell',
  'uebergabe',
  'kennzahlen',
  'rueckschau',
]

for (const [lang, t] of Object.entries(LANGS)) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: t.locale })

    test('every page reachable by a link shows this handbook only, and none is "not found"', async ({
      page,
    }) => {
      // A full page load per page, about 120 of them: 30 s on CI, 1.5 min once on two overloaded
      // cores. The limit guards against a hang; timings are the benchmark's business.
      test.setTimeout(180_000)
      // A project and a workshop, made as a user makes them, so their pages are walked too.
      await page.goto('/projekte')
      await page.getByLabel(t.team[0]).fill('Team Nord')
      await page.getByRole('button', { name: t.team[1] }).click()
      await page.getByLabel(t.project[0]).fill('Bürgerbüro')
      await page.getByRole('button', { name: t.project[1] }).click()
      await expect(page).toHaveURL(/\/projekte\/[^/]+\/einstieg$/)
      const project = new URL(page.url()).pathname.replace(/\/einstieg$/, '')
      await page.goto('/workshops')
      await page.getByLabel(t.workshop[0]).fill('Auftakt')
      await page.getByRole('button', { name: t.workshop[1], exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Auftakt' })).toBeVisible()
      const workshop = new URL(page.url()).pathname

      // The filter of the method library offers this handbook's four phases, by name.
      await page.goto('/methoden')
      await page.getByRole('button', { name: /^(Filter anzeigen|Show filters)/ }).click()
      await expect(page.getByRole('checkbox', { name: /^Phase \d/ })).toHaveCount(4)
      for (const [i, name] of t.phases.entries())
        await expect(page.getByRole('checkbox', { name: `Phase ${i + 1}: ${name}` })).toHaveCount(1)

      const start = ['/', '/handbuch', '/methoden', '/projekte', '/workshops', '/daten', project, workshop]
      // Nothing in this handbook is marked as a proposal of the tool (`proposal: true`), so no page
      // may say so.
      const words = [...BERLIN_WORDS, 'Phase 5', 'Vorschlag dieses Werkzeugs', 'Proposal of this tool']
      const { seen, problems } = await crawl(page, start, words)
      expect(problems).toEqual([])
      // Links reached every part: four phases, three formats, two values, twelve methods, the
      // project's steps and description, and the footer pages (found by their roles, under this
      // handbook's ids).
      const expected = [
        ...['ankommen', 'verstehen', 'bauen', 'betreiben'].map((id) => `/handbuch/phasen/${id}`),
        ...['auftaktrunde', 'bedarfsrunde', 'betriebsrunde'].map((id) => `/handbuch/formate/${id}`),
        '/handbuch/werte/offen',
        '/handbuch/werte/sparsam',
        ...METHODS.map((id) => `/methoden/${id}`),
        `${project}/schritte/start`,
        `${project}/beschreibung`,
        '/impressum',
        '/datenschutzhinweise',
        '/zugaenglichkeit',
      ]
      expect(expected.filter((path) => !seen.includes(path))).toEqual([])
    })
  })
}
