import { describe, expect, it } from 'vitest'
import { isAnswered } from '../../../src/lib/answers'
import {
  isPhaseDone,
  neighbours,
  nextOpenStep,
  phaseEntryStep,
  progressByPhase,
  progressOf,
  statusAfterAnswer,
  stepPosition,
} from '../../../src/lib/wizard-progress'
import type { StepStatus } from '../../../src/model'
import { step } from './wizard-fixtures'

const steps = [step('a', 1, 1, []), step('b', 1, 2, []), step('c', 1, 3, []), step('d', 2, 1, [])]

describe('wizard progress', () => {
  it('counts done and skipped steps as settled and leaves out steps that are not relevant', () => {
    expect(progressOf(steps, {})).toEqual({ settled: 0, relevant: 4, percent: 0 })
    expect(progressOf(steps, { a: 'done', b: 'skipped', c: 'not-relevant', d: 'in-progress' })).toEqual({
      settled: 2,
      relevant: 3,
      percent: 66,
    })
    expect(progressOf(steps, { a: 'done', b: 'done', c: 'done', d: 'done' }).percent).toBe(100)
  })

  it('reports 100 % for a phase whose steps are all not relevant', () => {
    expect(progressOf([steps[3]], { d: 'not-relevant' }).percent).toBe(100)
  })

  it('computes progress per phase', () => {
    const byPhase = progressByPhase(steps, { a: 'done', d: 'done' })
    expect(byPhase.get(1)).toEqual({ settled: 1, relevant: 3, percent: 33 })
    expect(byPhase.get(2)?.percent).toBe(100)
  })

  it('puts an open step in progress when answered, and leaves other statuses alone', () => {
    expect(statusAfterAnswer('open')).toBe('in-progress')
    expect(statusAfterAnswer('done')).toBe('done')
    expect(statusAfterAnswer('not-relevant')).toBe('not-relevant')
  })

  it('finds the previous and next step across phases', () => {
    expect(neighbours(steps, 'c')).toMatchObject({ previous: { id: 'b' }, next: { id: 'd' } })
    expect(neighbours(steps, 'a').previous).toBeUndefined()
  })

  it('tells answered from empty answers for every kind of value', () => {
    expect(isAnswered('short-text', '  ')).toBe(false)
    expect(isAnswered('long-text', 'x')).toBe(true)
    expect(isAnswered('list', ['', ' '])).toBe(false)
    expect(isAnswered('multiple-choice', ['a'])).toBe(true)
    expect(isAnswered('stakeholders', [{ name: '', group: '' }])).toBe(false)
    expect(isAnswered('risks', [{ risk: 'Zu wenig Zeit' }])).toBe(true)
    expect(isAnswered('value-compass', { nachhaltig: { rating: null, justification: '' } })).toBe(false)
    expect(isAnswered('value-compass', { nachhaltig: { rating: 0, justification: '' } })).toBe(true)
    expect(isAnswered('date', undefined)).toBe(false)
  })

  it('says where a step sits in its phase', () => {
    expect(stepPosition(steps, 'b')).toEqual({ n: 2, of: 3 })
    expect(stepPosition(steps, 'd')).toEqual({ n: 1, of: 1 })
    expect(stepPosition(steps, 'x')).toBeNull()
  })

  it('counts a phase as done once every step in it is settled', () => {
    expect(isPhaseDone(steps, { a: 'done', b: 'skipped' }, 1)).toBe(false)
    expect(isPhaseDone(steps, { a: 'done', b: 'skipped', c: 'not-relevant' }, 1)).toBe(true)
    expect(isPhaseDone(steps, {}, 3)).toBe(false)
  })
})

describe('the step a team goes on with', () => {
  // Out of order on purpose: the choice follows phase and order, not the list.
  const wizard = [
    step('d', 2, 1, []),
    step('e', 2, 2, []),
    step('c', 1, 3, []),
    step('a', 1, 1, []),
    step('b', 1, 2, []),
  ]
  const next = (statuses: Record<string, StepStatus>, phase = 1) => nextOpenStep(wizard, statuses, phase)?.id

  it('is the first step of the current phase that is not done, whatever was visited last', () => {
    expect(next({})).toBe('a')
    expect(next({ a: 'done', b: 'in-progress' })).toBe('b')
    expect(next({ a: 'done', b: 'skipped' })).toBe('c')
    expect(next({ a: 'done', b: 'not-relevant', c: 'open' })).toBe('c')
  })

  it('is the first step of the next phase once the current phase is done, before the team moves there', () => {
    expect(next({ a: 'done', b: 'done', c: 'done' })).toBe('d')
    expect(next({ a: 'done', b: 'done', c: 'done', d: 'done' })).toBe('e')
  })

  it('starts at the current phase: open steps of earlier phases were left on purpose', () => {
    expect(next({}, 2)).toBe('d')
    expect(next({ d: 'done' }, 2)).toBe('e')
  })

  it('is none when every step from the current phase on is settled', () => {
    expect(next({ d: 'done', e: 'skipped' }, 2)).toBeUndefined()
  })

  it('opens a phase at its first open step, or its first step when all are settled', () => {
    expect(phaseEntryStep(wizard, { a: 'done' }, 1)?.id).toBe('b')
    expect(phaseEntryStep(wizard, { d: 'done', e: 'done' }, 2)?.id).toBe('d')
    expect(phaseEntryStep(wizard, {}, 3)).toBeNull()
  })
})
