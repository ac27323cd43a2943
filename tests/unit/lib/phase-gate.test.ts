import { describe, expect, it } from 'vitest'
import { needsReason, phaseGate, phaseMove } from '../../../src/lib/phase-gate'
import { PHASE_IDS, step } from './wizard-fixtures'

const steps = [
  step('kick-off', 1, 1, [{ id: 'titel' }]),
  step('werkstatt', 1, 2, [{ id: 'ziele' }]),
  step(
    'abschluss',
    1,
    3,
    [
      { id: 'offen', type: 'long-text' },
      {
        id: 'weiter',
        type: 'single-choice',
        options: [
          { value: 'exploration', label: 'Exploration' },
          { value: 'erprobung', label: 'Erprobung' },
          { value: 'vorprozess', label: 'Vorprozess ergänzen' },
        ],
      },
    ],
    true,
  ),
  step('ausgangslage', 2, 1, [{ id: 'x' }]),
]

describe('phase gate', () => {
  it('lists open steps and unanswered closing questions and proposes the next phase', () => {
    const gate = phaseGate(1, steps, { 'kick-off': 'done' }, {}, PHASE_IDS)
    expect(gate.openSteps.map((s) => s.id)).toEqual(['werkstatt'])
    expect(gate.openQuestions.map((q) => q.id)).toEqual(['offen', 'weiter'])
    expect(gate.ready).toBe(false)
    expect(gate.proposedPhase).toBe(2)
  })

  it('is ready when every step is settled and every closing question answered', () => {
    const gate = phaseGate(
      1,
      steps,
      { 'kick-off': 'done', werkstatt: 'not-relevant' },
      { offen: 'Nichts', weiter: 'exploration' },
      PHASE_IDS,
    )
    expect(gate.ready).toBe(true)
    expect(needsReason(gate, 1, 2)).toBe(false)
  })

  it('follows the closing answer that names a phase, such as skipping the exploration', () => {
    expect(phaseGate(1, steps, {}, { weiter: 'erprobung' }, PHASE_IDS).proposedPhase).toBe(3)
    expect(phaseGate(1, steps, {}, { weiter: 'vorprozess' }, PHASE_IDS).proposedPhase).toBeNull()
  })

  it('recommends stopping or pausing instead of a phase when the closing answer says so', () => {
    const gated = [
      step(
        'abschluss',
        2,
        1,
        [
          {
            id: 'weiter',
            type: 'single-choice',
            options: [
              { value: 'erprobung', label: 'Erprobung' },
              { value: 'beenden', label: 'Beenden', decision: 'stop' },
              { value: 'pausieren', label: 'Pausieren', decision: 'pause' },
            ],
          },
        ],
        true,
      ),
    ]
    const stop = phaseGate(2, gated, {}, { weiter: 'beenden' }, PHASE_IDS)
    expect(stop.decision).toBe('stop')
    expect(stop.proposedPhase).toBeNull()
    expect(phaseGate(2, gated, {}, { weiter: 'pausieren' }, PHASE_IDS).decision).toBe('pause')
    const on = phaseGate(2, gated, {}, { weiter: 'erprobung' }, PHASE_IDS)
    expect(on.decision).toBeNull()
    expect(on.proposedPhase).toBe(3)
  })

  it('names the unmet skip criteria, and needs a reason, only when the answers skip a phase', () => {
    const criteria = {
      id: 'kriterien',
      type: 'checklist' as const,
      skipCriteria: true,
      options: [
        { value: 'beduerfnisse', label: 'Bedürfnisse geprüft' },
        { value: 'indikatoren', label: 'Indikatoren festgelegt' },
      ],
    }
    const withCriteria = steps.map((s) =>
      s.id === 'abschluss'
        ? { ...s, questions: [...s.questions, { ...criteria, label: '', section: 'x', required: false }] }
        : s,
    )
    const settled = { 'kick-off': 'done', werkstatt: 'done' } as const
    const skip = phaseGate(
      1,
      withCriteria,
      settled,
      { offen: 'Nichts', weiter: 'erprobung', kriterien: ['beduerfnisse'] },
      PHASE_IDS,
    )
    expect(skip.proposedPhase).toBe(3)
    expect(skip.unmetSkipCriteria).toEqual(['Indikatoren festgelegt'])
    expect(skip.ready).toBe(false)
    expect(needsReason(skip, 1, 3)).toBe(true)

    const allMet = phaseGate(
      1,
      withCriteria,
      settled,
      { offen: 'Nichts', weiter: 'erprobung', kriterien: ['beduerfnisse', 'indikatoren'] },
      PHASE_IDS,
    )
    expect(allMet.unmetSkipCriteria).toEqual([])
    expect(allMet.ready).toBe(true)

    const noSkip = phaseGate(
      1,
      withCriteria,
      settled,
      { offen: 'Nichts', weiter: 'exploration', kriterien: [] },
      PHASE_IDS,
    )
    expect(noSkip.unmetSkipCriteria).toEqual([])
    expect(noSkip.ready).toBe(true)
  })

  it('has a proposal only once the closing choice is answered, or every closing question without one', () => {
    // A fresh project: the next phase is where moving on leads, but nothing proposes it yet.
    const fresh = phaseGate(1, steps, {}, {}, PHASE_IDS)
    expect(fresh.proposedPhase).toBe(2)
    expect(fresh.proposalAnswered).toBe(false)
    expect(phaseGate(1, steps, {}, { offen: 'Nichts' }, PHASE_IDS).proposalAnswered).toBe(false)
    expect(phaseGate(1, steps, {}, { weiter: 'exploration' }, PHASE_IDS).proposalAnswered).toBe(true)

    const noChoice = [step('abschluss', 2, 1, [{ id: 'bilanz', type: 'long-text' }, { id: 'risiken' }], true)]
    expect(phaseGate(2, noChoice, {}, { bilanz: 'Gut' }, PHASE_IDS).proposalAnswered).toBe(false)
    expect(phaseGate(2, noChoice, {}, { bilanz: 'Gut', risiken: 'Keine' }, PHASE_IDS).proposalAnswered).toBe(
      true,
    )
    // Without closing questions there is nothing that could propose.
    expect(phaseGate(2, steps, {}, { x: 'y' }, PHASE_IDS).proposalAnswered).toBe(false)
  })

  it('proposes nothing after the last phase', () => {
    expect(phaseGate(5, steps, {}, {}, PHASE_IDS).proposedPhase).toBeNull()
  })

  it('asks for a reason only when moving forward past open work; stepping back never needs one', () => {
    const open = phaseGate(1, steps, {}, {}, PHASE_IDS)
    expect(needsReason(open, 1, 2)).toBe(true)
    expect(needsReason(open, 3, 1)).toBe(false)
    expect(phaseMove(3, 1)).toBe('back')
    expect(phaseMove(2, 2)).toBe('none')
  })
})
