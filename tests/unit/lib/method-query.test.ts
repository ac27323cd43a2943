import { describe, expect, it } from 'vitest'
import { emptyFilter, type MethodFilter } from '../../../src/lib/method-filter'
import { filterToQuery, isFiltered, queryToFilter } from '../../../src/lib/method-query'

describe('filter state in the URL', () => {
  it('writes nothing for the empty filter and reads the empty filter from an empty query', () => {
    expect(filterToQuery(emptyFilter())).toEqual({})
    expect(queryToFilter({})).toEqual(emptyFilter())
    expect(isFiltered(emptyFilter())).toBe(false)
  })

  it('round-trips every facet through the query, also via URLSearchParams', () => {
    const filter: MethodFilter = {
      text: 'Karte, Raster & Co.',
      phases: [1, 3],
      purposes: ['decide', 'involve-public'],
      minutes: 60,
      people: { min: 10, max: 20 },
      levels: ['easy', 'demanding'],
      settings: ['online'],
      participation: ['consult', 'empower'],
      favouritesOnly: true,
      step: 'kick-off',
      collection: '3f2a9c1e-1111-4a4a-9999-0123456789ab',
    }
    const query = filterToQuery(filter)
    expect(query).toMatchObject({
      phase: '1,3',
      minuten: '60',
      personen: '10-20',
      favoriten: '1',
      schritt: 'kick-off',
    })
    expect(queryToFilter(query)).toEqual(filter)
    const url = new URLSearchParams(query as Record<string, string>).toString()
    expect(queryToFilter(Object.fromEntries(new URLSearchParams(url)))).toEqual(filter)
    expect(isFiltered(filter)).toBe(true)
  })

  it('reads one group size, a range and a single bound', () => {
    expect(queryToFilter({ personen: '12' }).people).toEqual({ min: 12, max: null })
    expect(queryToFilter({ personen: '10-20' }).people).toEqual({ min: 10, max: 20 })
    expect(queryToFilter({ personen: '-20' }).people).toEqual({ min: null, max: 20 })
    expect(filterToQuery({ ...emptyFilter(), people: { min: null, max: 20 } })).toEqual({ personen: '-20' })
    expect(filterToQuery({ ...emptyFilter(), people: { min: 12, max: null } })).toEqual({ personen: '12' })
    for (const bad of ['-', '10-20-30', '0-5', '1e3', ' 12'])
      expect(queryToFilter({ personen: bad }).people).toBeNull()
  })

  it('accepts repeated keys and drops unknown or malformed values', () => {
    const filter = queryToFilter(
      {
        phase: ['3', '1', '9', 'x', '3'],
        zweck: 'decide,nonsense',
        minuten: '-5',
        personen: '12abc',
        niveau: 'leicht',
        rahmen: ['online', null],
        favoriten: 'ja',
        schritt: '<script>',
      },
      5, // a handbook with five phases: phase 9 is unknown
    )
    expect(filter).toEqual({ ...emptyFilter(), phases: [1, 3], purposes: ['decide'], settings: ['online'] })
  })
})
