import { describe, expect, it } from 'vitest'
import {
  isFiltered,
  logbookFilterToQuery,
  matchesLogbookFilter,
  queryToLogbookFilter,
  type LogbookFilter,
} from '../../../src/lib/logbook-filter'

const none: LogbookFilter = { kind: null, phase: null, text: '' }

describe('the logbook filter', () => {
  it('goes into the URL query and back, dropping what it does not know', () => {
    const filter: LogbookFilter = { kind: 'auto', phase: 2, text: 'Raum, Kim' }
    expect(logbookFilterToQuery(filter)).toEqual({ art: 'auto', phase: '2', q: 'Raum, Kim' })
    expect(queryToLogbookFilter(logbookFilterToQuery(filter), 5)).toEqual(filter)
    expect(queryToLogbookFilter({ art: 'step-done', phase: '6', q: null }, 5)).toEqual(none)
    expect(queryToLogbookFilter({ art: ['note', 'action'], phase: '1.5' }, 5)).toEqual({
      ...none,
      kind: 'note',
    })
    expect(logbookFilterToQuery({ ...none, text: '   ' })).toEqual({})
    expect(isFiltered(none)).toBe(false)
    expect(isFiltered({ ...none, phase: 1 })).toBe(true)
  })

  it('narrows by kind, with every automatic kind under "auto", and by phase', () => {
    const step = { kind: 'step-done' as const, phase: 1 }
    const note = { kind: 'note' as const, phase: 2 }
    const old = { kind: 'decision' as const }
    expect(matchesLogbookFilter(step, '', { ...none, kind: 'auto' })).toBe(true)
    expect(matchesLogbookFilter(note, '', { ...none, kind: 'auto' })).toBe(false)
    expect(matchesLogbookFilter(note, '', { ...none, kind: 'note' })).toBe(true)
    expect(matchesLogbookFilter(step, '', { ...none, kind: 'note' })).toBe(false)
    expect(matchesLogbookFilter(step, '', { ...none, phase: 1 })).toBe(true)
    expect(matchesLogbookFilter(note, '', { ...none, phase: 1 })).toBe(false)
    expect(matchesLogbookFilter(old, '', { ...none, phase: 1 })).toBe(false)
    expect(matchesLogbookFilter(old, '', none)).toBe(true)
  })

  it('finds every word of the search, whatever the case and the accents', () => {
    const entry = { kind: 'note' as const, phase: 1 }
    const shown = 'Notiz\nRaum für die Straßenbäume bei Müller buchen'
    const finds = (text: string) => matchesLogbookFilter(entry, shown, { ...none, text })
    expect(finds('RAUM')).toBe(true)
    expect(finds('muller')).toBe(true)
    expect(finds('Mueller')).toBe(true)
    expect(finds('strassenbaume')).toBe(true)
    expect(finds('fur raum')).toBe(true)
    expect(finds('notiz buchen')).toBe(true)
    expect(finds('raum kim')).toBe(false)
    expect(finds('Café')).toBe(false)
    expect(matchesLogbookFilter(entry, 'Café am Markt', { ...none, text: 'cafe' })).toBe(true)
  })
})
