import { describe, expect, it } from 'vitest'
import { formatMessage, pluralIndex } from '../../../src/lib/message-format'

describe('UI text format', () => {
  it('inserts named values and literal braces', () => {
    expect(formatMessage('Team {team} seit {date}', { team: 'Kiez', date: '1. Mai' })).toBe(
      'Team Kiez seit 1. Mai',
    )
    expect(formatMessage("Klammer {'{'} bleibt")).toBe('Klammer { bleibt')
    expect(formatMessage('fehlt: {x}.')).toBe('fehlt: .')
  })

  it('chooses zero | one | other by the count, and one | other with two forms', () => {
    const three = 'keine Treffer | ein Treffer | {n} Treffer'
    expect([0, 1, 2, 17].map((n) => formatMessage(three, n))).toEqual([
      'keine Treffer',
      'ein Treffer',
      '2 Treffer',
      '17 Treffer',
    ])
    const two = 'ein A4-Bogen | {count} A4-Bögen'
    expect([0, 1, 3].map((n) => formatMessage(two, n))).toEqual(['0 A4-Bögen', 'ein A4-Bogen', '3 A4-Bögen'])
    expect(pluralIndex(-1, 3)).toBe(1)
  })
})

describe('links to other texts', () => {
  const texts: Record<string, string> = {
    'site.word': 'eine Maßnahme',
    'site.name': 'Werkzeug',
    'a.b': '@:site.name',
  }
  const link = (key: string) => texts[key]

  it('insert the linked text, with a capital first letter when asked, and keep a full stop after the key', () => {
    expect(formatMessage('@.capitalize:site.word anlegen', undefined, link)).toBe('Eine Maßnahme anlegen')
    expect(formatMessage('Ein Vorschlag von @:site.name.', undefined, link)).toBe(
      'Ein Vorschlag von Werkzeug.',
    )
    expect(formatMessage('@:a.b', undefined, link)).toBe('Werkzeug')
  })

  it('work in the form a count chooses, and leave an unknown link and typed values as they are', () => {
    expect(formatMessage('keine | @:site.name | {n} mal @:site.name', 3, link)).toBe('3 mal Werkzeug')
    expect(formatMessage('@:site.missing', undefined, link)).toBe('@:site.missing')
    expect(formatMessage('Team {name}', { name: '@:site.name' }, link)).toBe('Team @:site.name')
  })
})
