import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { createSearchIndex, groupHits } from '../../../src/lib/search'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
  strictTranslations: true,
})
const searchDe = createSearchIndex(handbooks.de)
const searchEn = createSearchIndex(handbooks.en)
const keys = (query: string) => searchDe(query).map((h) => `${h.kind}:${h.id}`)

describe('search', () => {
  it('finds "Maßnahmenwerkstatt" when typed as "massnahmenwerkstatt", title matches first', () => {
    const hits = searchDe('massnahmenwerkstatt')
    expect(hits[0]).toMatchObject({ title: 'Maßnahmenwerkstatt' })
    expect(['format', 'step', 'term']).toContain(hits[0].kind)
  })

  it('folds umlauts and ß, whatever the case', () => {
    for (const query of ['Maßnahme', 'Massnahme', 'massnahme', 'MASSNAHME']) {
      expect(keys(query), query).toContain('term:massnahme')
    }
    expect(keys('Oeffentlichkeitsbeteiligung')).toContain('format:oeffentlichkeitsbeteiligung')
    expect(keys('oeffentlichkeitsbeteiligung')).toEqual(keys('Öffentlichkeitsbeteiligung'))
  })

  it('matches prefixes while typing and tolerates a small typo', () => {
    expect(keys('Akteure kart')).toContain('method:akteure-kartieren')
    expect(keys('Retrospektiev')).toContain('method:retrospektive')
    expect(keys('Wirkungstrepe')).toContain('term:wirkungstreppe')
    expect(keys('Massnahmenbes')).toContain('page:massnahmenbeschreibung')
  })

  it('ranks a title match above matches in the body text', () => {
    const hits = searchDe('Personas')
    const titleHit = hits.findIndex((h) => h.id === 'personas' && h.kind === 'method')
    const bodyOnly = hits.findIndex((h) => !/persona/i.test(`${h.title} ${h.summary}`))
    expect(titleHit).toBeGreaterThanOrEqual(0)
    expect(bodyOnly).toBeGreaterThan(titleHit)
    expect(searchDe('massnahmenbeschreibung')[0]).toMatchObject({ title: 'Maßnahmenbeschreibung' })
  })

  it('finds the project description template as a handbook page', () => {
    const [first] = groupHits(searchDe('massnahmenbeschreibung'))
    expect(first.kind).toBe('page')
    expect(first.hits[0]).toMatchObject({
      id: 'massnahmenbeschreibung',
      path: '/handbuch/massnahmenbeschreibung',
    })
  })

  it('reports the matched words in folded form, for highlighting', () => {
    expect(searchDe('Massnahme')[0].terms.every((t) => t === t.toLowerCase() && !/[äöüß]/.test(t))).toBe(true)
  })

  it('groups hits by kind, pages first and the glossary last', () => {
    const kinds = groupHits(searchDe('Beteiligung')).map((g) => g.kind)
    expect(kinds[0]).toBe('page')
    expect(kinds.at(-1)).toBe('term')
    expect(new Set(kinds).size).toBe(kinds.length)
  })

  it('searches the current language only', () => {
    expect(searchEn('stakeholder').length).toBeGreaterThan(0)
    expect(searchEn('Wertekompass').every((h) => h.path.startsWith('/'))).toBe(true)
    expect(searchEn('Maßnahmenwerkstatt').some((h) => h.title === 'Maßnahmenwerkstatt')).toBe(false)
    expect(searchDe('').length).toBe(0)
  })

  it('answers a query in well under 5 ms on the full content', () => {
    const queries = ['massnahme', 'beteiligung', 'akteure kart', 'retrospektiev', 'wert', 'test']
    for (const q of queries) searchDe(q)
    const times = queries.flatMap((q) =>
      Array.from({ length: 10 }, () => {
        const start = performance.now()
        searchDe(q)
        return performance.now() - start
      }),
    )
    times.sort((a, b) => a - b)
    expect(times[Math.floor(times.length * 0.95)]).toBeLessThan(20)
  })
})
