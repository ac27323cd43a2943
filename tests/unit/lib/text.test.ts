import { describe, expect, it } from 'vitest'
import { foldGerman, slugify } from '../../../src/lib/text'

describe('German text folding', () => {
  it('makes spellings without umlauts and ß equal', () => {
    expect(foldGerman('Maßnahme')).toBe(foldGerman('Massnahme'))
    expect(foldGerman('Bürgerbeteiligung')).toBe(foldGerman('Buergerbeteiligung'))
    expect(foldGerman('ÖFFENTLICH')).toBe('oeffentlich')
  })

  it('builds URL fragments from headings', () => {
    expect(slugify('Hinweise für die Verwaltung')).toBe('hinweise-fuer-die-verwaltung')
    expect(slugify('  1-2-4-Alle: so geht’s! ')).toBe('1-2-4-alle-so-geht-s')
  })
})
