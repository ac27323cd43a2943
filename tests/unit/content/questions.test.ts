import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { LANGS, type Handbook, type Lang, type Question } from '../../../src/content/schema'
import { phaseGate } from '../../../src/lib/phase-gate'
import { loadFixture } from './fixture'

let books: Record<Lang, Handbook>

beforeAll(() => {
  books = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
    strictTranslations: true,
  }).handbooks
})

const questionsOf = (book: Handbook) => book.steps.flatMap((s) => s.questions.map((q) => ({ step: s, q })))
const find = (book: Handbook, id: string) => questionsOf(book).find((e) => e.q.id === id)
const phaseIds = (book: Handbook) => book.phases.map((p) => p.id)

describe('every question explains itself', () => {
  it.each(LANGS)('%s: every wizard question has a help text and an example that is not its label', (lang) => {
    const missing = questionsOf(books[lang])
      .filter(({ q }) => !q.help?.trim() || !q.example?.trim() || q.example === q.label)
      .map(({ q }) => q.id)
    expect(missing).toEqual([])
    expect(questionsOf(books[lang]).length).toBeGreaterThanOrEqual(135)
  })

  it.each(LANGS)('%s: every entry-check question has a help text and an example', (lang) => {
    const questions = books[lang].entryCheck?.questions ?? []
    expect(questions.length).toBeGreaterThan(0)
    expect(questions.filter((q) => !q.help?.trim() || !q.example?.trim()).map((q) => q.id)).toEqual([])
  })

  it('the content check names the file and field of a missing example or help', () => {
    const { messages } = loadFixture((f) => {
      f.replace('de/steps/kick-off.md', '    example: Kühle Orte im Kiez\n', '')
      f.replace('en/wizard/einstiegscheck.md', '    help: Without a mandate there is no backing.\n', '')
    })
    expect(messages).toEqual([
      'handbook-content/de/steps/kick-off.md › questions[1].example: the question "kickoff-titel" needs an example answer, written as a team using this handbook would answer',
      'handbook-content/en/wizard/einstiegscheck.md › questions[2].help: the question "mandat" needs a help text: say in a sentence why the team is asked this',
    ])
  })
})

describe('phase-1 questions', () => {
  const PHASE_1 = {
    scope: 'kickoff-abgrenzung',
    feasibility: 'werkstatt-machbarkeit',
    leadUnit: 'kickoff-federfuehrung',
    contactPerson: 'kickoff-ansprechperson',
    targetGroups: 'kickoff-zielgruppen',
    links: 'werkstatt-verknuepfungen',
    continuation: 'werkstatt-verstetigung',
    keyResults: 'werkstatt-schluesselergebnisse',
    fieldsOfAction: 'steuerung-handlungsfelder-bereiche',
  }

  it.each(LANGS)(
    '%s: asks for scope, feasibility, lead, contact, target groups, links, continuation, key results',
    (lang) => {
      for (const [topic, id] of Object.entries(PHASE_1)) {
        const found = find(books[lang], id)
        expect(found?.step.phase, `${topic} (${id})`).toBe(1)
      }
    },
  )

  it('offers the four groups of fields of action of the strategy as choices, with the same values in both languages', () => {
    const values = (lang: Lang) => find(books[lang], PHASE_1.fieldsOfAction)?.q.options?.map((o) => o.value)
    expect(find(books.de, PHASE_1.fieldsOfAction)?.q.type).toBe('multiple-choice')
    expect(values('de')).toEqual([
      'regeneratives-wirtschaften',
      'inklusive-stadtgestaltung',
      'zukunftschancen-fuer-alle',
      'ermoeglichende-verwaltung',
    ])
    expect(values('en')).toEqual(values('de'))
  })
})

describe('transformative questions', () => {
  it.each(LANGS)(
    '%s: are drafted in phase 1, revisited in a later phase and kept apart from "how might we"',
    (lang) => {
      const book = books[lang]
      const transformative = questionsOf(book).filter(({ q }) => q.section === 'transformative-fragen')
      expect(transformative.some(({ step }) => step.phase === 1 && step.format === 'kick-off')).toBe(true)
      expect(transformative.some(({ step }) => step.phase > 1)).toBe(true)
      expect(find(book, 'ideen-fragen')?.q.section).not.toBe('transformative-fragen')
      const hmw = lang === 'de' ? /Wie können wir/ : /How might we/
      expect(transformative.filter(({ q }) => hmw.test(q.label)).map(({ q }) => q.id)).toEqual([])
      expect(book.descriptionTemplate?.sections.map((s) => s.id)).toContain('transformative-fragen')
    },
  )
})

describe('every gate offers stopping the measure', () => {
  it.each(LANGS)(
    '%s: each closing step offers stopping and pausing, and choosing it stops the gate',
    (lang) => {
      const book = books[lang]
      const closing = book.steps.filter((s) => s.closing)
      expect(closing.map((s) => s.phase)).toEqual([1, 2, 3, 4, 5])
      for (const step of closing) {
        const choice = step.questions.find((q) => q.options?.some((o) => o.decision === 'stop')) as Question
        expect(choice?.type, step.id).toBe('single-choice')
        expect(
          choice.options?.some((o) => o.decision === 'pause'),
          step.id,
        ).toBe(true)
        const stop = choice.options?.find((o) => o.decision === 'stop')?.value
        const gate = phaseGate(step.phase, book.steps, {}, { [choice.id]: stop }, phaseIds(book))
        expect(gate.decision, step.id).toBe('stop')
        expect(gate.proposedPhase, step.id).toBeNull()
      }
    },
  )

  it.each(LANGS)('%s: the phase-1 gate checks the criteria for skipping exploration', (lang) => {
    const book = books[lang]
    const criteria = find(book, 'abschluss1-exploration-kriterien')?.q
    expect(criteria?.skipCriteria).toBe(true)
    expect(criteria?.options?.map((o) => o.value)).toEqual(
      expect.arrayContaining(['beduerfnisse', 'annahmen', 'indikatoren']),
    )
    const skip = { 'abschluss1-weiter': 'erprobung', 'abschluss1-exploration-kriterien': ['akteure'] }
    const gate = phaseGate(1, book.steps, {}, skip, phaseIds(book))
    expect(gate.proposedPhase).toBe(3)
    expect(gate.unmetSkipCriteria).toHaveLength((criteria?.options?.length ?? 0) - 1)
    const all = criteria?.options?.map((o) => o.value)
    const met = phaseGate(
      1,
      book.steps,
      {},
      { ...skip, 'abschluss1-exploration-kriterien': all },
      phaseIds(book),
    )
    expect(met.unmetSkipCriteria).toEqual([])
  })

  it('the content check requires a stop option in closing questions, only there, the same in both languages', () => {
    const closing = loadFixture((f) => {
      f.replace('de/steps/kick-off.md', 'format: kick-off\n', 'format: kick-off\nclosing: true\n')
      f.replace('en/steps/kick-off.md', 'format: kick-off\n', 'format: kick-off\nclosing: true\n')
    })
    expect(closing.messages).toContain(
      'handbook-content/de/steps/kick-off.md › questions: the closing questions must offer stopping the measure: give one option "decision: stop"',
    )
    const misplaced = loadFixture((f) =>
      f.replace(
        'de/steps/kick-off.md',
        '        label: Werkstatt\n',
        '        label: Werkstatt\n        decision: stop\n',
      ),
    )
    // The English file, still without the decision, is not blamed for the German mistake.
    expect(misplaced.messages).toEqual([
      'handbook-content/de/steps/kick-off.md › questions[2].options[2].decision: only an option of a single-choice closing question can stop or pause the measure',
    ])
    const translated = loadFixture((f) =>
      f.replace(
        'en/steps/kick-off.md',
        '        label: Workshop\n',
        '        label: Workshop\n        decision: stop\n',
      ),
    )
    expect(translated.messages).toEqual([
      'handbook-content/en/steps/kick-off.md › questions[2].options[2].decision: differs from the German file handbook-content/de/steps/kick-off.md; data (numbers, ids, codes) must be the same in both languages',
    ])
  })
})
