import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { createSearchIndex, expandSynonyms } from '../../../src/lib/search'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
  strictTranslations: true,
})
const keys = (search: ReturnType<typeof createSearchIndex>, query: string) =>
  search(query).map((h) => `${h.kind}:${h.id}`)

describe('search synonyms', () => {
  const searchDe = createSearchIndex(handbooks.de)
  const searchEn = createSearchIndex(handbooks.en)

  it('are read from handbook-content/synonyms.md, at least 15 per language', () => {
    expect(handbooks.de.synonyms['Bürgerbeteiligung']).toEqual(['Öffentlichkeitsbeteiligung'])
    expect(handbooks.de.synonyms['Workshop']).toContain('Maßnahmenwerkstatt')
    expect(Object.keys(handbooks.de.synonyms).length).toBeGreaterThanOrEqual(17)
    expect(Object.keys(handbooks.en.synonyms).length).toBeGreaterThanOrEqual(17)
  })

  it('find "Öffentlichkeitsbeteiligung" for "Bürgerbeteiligung", spelt in any way', () => {
    for (const query of ['Bürgerbeteiligung', 'buergerbeteiligung', 'BÜRGERBETEILIGUNG']) {
      expect(keys(searchDe, query)[0], query).toBe('format:oeffentlichkeitsbeteiligung')
    }
  })

  it('are what finds it: without them the everyday word finds nothing of the kind', () => {
    const plain = createSearchIndex({ ...handbooks.de, synonyms: {} })
    expect(keys(plain, 'Bürgerbeteiligung')).not.toContain('format:oeffentlichkeitsbeteiligung')
  })

  it('find the measure workshop for "Workshop" and the measure for "Projekt"', () => {
    expect(keys(searchDe, 'Workshop')).toContain('format:massnahmenwerkstatt')
    expect(keys(searchDe, 'Projekt')).toContain('term:massnahme')
  })

  it('combine with the other words of the query', () => {
    const hits = keys(searchDe, 'Bürgerbeteiligung mein.berlin.de')
    expect(hits).toContain('format:oeffentlichkeitsbeteiligung')
    // Both parts must match: a page about something else is not found.
    expect(keys(searchDe, 'Bürgerbeteiligung Zukunftstheater')).not.toContain('term:mein-berlin')
  })

  it('work in English too', () => {
    expect(keys(searchEn, 'citizen participation')).toContain('format:oeffentlichkeitsbeteiligung')
    expect(keys(searchEn, 'KPIs')).toContain('term:indikator')
    expect(keys(searchEn, 'steering committee')).toContain('format:steuerungsrunde')
  })

  it('leave a query without everyday words as typed', () => {
    expect(expandSynonyms('Akteure kart', { Workshop: ['Werkstatt'] })).toBe('Akteure kart')
    expect(expandSynonyms('Online Workshop', { Workshop: ['Werkstatt'] })).toEqual({
      combineWith: 'AND',
      queries: [
        'Online',
        {
          combineWith: 'OR',
          queries: [
            { combineWith: 'AND', queries: ['Workshop'] },
            { combineWith: 'AND', queries: ['Werkstatt'] },
          ],
        },
      ],
    })
  })
})
