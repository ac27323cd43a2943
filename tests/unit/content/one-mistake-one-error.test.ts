/**
 * Issue 20: one mistake gives one error. A file whose front matter is broken is reported once; the
 * checks that depend on it (links to it, its translation, the sections it feeds, its questions) stay
 * silent. Data is checked in German and the English file is held to it, so a wrong id in one language
 * is not reported twice.
 */
import { describe, expect, it } from 'vitest'
import { loadFixture, type Editor } from './fixture'

const QUESTION_TYPE_LIST =
  'short-text, long-text, list, single-choice, multiple-choice, checklist, date, people, stakeholders, indicators, milestones, risks, value-compass'

const cases: [string, (f: Editor) => void, string][] = [
  [
    'a misspelt question type in German (it used to give five errors)',
    (f) => f.replace('de/steps/kick-off.md', 'type: short-text', 'type: long-txt'),
    `handbook-content/de/steps/kick-off.md › questions[1].type: expected one of: ${QUESTION_TYPE_LIST}; found the text "long-txt"`,
  ],
  [
    'a misspelt question type in English',
    (f) => f.replace('en/steps/kick-off.md', 'type: short-text', 'type: long-txt'),
    `handbook-content/en/steps/kick-off.md › questions[1].type: expected one of: ${QUESTION_TYPE_LIST}; found the text "long-txt"`,
  ],
  [
    'a step in a phase that does not exist, in German only',
    (f) => f.replace('de/steps/kick-off.md', 'phase: 1', 'phase: 6'),
    'handbook-content/de/steps/kick-off.md › phase: the phase 6 does not exist; this handbook has phases 1–2',
  ],
  [
    'a step in a phase that does not exist, in both languages',
    (f) => {
      f.replace('de/steps/kick-off.md', 'phase: 1', 'phase: 6')
      f.replace('en/steps/kick-off.md', 'phase: 1', 'phase: 6')
    },
    'handbook-content/de/steps/kick-off.md › phase: the phase 6 does not exist; this handbook has phases 1–2',
  ],
  [
    'a phase file whose YAML cannot be read',
    (f) => f.replace('de/phases/vorprozess.md', 'number: 1', 'number: [1'),
    'handbook-content/de/phases/vorprozess.md › front matter: the YAML could not be read: missed comma between flow collection entries at line 3, column 1:',
  ],
  [
    'a phase number that is not a number',
    (f) => f.replace('de/phases/exploration.md', 'number: 2', 'number: zwei'),
    'handbook-content/de/phases/exploration.md › number: expected a number, but found the text "zwei"',
  ],
  [
    'a misspelt field in the description template',
    (f) => f.replace('de/wizard/beschreibung.md', 'sections:', 'section:'),
    'handbook-content/de/wizard/beschreibung.md › section: is not a known field; did you mean "sections"?',
  ],
  [
    'a misspelt method id in a step, in German only',
    (f) => f.replace('de/steps/kick-off.md', 'methods: [akteure-kartieren]', 'methods: [akteure]'),
    'handbook-content/de/steps/kick-off.md › methods[1]: the method "akteure" does not exist',
  ],
  [
    'a method card with a broken level',
    (f) => f.replace('de/methods/akteure-kartieren.md', 'level: easy', 'level: leicht'),
    'handbook-content/de/methods/akteure-kartieren.md › level: expected one of: easy, medium, demanding; found the text "leicht"',
  ],
  [
    'an entry-check rule for a phase that does not exist, in German only',
    (f) => f.replace('de/wizard/einstiegscheck.md', 'phase: 2', 'phase: 3'),
    'handbook-content/de/wizard/einstiegscheck.md › rules[2].phase: the phase 3 does not exist; this handbook has phases 1–2',
  ],
]

describe('one mistake gives one error', () => {
  it.each(cases)('%s', (_, edit, expected) => {
    const { messages, warnings } = loadFixture(edit)
    expect(messages).toEqual([expected])
    expect(warnings).toEqual([])
  })

  it('still reports a second, independent mistake in the English twin of a broken German file', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/steps/kick-off.md', 'type: short-text', 'type: long-txt')
      f.replace('en/steps/kick-off.md', '    example: Cool places in the Kiez\n', '')
    })
    expect(messages).toHaveLength(2)
    expect(messages[1]).toMatch(/en\/steps\/kick-off\.md › questions\[1\]\.example: /)
  })
})
