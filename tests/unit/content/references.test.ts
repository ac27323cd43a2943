/**
 * Issue 20: every reference in the content is checked, and one mistake gives one error naming file
 * and field. The four-phase handbook names its wizard files as it likes (startcheck.md, steckbrief.md):
 * the app finds them by the role in their front matter.
 */
import { describe, expect, it } from 'vitest'
import { FOUR_PHASES, loadFixture, type Editor } from './fixture'

const four = (edit?: (f: Editor) => void) => loadFixture(edit, true, FOUR_PHASES)
/** The same change in both languages: a data mistake made consistently. */
const both = (f: Editor, path: string, from: string, to: string) => {
  f.replace(`de/${path}`, from, to)
  f.replace(`en/${path}`, from, to)
}
const DE = 'handbook-content/de'

/** A wizard step of phase 3 without closing questions, in both languages. */
const openStep = (lang: 'de' | 'en') => `---
title: ${lang === 'de' ? 'Prototyp bauen' : 'Build a prototype'}
phase: 3
order: 1
goal: ${lang === 'de' ? 'Ein erster Prototyp.' : 'A first prototype.'}
result: ${lang === 'de' ? 'Ein Prototyp.' : 'A prototype.'}
questions:
  - id: bauen-prototyp
    type: long-text
    label: ${lang === 'de' ? 'Was kann der Prototyp?' : 'What can the prototype do?'}
    help: ${lang === 'de' ? 'Damit alle vom selben Stand ausgehen.' : 'So that everyone starts from the same state.'}
    example: ${lang === 'de' ? 'Termine online buchen' : 'Book appointments online'}
    section: ziel
---
`

describe('the entry check and the description template are found by role', () => {
  it('finds them whatever their file names, and reads the description at the page path of its id', () => {
    const { messages, handbooks } = four()
    expect(messages).toEqual([])
    for (const book of [handbooks.de, handbooks.en]) {
      expect(book.entryCheck?.id).toBe('startcheck')
      expect(book.descriptionTemplate?.id).toBe('steckbrief')
    }
    expect(handbooks.de.pages.find((p) => p.role === 'home')?.html).toContain('href="/handbuch/steckbrief"')
  })

  it('fails a wizard file without a role, with file and field', () => {
    const { messages } = four((f) => f.replace('de/wizard/steckbrief.md', 'role: description\n', ''))
    expect(messages).toEqual([
      `${DE}/wizard/steckbrief.md › role: is missing; a file in wizard/ says what it is: role: entry-check or role: description`,
    ])
  })

  it('fails an unknown role', () => {
    const { messages } = four((f) =>
      f.replace('de/wizard/startcheck.md', 'role: entry-check', 'role: einstieg'),
    )
    expect(messages).toEqual([
      `${DE}/wizard/startcheck.md › role: expected one of: entry-check, description; found the text "einstieg"`,
    ])
  })

  it('names the folder when no file has the description role', () => {
    const { messages } = four((f) => {
      f.remove('de/wizard/steckbrief.md')
      f.remove('en/wizard/steckbrief.md')
      both(f, 'pages/willkommen.md', '](page:steckbrief)', '](page:willkommen)')
    })
    expect(messages).toEqual([
      `${DE}/wizard/ › role: no file in wizard/ has role: description; the wizard's questions fill its sections (add "role: description" to one file)`,
    ])
  })

  it('names the folder when no file has the entry-check role', () => {
    const { messages } = four((f) => {
      f.remove('de/wizard/startcheck.md')
      f.remove('en/wizard/startcheck.md')
    })
    expect(messages).toEqual([
      `${DE}/wizard/ › role: no file in wizard/ has role: entry-check; every new project starts with it (add "role: entry-check" to one file)`,
    ])
  })

  it('fails a second file with the same role, naming the first', () => {
    const { messages } = four((f) => {
      for (const lang of ['de', 'en'])
        f.write(
          `${lang}/wizard/zweiter-check.md`,
          `---\nrole: entry-check\ntitle: Check\nintro: Wo?\nlowFitThreshold: 0\nlowFitNote: Wo?\nquestions:\n  - id: frage\n    group: fit\n    label: Frage?\n    help: Warum.\n    example: Ja\nrules:\n  - phase: 1\n    when: {}\n    reason: Immer.\n---\n`,
        )
    })
    expect(messages).toEqual([
      `${DE}/wizard/zweiter-check.md › role: the role entry-check is already given to ${DE}/wizard/startcheck.md; a handbook has one file with it`,
    ])
  })

  it('fails a description template whose address a page has too', () => {
    const { messages } = four((f) => {
      for (const lang of ['de', 'en'])
        f.write(
          `${lang}/pages/steckbrief.md`,
          '---\ntitle: Steckbrief\nsummary: Eine Seite.\norder: 9\n---\n\nText.\n',
        )
    })
    expect(messages).toEqual([
      `${DE}/wizard/steckbrief.md › file name: the description is read at /handbuch/steckbrief, which is also the address of ${DE}/pages/steckbrief.md; rename one of the two files`,
    ])
  })
})

describe('every phase has steps and closing questions', () => {
  it('fails a phase without any step, naming the phase file', () => {
    const { messages } = four((f) => {
      for (const lang of ['de', 'en'] as const) {
        f.remove(`${lang}/steps/verstehen-abschluss.md`)
        // The format that step prepares goes with it.
        f.remove(`${lang}/formats/bedarfsrunde.md`)
      }
    })
    expect(messages).toEqual([
      `${DE}/phases/verstehen.md › number: no wizard step belongs to phase 2; give the phase its steps (phase: 2 in steps/), the last with closing: true`,
    ])
  })

  it('fails a phase whose steps have no closing step, naming the phase file', () => {
    const { messages } = four((f) => {
      for (const lang of ['de', 'en'] as const) {
        f.remove(`${lang}/steps/bauen-abschluss.md`)
        f.remove(`${lang}/formats/betriebsrunde.md`)
        f.write(`${lang}/steps/prototyp.md`, openStep(lang))
      }
    })
    expect(messages).toEqual([
      `${DE}/phases/bauen.md › number: none of the steps of phase 3 has closing: true; its last step needs the closing questions that end the phase and propose the next one`,
    ])
  })
})

/** One case per kind of reference: the mistake, made in both languages, and its one error. */
const references: [string, (f: Editor) => void, string][] = [
  [
    "a step's phase",
    (f) => both(f, 'steps/start.md', 'phase: 1', 'phase: 7'),
    `${DE}/steps/start.md › phase: the phase 7 does not exist; this handbook has phases 1–4`,
  ],
  [
    "a step's method",
    (f) => both(f, 'steps/start.md', 'methods: [check-in-runde]', 'methods: [check-in]'),
    `${DE}/steps/start.md › methods[1]: the method "check-in" does not exist`,
  ],
  [
    "a question's section of the description",
    (f) => both(f, 'steps/start.md', 'section: ziel\n  - id', 'section: zeil\n  - id'),
    `${DE}/steps/start.md › questions[1].section: "zeil" is not a section of the project description (see ${DE}/wizard/steckbrief.md)`,
  ],
  [
    "an entry-check rule's phase",
    (f) => both(f, 'wizard/startcheck.md', 'phase: 2', 'phase: 5'),
    `${DE}/wizard/startcheck.md › rules[2].phase: the phase 5 does not exist; this handbook has phases 1–4`,
  ],
  [
    "an entry-check rule's question",
    (f) => both(f, 'wizard/startcheck.md', '{ auftrag: false }', '{ auftrg: false }'),
    `${DE}/wizard/startcheck.md › rules[1].when: "auftrg" is not a question of the entry check`,
  ],
  [
    "a gate's proposed phase",
    (f) => both(f, 'steps/verstehen-abschluss.md', 'value: bauen', 'value: bauem'),
    `${DE}/steps/verstehen-abschluss.md › questions[1].options[1].value: "bauem" is not a phase id; did you mean "bauen"? An option proposes a phase only when its value is a phase id`,
  ],
  [
    "a method card's phase",
    (f) => both(f, 'methods/check-in-runde.md', 'phases: [1, 4]', 'phases: [1, 6]'),
    `${DE}/methods/check-in-runde.md › phases[2]: the phase 6 does not exist; this handbook has phases 1–4`,
  ],
  [
    "a method card's related method",
    (f) => both(f, 'methods/check-in-runde.md', 'own: true', 'related: [check-out-runde]\nown: true'),
    `${DE}/methods/check-in-runde.md › related[1]: the method "check-out-runde" does not exist`,
  ],
  [
    "a phase's method",
    (f) => both(f, 'phases/bauen.md', 'methods: [check-in-runde]', 'methods: [checkin-runde]'),
    `${DE}/phases/bauen.md › methods[1]: the method "checkin-runde" does not exist`,
  ],
  [
    'a value-compass question in a handbook without values',
    (f) => {
      f.remove('de/values')
      f.remove('en/values')
      f.replace('de/pages/willkommen.md', '[Offenheit](value:offen)', 'Offenheit')
      f.replace('en/pages/willkommen.md', '[Openness](value:offen)', 'Openness')
      both(f, 'pages/werte.md', 'role: values\n', '')
    },
    `${DE}/steps/start.md › questions[2].type: a value-compass question rates the values of the value compass, but this handbook has no values (values/)`,
  ],
  [
    'a link to a value',
    (f) => f.replace('de/pages/willkommen.md', '(value:offen)', '(value:offenheit)'),
    `${DE}/pages/willkommen.md › body: the link "value:offenheit" points to a value that does not exist`,
  ],
  [
    'a link to a page (the description template counts as one)',
    (f) => f.replace('de/pages/willkommen.md', '(page:steckbrief)', '(page:steckbriefe)'),
    `${DE}/pages/willkommen.md › body: the link "page:steckbriefe" points to a page that does not exist`,
  ],
]

describe('every kind of reference fails once, with file and field', () => {
  it.each(references)('%s', (_, edit, expected) => {
    const { messages, warnings } = four(edit)
    expect(messages).toEqual([expected])
    expect(warnings).toEqual([])
  })
})
