import { describe, expect, it } from 'vitest'
import { QUESTION_TYPES } from '../../../src/content/codes'
import { readAnswer, readCompass, readRecords, readStrings } from '../../../src/lib/answer-shapes'

describe('reading stored answers', () => {
  it('passes good answers through unchanged and unmarked', () => {
    expect(readAnswer('long-text', 'Hitze')).toEqual({ value: 'Hitze', invalid: false })
    expect(readAnswer('date', '2026-05-04')).toEqual({ value: '2026-05-04', invalid: false })
    expect(readAnswer('list', ['a', ''])).toEqual({ value: ['a', ''], invalid: false })
    expect(readCompass({ nachhaltig: { rating: 2, justification: 'Wege' } })).toEqual({
      value: { nachhaltig: { rating: 2, justification: 'Wege' } },
      invalid: false,
    })
  })

  it('treats a missing answer as empty, not as invalid', () => {
    for (const type of QUESTION_TYPES) {
      expect(readAnswer(type, undefined).invalid).toBe(false)
      expect(readAnswer(type, null).invalid).toBe(false)
    }
  })

  it('drops rows that are not objects: kickoff-team = [null]', () => {
    expect(readRecords('people', [null])).toEqual({ value: [], invalid: true })
    const { value, invalid } = readRecords('people', [null, { name: 'Ada', role: 'Leitung' }])
    expect(value).toEqual([{ name: 'Ada', role: 'Leitung' }])
    expect(invalid).toBe(true)
  })

  it('empties cells of the wrong type, levels nobody offers and impossible dates', () => {
    const risks = readRecords('risks', [{ risk: 'Hitze', likelihood: 'high', impact: 7, response: 5 }])
    expect(risks.value).toEqual([{ risk: 'Hitze', likelihood: 'high', impact: '', response: '' }])
    expect(risks.invalid).toBe(true)
    expect(readRecords('risks', [{ impact: 'enormous' }]).invalid).toBe(true)
    expect(readRecords('milestones', [{ date: '31.02.2026', title: 'Start' }]).value).toEqual([
      { date: '', title: 'Start' },
    ])
  })

  it('keeps the readable part of a value compass with justification 5 or rating 9', () => {
    const { value, invalid } = readCompass({
      nachhaltig: { rating: 9, justification: 5 },
      kooperativ: { rating: 1, justification: 'Runde' },
      resilient: 'hoch',
    })
    expect(value).toEqual({
      nachhaltig: { rating: null, justification: '' },
      kooperativ: { rating: 1, justification: 'Runde' },
    })
    expect(invalid).toBe(true)
  })

  it('gives every question type its expected shape for any stored value', () => {
    const strange = [5, 'text', true, {}, [null], [{ a: 1 }], { x: null }, Number.NaN]
    for (const type of QUESTION_TYPES) {
      for (const stored of strange) {
        const { value } = readAnswer(type, stored)
        if (['short-text', 'long-text', 'single-choice', 'date'].includes(type))
          expect(typeof value).toBe('string')
        else if (type === 'value-compass') expect(Array.isArray(value)).toBe(false)
        else expect(Array.isArray(value)).toBe(true)
      }
    }
  })

  it('keeps the strings of a list in order and marks the rest', () => {
    expect(readStrings(['a', null, 3, 'b'])).toEqual({ value: ['a', 'b'], invalid: true })
    expect(readStrings('a')).toEqual({ value: [], invalid: true })
  })
})
