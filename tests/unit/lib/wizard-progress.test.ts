import { describe, expect, it } from 'vitest'
import { isAnswered } from '../../../src/lib/answers'
import { neighbours, progressByPhase, progressOf, statusAfterAnswer } from '../../../src/lib/wizard-progress'
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
})
