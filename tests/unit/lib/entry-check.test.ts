import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import type { EntryCheck } from '../../../src/content/schema'
import {
  firstUnanswered,
  recommendPhase,
  startPhase,
  storedAnswers,
  type EntryAnswers,
} from '../../../src/lib/entry-check'
import { loadRealHandbook } from '../content/fixture'

const check: Pick<EntryCheck, 'lowFitThreshold' | 'questions' | 'rules'> = {
  lowFitThreshold: 2,
  questions: [
    { id: 'komplex', group: 'fit', label: 'Komplex?' },
    { id: 'verwaltungen', group: 'fit', label: 'Mehrere Verwaltungen?' },
    { id: 'mandat', group: 'maturity', label: 'Mandat?' },
    { id: 'team', group: 'maturity', label: 'Team?' },
    { id: 'prototyp', group: 'maturity', label: 'Prototyp?' },
    { id: 'betrieb', group: 'maturity', label: 'Betrieb?' },
  ],
  rules: [
    { phase: 1, when: { mandat: false }, reason: 'Kein Mandat' },
    { phase: 1, when: { team: false }, reason: 'Kein Team' },
    { phase: 3, when: { prototyp: false }, reason: 'Kein Prototyp' },
    { phase: 4, when: { prototyp: true, betrieb: false }, reason: 'Noch nicht im Betrieb' },
    { phase: 5, when: {}, reason: 'Im Betrieb' },
  ],
}

const phaseOf = (c: typeof check, answers: EntryAnswers) => recommendPhase(c, answers).phase

describe('entry check', () => {
  it('takes the first rule that holds, with the reasons of all holding rules for that phase', () => {
    const result = recommendPhase(check, { mandat: false, team: false, prototyp: false })
    expect(result).toMatchObject({ status: 'decided', phase: 1, reasons: ['Kein Mandat', 'Kein Team'] })
  })

  it('needs every condition of a rule to hold', () => {
    expect(phaseOf(check, { mandat: true, team: true, prototyp: true, betrieb: false })).toBe(4)
    expect(recommendPhase(check, { mandat: true, team: true, prototyp: true, betrieb: true })).toMatchObject({
      phase: 5,
      reasons: ['Im Betrieb'],
    })
  })

  it('recommends nothing before any answer, naming the questions the rules ask, in their order', () => {
    expect(recommendPhase(check, {})).toEqual({
      status: 'undecided',
      phase: null,
      missing: ['mandat', 'team', 'prototyp', 'betrieb'],
      lowFit: false,
      answered: 0,
    })
  })

  it('stays undecided while a rule above the one that holds could still win', () => {
    // Without a prototype phase 3 holds, but a missing mandate or team would make it phase 1.
    expect(recommendPhase(check, { prototyp: false })).toMatchObject({
      status: 'undecided',
      missing: ['mandat', 'team'],
    })
    expect(recommendPhase(check, { mandat: true, prototyp: false })).toMatchObject({ missing: ['team'] })
    expect(phaseOf(check, { mandat: true, team: true, prototyp: false })).toBe(3)
    // Answering only the fit questions decides nothing.
    expect(phaseOf(check, { komplex: true, verwaltungen: true })).toBeNull()
  })

  it('is decided as soon as no rule naming another phase can win, even with questions open', () => {
    // No mandate: phase 1 wins whatever else is answered; the second phase-1 rule adds a reason later.
    expect(recommendPhase(check, { mandat: false })).toMatchObject({ phase: 1, reasons: ['Kein Mandat'] })
    // An open rule for the same phase above the winner cannot change the phase.
    expect(recommendPhase(check, { team: false })).toMatchObject({ phase: 1, reasons: ['Kein Team'] })
    // A rule refuted by an answer no longer counts, even with its other question open.
    expect(phaseOf(check, { mandat: true, team: true, prototyp: false, betrieb: true })).toBe(3)
  })

  it('counts answers and flags a low fit only when all fit questions are answered with too few yes', () => {
    expect(recommendPhase(check, { team: true }).answered).toBe(1)
    expect(recommendPhase(check, { komplex: true }).lowFit).toBe(false)
    expect(recommendPhase(check, { komplex: true, verwaltungen: false }).lowFit).toBe(true)
    expect(recommendPhase(check, { komplex: true, verwaltungen: true }).lowFit).toBe(false)
  })

  it('resumes at the first unanswered question, or at the result when all are answered', () => {
    expect(firstUnanswered(check, {})).toBe(0)
    expect(firstUnanswered(check, { komplex: true, verwaltungen: false, team: true })).toBe(2)
    const all = Object.fromEntries(check.questions.map((q) => [q.id, true]))
    expect(firstUnanswered(check, all)).toBe(check.questions.length)
  })

  it('stores only the given answers to questions the check asks', () => {
    expect(storedAnswers(check, { komplex: true, team: undefined, weg: false, mandat: false })).toEqual({
      komplex: true,
      mandat: false,
    })
  })

  it('knows the phase a stored result led to, also for results kept before the choice was', () => {
    expect(startPhase({ recommendedPhase: 2, chosenPhase: 1 })).toBe(1)
    expect(startPhase({ recommendedPhase: 2 })).toBe(2)
  })
})

describe('the Berlin handbook’s entry check', () => {
  const { de, en } = loadRealHandbook().handbooks
  const berlin = de.entryCheck!
  const yes = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]))
  const MATURITY = [
    'mandat',
    'team',
    'beschreibung',
    'beduerfnisse-bekannt',
    'indikatoren',
    'prototyp',
    'betrieb',
  ]

  it('shows no phase for a fresh project, where it used to fall through to phase 5', () => {
    const result = recommendPhase(berlin, {})
    expect(result.phase).toBeNull()
    expect(result.status === 'undecided' && result.missing).toEqual(MATURITY)
  })

  it('needs every maturity question before it can say phase 5', () => {
    expect(phaseOf(berlin, yes(...MATURITY.slice(0, -1)))).toBeNull()
    expect(recommendPhase(berlin, yes(...MATURITY))).toMatchObject({ status: 'decided', phase: 5 })
  })

  it('decides phase 1 on the first missing mandate, team or description', () => {
    expect(phaseOf(berlin, { mandat: false })).toBe(1)
    expect(recommendPhase(berlin, { mandat: true, team: true, beschreibung: false })).toMatchObject({
      phase: 1,
      reasons: [expect.stringMatching(/^Es fehlt eine gemeinsame Maßnahmenbeschreibung/)],
    })
  })

  it('waits for the phase-1 questions before recommending the exploration', () => {
    expect(phaseOf(berlin, { 'beduerfnisse-bekannt': false })).toBeNull()
    expect(
      recommendPhase(berlin, { ...yes('mandat', 'team', 'beschreibung'), 'beduerfnisse-bekannt': false }),
    ).toMatchObject({ phase: 2, reasons: [expect.stringMatching(/Bedürfnisse der Zielgruppen/)] })
  })

  it('gives a phase 4 only once a tested prototype is not yet in operation', () => {
    const ready = yes('mandat', 'team', 'beschreibung', 'beduerfnisse-bekannt', 'indikatoren', 'prototyp')
    expect(phaseOf(berlin, ready)).toBeNull()
    expect(phaseOf(berlin, { ...ready, betrieb: false })).toBe(4)
  })

  it('decides the same in English, whose questions have the same ids', () => {
    const answers = { ...yes('mandat', 'team', 'beschreibung'), 'beduerfnisse-bekannt': false }
    expect(phaseOf(en.entryCheck!, answers)).toBe(phaseOf(berlin, answers))
    expect(phaseOf(en.entryCheck!, {})).toBeNull()
  })
})

describe('the three-phase fixture handbook’s entry check', () => {
  const { de } = loadHandbook(join(import.meta.dirname, '..', '..', 'fixtures', 'handbook-three-phases'), {
    strictTranslations: true,
  }).handbooks
  const three = de!.entryCheck!

  it('recommends nothing until the problem question is answered', () => {
    expect(phaseOf(three, {})).toBeNull()
    expect(phaseOf(three, { 'loesung-getestet': true })).toBeNull()
  })

  it('decides phase 1 without asking about the solution when the problem is not understood', () => {
    expect(recommendPhase(three, { 'problem-verstanden': false })).toMatchObject({
      phase: 1,
      reasons: ['Zuerst das Problem mit den Betroffenen erkunden.'],
    })
  })

  it('waits for the solution question when the problem is understood', () => {
    expect(recommendPhase(three, { 'problem-verstanden': true })).toMatchObject({
      status: 'undecided',
      missing: ['loesung-getestet'],
    })
    expect(phaseOf(three, { 'problem-verstanden': true, 'loesung-getestet': false })).toBe(2)
    expect(phaseOf(three, { 'problem-verstanden': true, 'loesung-getestet': true })).toBe(3)
  })
})
