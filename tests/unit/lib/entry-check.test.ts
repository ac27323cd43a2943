import { describe, expect, it } from 'vitest'
import type { EntryCheck } from '../../../src/content/schema'
import { recommendPhase } from '../../../src/lib/entry-check'

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

describe('entry check', () => {
  it('takes the first rule that holds, with the reasons of all holding rules for that phase', () => {
    const result = recommendPhase(check, { mandat: false, team: false, prototyp: false })
    expect(result.phase).toBe(1)
    expect(result.reasons).toEqual(['Kein Mandat', 'Kein Team'])
  })

  it('needs every condition of a rule to hold', () => {
    expect(recommendPhase(check, { mandat: true, team: true, prototyp: true, betrieb: false }).phase).toBe(4)
    expect(recommendPhase(check, { mandat: true, team: true, prototyp: true, betrieb: true })).toMatchObject({
      phase: 5,
      reasons: ['Im Betrieb'],
    })
  })

  it('never lets an unanswered question satisfy a condition', () => {
    expect(recommendPhase(check, {}).phase).toBe(5)
    expect(recommendPhase(check, { team: true }).answered).toBe(1)
  })

  it('flags a low fit only when all fit questions are answered with too few yes', () => {
    expect(recommendPhase(check, { komplex: true }).lowFit).toBe(false)
    expect(recommendPhase(check, { komplex: true, verwaltungen: false }).lowFit).toBe(true)
    expect(recommendPhase(check, { komplex: true, verwaltungen: true }).lowFit).toBe(false)
  })
})
