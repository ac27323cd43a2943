import { describe, expect, it } from 'vitest'
import { excerpt, highlight } from '../../../src/lib/highlight'

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.filter((s) => s.match).map((s) => s.text)

describe('highlight', () => {
  it('marks words that start with a folded term, in their original spelling', () => {
    const segments = highlight('Die Maßnahme und ihre Maßnahmenbeschreibung', ['massnahme'])
    expect(marked(segments)).toEqual(['Maßnahme', 'Maßnahme'])
    expect(segments.map((s) => s.text).join('')).toBe('Die Maßnahme und ihre Maßnahmenbeschreibung')
  })

  it('marks umlauts and keeps the rest of the word plain', () => {
    expect(marked(highlight('Öffentlichkeitsbeteiligung', ['oeffentlich']))).toEqual(['Öffentlich'])
    expect(marked(highlight('Bürger:innen', ['buerger']))).toEqual(['Bürger'])
  })

  it('marks nothing inside a word and nothing without terms', () => {
    expect(marked(highlight('Beteiligung', ['teil']))).toEqual([])
    expect(highlight('Text', [])).toEqual([{ text: 'Text', match: false }])
  })

  it('merges overlapping matches', () => {
    expect(marked(highlight('Akteure kartieren', ['akteur', 'akteure', 'kart']))).toEqual(['Akteure', 'kart'])
  })

  it('treats markup-like text as text', () => {
    const segments = highlight('<b>Test</b>', ['test'])
    expect(segments).toEqual([
      { text: '<b>', match: false },
      { text: 'Test', match: true },
      { text: '</b>', match: false },
    ])
  })
})

describe('excerpt', () => {
  const long = `${'Vorher steht viel Text. '.repeat(20)}Hier kommt die Maßnahme vor. ${'Danach auch. '.repeat(20)}`

  it('cuts a passage around the first match, with ellipses where it was cut', () => {
    const segments = excerpt(long, ['massnahme'], 80)
    const text = segments.map((s) => s.text).join('')
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(86)
    expect(marked(segments)).toEqual(['Maßnahme'])
  })

  it('shows the beginning when nothing matches, and short texts whole', () => {
    expect(excerpt(long, ['nichts'], 40)[0].text.startsWith('Vorher')).toBe(true)
    expect(excerpt('Kurz.', ['kurz'])).toEqual([
      { text: 'Kurz', match: true },
      { text: '.', match: false },
    ])
  })
})
