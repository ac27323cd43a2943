import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { createSearchIndex, groupHits, limitGroups } from '../../../src/lib/search'

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
})

describe('the short result list', () => {
  const group = (kind: string, n: number) => ({
    kind,
    hits: Array.from({ length: n }, (_, i) => `${kind}${i}`),
  })

  it('shows every kind once before any kind twice, within the limits', () => {
    const limited = limitGroups(
      [group('page', 5), group('step', 1), group('method', 4), group('term', 3)],
      3,
      6,
    )
    expect(limited.map((g) => g.hits)).toEqual([
      ['page0', 'page1'],
      ['step0'],
      ['method0', 'method1'],
      ['term0'],
    ])
  })

  it('never takes more than the limit per kind and drops empty kinds', () => {
    const limited = limitGroups([group('page', 9), group('step', 0)], 3, 12)
    expect(limited).toEqual([{ kind: 'page', hits: ['page0', 'page1', 'page2'] }])
  })
})
