import { describe, expect, it } from 'vitest'
import { mergeValues, sameValue, textEdit } from '../../../src/lib/merge'

describe('three-way merge of a value edited in two tabs', () => {
  it('takes the side that changed a text, and refuses when both changed it differently', () => {
    expect(mergeValues('alt', 'mein', 'alt')).toEqual({ ok: true, value: 'mein' })
    expect(mergeValues('alt', 'alt', 'ihr')).toEqual({ ok: true, value: 'ihr' })
    expect(mergeValues('alt', 'gleich', 'gleich')).toEqual({ ok: true, value: 'gleich' })
    expect(mergeValues('alt', 'Titel aus Tab B', 'Titel aus Tab A')).toEqual({ ok: false })
    // Nothing stored when this tab began (a new answer in both tabs) is a conflict too.
    expect(mergeValues(undefined, 'B', 'A')).toEqual({ ok: false })
  })

  it('keeps items appended to a list on both sides, and edits of different items', () => {
    expect(mergeValues(['a'], ['a', 'von B'], ['a', 'von A'])).toEqual({
      ok: true,
      value: ['a', 'von A', 'von B'],
    })
    expect(mergeValues(['a', 'b'], ['a!', 'b'], ['a', 'b!'])).toEqual({ ok: true, value: ['a!', 'b!'] })
    expect(mergeValues(['a', 'b'], ['a!', 'b'], ['a?', 'b'])).toEqual({ ok: false })
    // One side removed an item the other changed: neither may win silently.
    expect(mergeValues(['a', 'b'], ['a'], ['a', 'b!', 'c'])).toEqual({ ok: false })
  })

  it('merges different values of the value compass and different cells of a table', () => {
    const base = { kooperation: { rating: 1, justification: '' } }
    const mine = { kooperation: { rating: 1, justification: 'weil' } }
    const theirs = { ...base, offenheit: { rating: 3, justification: '' } }
    expect(mergeValues(base, mine, theirs)).toEqual({
      ok: true,
      value: {
        kooperation: { rating: 1, justification: 'weil' },
        offenheit: { rating: 3, justification: '' },
      },
    })
    const rows = [{ name: 'Ali', role: '' }]
    expect(mergeValues(rows, [{ name: 'Ali', role: 'Leitung' }], [{ name: 'Ali K.', role: '' }])).toEqual({
      ok: true,
      value: [{ name: 'Ali K.', role: 'Leitung' }],
    })
  })

  it('merges agenda items by id: new items of both tabs, a removal and an edit elsewhere', () => {
    const item = (id: string, minutes = 10) => ({ id, title: id, minutes })
    const base = [item('a'), item('b'), item('c')]
    const mine = [item('a', 20), item('b'), item('c'), item('neu-b')]
    const theirs = [item('a'), item('c'), item('neu-a')]
    expect(mergeValues(base, mine, theirs)).toEqual({
      ok: true,
      value: [item('a', 20), item('c'), item('neu-a'), item('neu-b')],
    })
    // Removed in one tab, changed in the other.
    expect(mergeValues(base, [item('a'), item('b', 5), item('c')], [item('a'), item('c')])).toEqual({
      ok: false,
    })
    // Reordered in this tab only: this tab's order, with the other tab's edit.
    expect(
      mergeValues(base, [item('c'), item('a'), item('b')], [item('a'), item('b', 30), item('c')]),
    ).toEqual({
      ok: true,
      value: [item('c'), item('a'), item('b', 30)],
    })
  })

  it('compares values deeply, whatever the key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue(null, undefined)).toBe(false)
  })
})

describe('texts edited on both sides', () => {
  it('keep both edits when they lie apart', () => {
    expect(mergeValues('Schatten', 'Mehr Schatten', 'Schatten in Moabit')).toEqual({
      ok: true,
      value: 'Mehr Schatten in Moabit',
    })
    expect(mergeValues(undefined, 'a', 'a')).toEqual({ ok: true, value: 'a' })
  })

  it('are a conflict where both changed the same stretch, or wrote at the same place', () => {
    expect(mergeValues('Schatten', 'Schattig', 'Schattenplatz')).toEqual({ ok: false })
    expect(mergeValues('', 'eins', 'zwei')).toEqual({ ok: false })
  })

  it('never split an emoji', () => {
    expect(textEdit('a😀b', 'a😃b')).toEqual({ start: 1, end: 3, text: '😃' })
  })
})
