import { describe, expect, it } from 'vitest'
import { pruneCustomProperties } from '../../../build/styles/prune-custom-properties'

describe('pruneCustomProperties', () => {
  it('drops unread tokens of the prefix and keeps read ones, other prefixes and rules', () => {
    const [css] = pruneCustomProperties(
      [':root{--kern-a:1px;--kern-b:2px;--app-c:3px}.x{margin:var(--kern-a)}'],
      [],
      '--kern-',
    )
    expect(css).toBe(':root{--kern-a:1px;--app-c:3px}.x{margin:var(--kern-a)}')
  })

  it('follows chains: a token read only by a dropped token goes too', () => {
    const [css] = pruneCustomProperties(
      [':root{--kern-white:#fff;--kern-bg:var(--kern-white);--kern-fg:#000}.x{color:var(--kern-fg)}'],
      [],
      '--kern-',
    )
    expect(css).toBe(':root{--kern-fg:#000}.x{color:var(--kern-fg)}')
  })

  it('keeps a token read in another sheet or in a script (an inline style)', () => {
    const [first] = pruneCustomProperties(
      [':root{--kern-a:1px;--kern-b:2px;--kern-c:3px}', '.y{gap:var(--kern-b)}'],
      ['el.style.padding = "var(--kern-c)"'],
      '--kern-',
    )
    expect(first).toBe(':root{--kern-b:2px;--kern-c:3px}')
  })

  it('handles a last declaration without a semicolon', () => {
    const [css] = pruneCustomProperties([':root{--kern-a:1px;--kern-b:2px}'], [], '--kern-')
    expect(css).toBe(':root{}')
  })
})
