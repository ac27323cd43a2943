import { describe, expect, it } from 'vitest'
import { MAX_NAME_WORDS, matchesName, nameWords, queryWords } from '../../../src/lib/name-words'

describe('team name words', () => {
  it('are the distinct folded words of a name, as people type them', () => {
    expect(nameWords('Team Wärmeschutz – Straße 12/Nord, team')).toEqual([
      'team',
      'waermeschutz',
      'strasse',
      '12',
      'nord',
    ])
    expect(nameWords('')).toEqual([])
    expect(nameWords(42)).toEqual([])
  })

  it('are capped, so a hostile name cannot flood the index', () => {
    const hostile = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ')
    expect(nameWords(hostile)).toHaveLength(MAX_NAME_WORDS)
  })

  it('match when every typed word starts a word of the name, in any order and spelling', () => {
    const words = nameWords('Team Wärmeschutz 4711')
    expect(matchesName(words, queryWords('wärme'))).toBe(true)
    expect(matchesName(words, queryWords('47 WAERME'))).toBe(true)
    expect(matchesName(words, queryWords('schutz'))).toBe(false)
    expect(matchesName(words, queryWords('wärme 48'))).toBe(false)
  })
})
