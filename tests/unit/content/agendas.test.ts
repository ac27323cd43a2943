/**
 * Issue 18: agenda templates are content like every other kind. A template that names a method or a
 * format the handbook lacks, whose items do not add up to its length, or that exists in one language
 * only fails the content check with file and field; a handbook without templates still builds.
 */
import { describe, expect, it } from 'vitest'
import { loadFixture, type Editor } from './fixture'

const template = (
  lang: 'de' | 'en',
  changes: { minutes?: number; method?: string; format?: string } = {},
) => `---
title: ${lang === 'de' ? 'Kurzer Auftakt' : 'Short start'}
purpose: ${lang === 'de' ? 'Das Team lernt die Akteure kennen.' : 'The team gets to know the stakeholders.'}
format: ${changes.format ?? 'kick-off'}
minutes: ${changes.minutes ?? 50}
items:
  - title: ${lang === 'de' ? 'Begrüßung' : 'Welcome'}
    minutes: 10
    kind: welcome
  - title: ${lang === 'de' ? 'Akteure kartieren' : 'Map the stakeholders'}
    minutes: 40
    method: ${changes.method ?? 'akteure-kartieren'}
---
`
const FILE = 'handbook-content/de/agendas/auftakt.md'

/** The template in both languages, with the same (possibly wrong) data. */
const both = (changes: Parameters<typeof template>[1]) => (f: Editor) => {
  for (const lang of ['de', 'en'] as const) {
    // The fixture has no agendas folder, and writing a file does not create one; copying a file does.
    f.copy(`${lang}/site.md`, `${lang}/agendas/.keep`)
    f.remove(`${lang}/agendas/.keep`)
    f.write(`${lang}/agendas/auftakt.md`, template(lang, changes))
  }
}

describe('agenda templates', () => {
  it('loads a valid template in each language, and a handbook without any', () => {
    const { messages, handbooks } = loadFixture(both({}))
    expect(messages).toEqual([])
    expect(handbooks.en.agendas.map((a) => [a.title, a.minutes, a.items.length])).toEqual([
      ['Short start', 50, 2],
    ])
    const without = loadFixture()
    expect(without.messages).toEqual([])
    expect(without.handbooks.de.agendas).toEqual([])
  })

  it('fails an unknown method and an unknown format, naming file and field', () => {
    const { messages } = loadFixture(both({ method: 'akteure-karten', format: 'auftakt' }))
    expect(messages).toEqual([
      `${FILE} › format: the format "auftakt" does not exist`,
      `${FILE} › items[2].method: the method "akteure-karten" does not exist`,
    ])
  })

  it('fails items whose minutes do not add up to the stated length', () => {
    const { messages } = loadFixture(both({ minutes: 60 }))
    expect(messages).toEqual([
      `${FILE} › items: the item minutes add up to 50, but the template says minutes: 60`,
    ])
  })

  it('fails a template missing in one language', () => {
    const { messages } = loadFixture((f) => {
      both({})(f)
      f.remove('en/agendas/auftakt.md')
    })
    expect(messages).toEqual([
      `${FILE} › file: has no English version (expected handbook-content/en/agendas/auftakt.md)`,
    ])
  })
})
