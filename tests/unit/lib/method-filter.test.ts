import { describe, expect, it } from 'vitest'
import type { Method } from '../../../src/content/schema'
import {
  activeFacets,
  emptyFilter,
  filterMethods,
  fitsMinutes,
  withoutFacet,
  worksForPeople,
  askedPeople,
  type MethodFilter,
} from '../../../src/lib/method-filter'

function method(id: string, over: Partial<Method> = {}): Method {
  return {
    id,
    title: id,
    summary: `Summary of ${id}`,
    purposes: ['understand'],
    phases: [1],
    duration: { min: 30, max: 60 },
    preparation: 0,
    groupSize: { min: 3, max: 10 },
    level: 'easy',
    settings: ['on-site'],
    participation: 'involve',
    materials: [],
    roles: ['facilitation'],
    steps: [{ title: 'Do', minutes: 30 }],
    related: [],
    own: true,
    licence: 'CC BY 4.0',
    html: '<h2>Worum es geht</h2><p>Text</p>',
    headings: [],
    fallback: false,
    ...over,
  }
}

const ids = (methods: Method[]) => methods.map((m) => m.id)
const none = { favourites: new Set<string>() }
const run = (methods: Method[], over: Partial<MethodFilter>, context = none) =>
  ids(filterMethods(methods, { ...emptyFilter(), ...over }, context))

describe('duration: fits into N minutes', () => {
  const m = method('m', { duration: { min: 30, max: 60 } })
  it('counts the shortest version of the method', () => {
    expect(fitsMinutes(m, 29)).toBe(false)
    expect(fitsMinutes(m, 30)).toBe(true)
    expect(fitsMinutes(m, 45)).toBe(true)
    expect(fitsMinutes(m, 600)).toBe(true)
  })
})

describe('group size: works for N people, or for 10–20', () => {
  const m = method('m', { groupSize: { min: 3, max: 10 } })
  const exactly = (n: number) => ({ min: n, max: null })
  it('includes both ends of the method’s range and nothing outside', () => {
    expect([2, 3, 7, 10, 11].map((n) => worksForPeople(m, exactly(n)))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ])
  })
  it('asks the method to cover the whole asked range', () => {
    expect(worksForPeople(m, { min: 3, max: 10 })).toBe(true)
    expect(worksForPeople(m, { min: 5, max: 8 })).toBe(true)
    expect(worksForPeople(m, { min: 5, max: 12 })).toBe(false)
    expect(worksForPeople(m, { min: 2, max: 6 })).toBe(false)
  })
  it('reads one bound alone as one group size, and ignores a "to" below "from" while it is typed', () => {
    expect(askedPeople({ min: null, max: 8 })).toEqual([8, 8])
    expect(askedPeople({ min: 10, max: 2 })).toEqual([10, 10])
    expect(askedPeople({ min: null, max: null })).toBeNull()
    expect(worksForPeople(m, { min: null, max: 11 })).toBe(false)
  })
})

describe('filterMethods', () => {
  const methods = [
    method('a', { phases: [1, 2], duration: { min: 10, max: 20 }, level: 'easy', settings: ['online'] }),
    method('b', { phases: [3], duration: { min: 60, max: 90 }, groupSize: { min: 6, max: 30 } }),
    method('c', { phases: [3, 4], duration: { min: 45, max: 60 }, level: 'demanding', purposes: ['decide'] }),
    method('d', { phases: [5], title: 'Weltcafé', summary: 'Große Runde', participation: 'consult' }),
  ]

  it('returns everything for the empty filter', () => {
    expect(run(methods, {})).toEqual(['a', 'b', 'c', 'd'])
  })

  it('combines values of one facet with OR and facets with AND', () => {
    expect(run(methods, { phases: [1, 3] })).toEqual(['a', 'b', 'c'])
    expect(run(methods, { phases: [1, 3], minutes: 60 })).toEqual(['a', 'b', 'c'])
    expect(run(methods, { phases: [3], minutes: 59 })).toEqual(['c'])
    expect(run(methods, { phases: [3], minutes: 59, levels: ['easy'] })).toEqual([])
    expect(run(methods, { people: { min: 20, max: null } })).toEqual(['b'])
    expect(run(methods, { people: { min: 10, max: 20 } })).toEqual(['b'])
    expect(run(methods, { people: { min: 2, max: 20 } })).toEqual([])
    expect(run(methods, { people: { min: 5, max: null }, phases: [3] })).toEqual(['c'])
    expect(run(methods, { purposes: ['decide', 'plan'] })).toEqual(['c'])
    expect(run(methods, { settings: ['online', 'hybrid'] })).toEqual(['a'])
    expect(run(methods, { participation: ['consult'] })).toEqual(['d'])
  })

  it('matches every word of the search text, folding umlauts', () => {
    expect(run(methods, { text: 'weltcafe' })).toEqual(['d'])
    expect(run(methods, { text: 'GROSSE runde' })).toEqual(['d'])
    expect(run(methods, { text: 'große eckige' })).toEqual([])
    expect(run(methods, { text: '  ' })).toEqual(['a', 'b', 'c', 'd'])
  })

  it('restricts to favourites, a wizard step and a collection', () => {
    const context = {
      favourites: new Set(['b', 'd']),
      stepMethods: ['a', 'b'],
      collectionMethods: ['b', 'c'],
    }
    expect(run(methods, { favouritesOnly: true }, context)).toEqual(['b', 'd'])
    expect(run(methods, { step: 'kick-off' }, context)).toEqual(['a', 'b'])
    expect(run(methods, { step: 'kick-off', favouritesOnly: true }, context)).toEqual(['b'])
    expect(run(methods, { collection: 'c1' }, context)).toEqual(['b', 'c'])
    expect(run(methods, { step: 'unknown' }, { favourites: new Set() })).toEqual([])
  })
})

describe('chips', () => {
  it('lists every active value and removes exactly one', () => {
    const filter = { ...emptyFilter(), text: 'karte', phases: [1, 3], minutes: 60, favouritesOnly: true }
    const active = activeFacets(filter)
    expect(active).toEqual([
      { facet: 'text', value: 'karte' },
      { facet: 'phases', value: 1 },
      { facet: 'phases', value: 3 },
      { facet: 'minutes', value: 60 },
      { facet: 'favouritesOnly', value: true },
    ])
    expect(withoutFacet(filter, active[1]!).phases).toEqual([3])
    expect(withoutFacet(filter, active[3]!).minutes).toBeNull()
    expect(withoutFacet(filter, active[0]!).text).toBe('')
    expect(withoutFacet(filter, active[4]!).favouritesOnly).toBe(false)
    expect(filter.phases).toEqual([1, 3])
  })
})
