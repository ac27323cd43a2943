/**
 * Issue 20: the phases come from the content. A handbook with four phases and other ids passes; every
 * reference to a phase (by number or, in a gate, by id) must name one the handbook has.
 */
import { describe, expect, it } from 'vitest'
import { FOUR_PHASES, loadFixture, type Editor } from './fixture'

const four = (edit?: (f: Editor) => void) => loadFixture(edit, true, FOUR_PHASES)
/** The same change in both languages: a data mistake made consistently. */
const both = (f: Editor, path: string, from: string, to: string) => {
  f.replace(`de/${path}`, from, to)
  f.replace(`en/${path}`, from, to)
}

/** The four-phase handbook's methods for phases 2 to 4 (rueckschau is for every phase). */
const LATER_METHODS = [
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

describe('a handbook with four phases', () => {
  it('passes the check with no error and no warning', () => {
    const { messages, warnings, handbooks } = four()
    expect(messages).toEqual([])
    expect(warnings).toEqual([])
    for (const book of [handbooks.de, handbooks.en]) {
      expect(book.phases.map((p) => [p.number, p.id])).toEqual([
        [1, 'ankommen'],
        [2, 'verstehen'],
        [3, 'bauen'],
        [4, 'betreiben'],
      ])
      expect(book.phases.every((p) => !p.fallback)).toBe(true)
    }
  })

  it('fails an entry-check rule that recommends phase 6, naming file and field', () => {
    const { messages } = four((f) => both(f, 'wizard/startcheck.md', 'phase: 2', 'phase: 6'))
    expect(messages).toEqual([
      'handbook-content/de/wizard/startcheck.md › rules[2].phase: the phase 6 does not exist; this handbook has phases 1–4',
    ])
  })

  it('fails a step in phase 5', () => {
    const { messages } = four((f) => both(f, 'steps/start.md', 'phase: 1', 'phase: 5'))
    expect(messages).toEqual([
      'handbook-content/de/steps/start.md › phase: the phase 5 does not exist; this handbook has phases 1–4',
    ])
  })

  it("fails a method card's phase that does not exist", () => {
    const { messages } = four((f) => both(f, 'methods/check-in-runde.md', 'phases: [1, 4]', 'phases: [1, 5]'))
    expect(messages).toEqual([
      'handbook-content/de/methods/check-in-runde.md › phases[2]: the phase 5 does not exist; this handbook has phases 1–4',
    ])
  })

  it('names the missing number when the phases have a gap', () => {
    const { messages } = four((f) => both(f, 'phases/betreiben.md', 'number: 4', 'number: 5'))
    expect(messages).toEqual([
      'handbook-content/de/phases/betreiben.md › number: phase 4 is missing: number the phases 1 to 5 without gaps',
    ])
  })

  it('names the duplicated number and the gap it leaves in one error', () => {
    const { messages } = four((f) => both(f, 'phases/bauen.md', 'number: 3', 'number: 2'))
    expect(messages).toEqual([
      'handbook-content/de/phases/verstehen.md › number: the phase number 2 is already used by handbook-content/de/phases/bauen.md; phase 3 is missing',
    ])
  })

  it('needs at least two phases', () => {
    const { messages } = four((f) => {
      for (const lang of ['de', 'en']) {
        for (const id of ['verstehen', 'bauen', 'betreiben']) f.remove(`${lang}/phases/${id}.md`)
        // Their steps go with them.
        for (const id of ['verstehen-abschluss', 'bauen-abschluss', 'abschluss'])
          f.remove(`${lang}/steps/${id}.md`)
        // So do the methods of the later phases and the formats their steps prepare.
        for (const id of LATER_METHODS) f.remove(`${lang}/methods/${id}.md`)
        for (const id of ['bedarfsrunde', 'betriebsrunde']) f.remove(`${lang}/formats/${id}.md`)
      }
      both(f, 'methods/check-in-runde.md', 'phases: [1, 4]', 'phases: [1]')
      both(f, 'wizard/startcheck.md', 'phase: 2', 'phase: 1')
      f.replace('de/pages/willkommen.md', '[Betreiben](phase:betreiben)', 'Betreiben')
      f.replace('en/pages/willkommen.md', '[Running](phase:betreiben)', 'Running')
    })
    expect(messages).toEqual([
      'handbook-content/de/phases/ankommen.md › number: a handbook needs at least 2 phases; this one has 1',
    ])
  })
})

describe('the phase gate refers to phases by id', () => {
  it('fails a misspelt phase id in a closing question, suggesting the id', () => {
    const { messages } = four((f) => both(f, 'steps/abschluss.md', 'value: bauen', 'value: baun'))
    expect(messages).toEqual([
      'handbook-content/de/steps/abschluss.md › questions[1].options[1].value: "baun" is not a phase id; did you mean "bauen"? An option proposes a phase only when its value is a phase id',
    ])
  })

  it('accepts an option that is no phase id and not close to one (it keeps the next phase)', () => {
    const { messages } = four((f) => both(f, 'steps/abschluss.md', 'value: bauen', 'value: weitermachen'))
    expect(messages).toEqual([])
  })

  it('fails a proposal that skips a phase that is not skippable', () => {
    const { messages } = four((f) =>
      both(f, 'steps/ankommen-abschluss.md', 'value: bauen', 'value: betreiben'),
    )
    expect(messages).toEqual([
      'handbook-content/de/steps/ankommen-abschluss.md › questions[1].options[2].value: proposing "betreiben" skips phase 3 "bauen", which is not skippable (see handbook-content/de/phases/bauen.md)',
    ])
  })

  it('accepts a proposal that skips only skippable phases', () => {
    // Phase 1's closing questions propose "bauen" (phase 3): phase 2 "verstehen" is skippable.
    const { messages, handbooks } = four()
    const closing = handbooks.de.steps.find((s) => s.phase === 1 && s.closing)
    expect(closing?.questions[0].options?.map((o) => o.value)).toContain('bauen')
    expect(messages).toEqual([])
  })
})

describe('other references', () => {
  it('fails a value-compass question in a handbook without values', () => {
    const { messages } = four((f) => {
      f.remove('de/values')
      f.remove('en/values')
      f.replace('de/pages/willkommen.md', '[Offenheit](value:offen)', 'Offenheit')
      f.replace('en/pages/willkommen.md', '[Openness](value:offen)', 'Openness')
    })
    expect(messages).toEqual([
      'handbook-content/de/steps/start.md › questions[2].type: a value-compass question rates the values of the value compass, but this handbook has no values (values/)',
    ])
  })

  it('fails an option value used twice in one question', () => {
    const { messages } = four((f) => both(f, 'steps/abschluss.md', 'value: pausieren', 'value: bauen'))
    expect(messages).toEqual([
      'handbook-content/de/steps/abschluss.md › questions[1].options[2].value: the option value "bauen" is used twice',
    ])
  })

  it('fails an entry-check question id used twice', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/wizard/einstiegscheck.md', 'id: mandat', 'id: komplex')
      f.replace('en/wizard/einstiegscheck.md', 'id: mandat', 'id: komplex')
      f.replace('de/wizard/einstiegscheck.md', '{ mandat: false }', '{ komplex: false }')
      f.replace('en/wizard/einstiegscheck.md', '{ mandat: false }', '{ komplex: false }')
    })
    expect(messages).toEqual([
      'handbook-content/de/wizard/einstiegscheck.md › questions[2].id: the question id "komplex" is used twice',
    ])
  })

  it('fails a section of the description template used twice', () => {
    const { messages } = four((f) => {
      both(f, 'wizard/steckbrief.md', 'id: entscheidung', 'id: ziel')
      for (const step of ['abschluss', 'ankommen-abschluss', 'verstehen-abschluss', 'bauen-abschluss'])
        both(f, `steps/${step}.md`, 'section: entscheidung', 'section: ziel')
    })
    expect(messages).toEqual([
      'handbook-content/de/wizard/steckbrief.md › sections[2].id: the section id "ziel" is used twice',
    ])
  })

  it("fails a phase's method, a step's method and format, and a format's step that do not exist", () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/phases/exploration.md', 'methods: [baumanalyse]', 'methods: [baum]')
      f.replace('de/steps/kick-off.md', 'format: kick-off', 'format: kickoff')
      f.replace('de/formats/kick-off.md', 'step: kick-off', 'step: kickoff')
    })
    expect(messages).toEqual([
      'handbook-content/de/phases/exploration.md › methods[1]: the method "baum" does not exist',
      'handbook-content/de/formats/kick-off.md › step: the wizard step "kickoff" does not exist',
      'handbook-content/de/steps/kick-off.md › format: the format "kickoff" does not exist',
    ])
  })
})
