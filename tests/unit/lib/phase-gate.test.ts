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
