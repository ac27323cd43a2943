import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../build/content/load'
import { createSearchIndex } from '../../../src/lib/search'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
  strictTranslations: true,
})
const searchDe = createSearchIndex(handbooks.de)
const searchEn = createSearchIndex(handbooks.en)

describe('search', () => {
  it('finds "Maßnahmenwerkstatt" when typed as "massnahmenwerkstatt", title matches first', () => {
    const hits = searchDe('massnahmenwerkstatt')
    expect(hits[0]).toMatchObject({ title: 'Maßnahmenwerkstatt' })
    expect(['format', 'step', 'term']).toContain(hits[0].kind)
  })

  it('matches prefixes while typing and tolerates a small typo', () => {
    expect(searchDe('Akteure kart').map((h) => h.id)).toContain('akteure-kartieren')
    expect(searchDe('Retrospektiev').map((h) => h.id)).toContain('retrospektive')
  })

  it('searches the current language only', () => {
    expect(searchEn('stakeholder').length).toBeGreaterThan(0)
    expect(searchEn('Wertekompass').every((h) => h.path.startsWith('/'))).toBe(true)
    expect(searchDe('').length).toBe(0)
  })
})
