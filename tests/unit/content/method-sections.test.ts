import { describe, expect, it } from 'vitest'
import { CONTENT, FOUR_PHASES, loadFixture, type Editor } from './fixture'

const four = (edit?: (f: Editor) => void) => loadFixture(edit, true, FOUR_PHASES)

const GERMAN_DEFAULTS = ['Worum es geht', 'Tipps', 'Varianten', 'Hinweise für die Verwaltung', 'Beispiel']
const OWN = ['Kurz gesagt', 'Praxistipps', 'Abwandlungen', 'Für die Verwaltung', 'So lief es']

/** Gives both German cards of the small fixture the headings `to` instead of the defaults. */
const renameHeadings = (f: Editor, to: string[]) => {
  for (const card of ['akteure-kartieren', 'baumanalyse'])
    GERMAN_DEFAULTS.forEach((heading, i) =>
      f.replace(`de/methods/${card}.md`, `## ${heading}\n`, `## ${to[i]}\n`),
    )
}
const nameSections = (f: Editor) =>
  f.replace(
    'de/site.md',
    'roles:\n',
    'methodSections:\n  about: Kurz gesagt\n  tips: Praxistipps\n  variations: Abwandlungen\n  notes: Für die Verwaltung\n  example: So lief es\nroles:\n',
  )

describe('method card headings from the site file', () => {
  it('lets a handbook name the five sections itself, per language', () => {
    const { messages, warnings, sites } = four()
    expect(messages).toEqual([])
    expect(warnings).toEqual([])
    expect(sites.de?.methodSections?.notes).toBe('Für die Verwaltung')
    expect(sites.en?.methodSections?.about).toBe('In short')
  })

  it("checks a card against the handbook's headings and says where they are named", () => {
    const { messages } = four((f) =>
      f.replace('de/methods/check-in-runde.md', '## Praxistipps\n', '## Tipps\n'),
    )
    expect(messages).toEqual([
      'handbook-content/de/methods/check-in-runde.md › body: needs exactly these ## sections in this order ' +
        '(named in handbook-content/de/site.md › methodSections): Kurz gesagt / Praxistipps / Abwandlungen / ' +
        'Für die Verwaltung / So lief es; found: Kurz gesagt / Tipps / Abwandlungen / Für die Verwaltung / So lief es',
    ])
  })

  it('keeps the default headings of a language whose site file names none', () => {
    // The small fixture names no sections: its cards use the defaults, and renaming them fails.
    expect(loadFixture().messages).toEqual([])
    const renamed = loadFixture((f) => renameHeadings(f, OWN))
    expect(renamed.messages).toHaveLength(2)
    expect(renamed.messages[0]).toContain(
      `in this order: ${GERMAN_DEFAULTS.join(' / ')}; found: ${OWN.join(' / ')}`,
    )
    // Naming them in the German site file only: the English cards keep the English defaults.
    expect(loadFixture((f) => (renameHeadings(f, OWN), nameSections(f))).messages).toEqual([])
  })

  it("reads the notes for the administration under the handbook's own heading", () => {
    const shared = '## Für die Verwaltung\n- Beide Karten sagen dasselbe.\n'
    const { messages, warnings } = loadFixture(
      (f) => {
        renameHeadings(f, OWN)
        nameSections(f)
        for (const card of ['akteure-kartieren', 'baumanalyse'])
          f.replace(`de/methods/${card}.md`, '## Für die Verwaltung\nText.\n', shared)
      },
      true,
      CONTENT,
    )
    expect(messages).toEqual([])
    expect(warnings.map((w) => [w.file, w.message])).toEqual([
      [
        'handbook-content/de/methods/baumanalyse.md',
        'the public-sector note "Beide Karten sagen dasselbe." is word for word the same as in handbook-content/de/methods/akteure-kartieren.md; write a note that fits this method',
      ],
    ])
  })

  it('reports a broken site file once, not again on every card', () => {
    const { messages } = four((f) => f.replace('de/site.md', '  tips: Praxistipps\n', ''))
    expect(messages).toEqual([
      expect.stringMatching(/^handbook-content\/de\/site\.md › methodSections\.tips: /),
    ])
  })
})
