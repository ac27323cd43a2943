import { describe, expect, it } from 'vitest'
import { mapCaret } from '../../../src/lib/merge'

describe('the caret when another person’s words arrive', () => {
  it('stays before their edit, moves with text added or removed before it, and ends after an edit around it', () => {
    // Typed at the start while " in Moabit" arrives at the end: the caret stays.
    expect(mapCaret('Schatten', 'Schatten in Moabit', 3)).toBe(3)
    // At the end while "Mehr " arrives at the start: it moves by five.
    expect(mapCaret('Schatten', 'Mehr Schatten', 8)).toBe(13)
    // Text removed before the caret: it moves back.
    expect(mapCaret('Mehr Schatten', 'Schatten', 13)).toBe(8)
    // Inside a stretch that was replaced: after the new text.
    expect(mapCaret('Plätze in Moabit', 'Plätze in Wedding', 12)).toBe(17)
    // Nothing changed.
    expect(mapCaret('Schatten', 'Schatten', 4)).toBe(4)
  })
})
