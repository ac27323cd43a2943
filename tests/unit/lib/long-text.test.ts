import { describe, expect, it } from 'vitest'
import { excerpt, excerptEnd } from '../../../src/lib/long-text'

describe('long text excerpts', () => {
  it('leaves a short text whole', () => {
    expect(excerptEnd('kurz', 10)).toBe(4)
  })

  it('cuts at the last space before the limit, never inside a word', () => {
    expect(excerpt('eins zwei drei vier', 12)).toBe('eins zwei')
  })

  it('cuts a text without spaces at the limit, but not inside a surrogate pair', () => {
    expect(excerpt('x'.repeat(50), 10)).toHaveLength(10)
    expect(excerpt(`${'x'.repeat(9)}😀😀`, 10)).toBe('x'.repeat(9))
  })
})
