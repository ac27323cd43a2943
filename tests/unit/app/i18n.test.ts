import { describe, expect, it } from 'vitest'
import { initialLang } from '../../../src/app/i18n'
import shellDe from '../../../src/app/messages/de'
import toolsDe from '../../../src/app/messages/tools-de'
import shellEn from '../../../src/app/messages/en'
import toolsEn from '../../../src/app/messages/tools-en'

const de = { ...shellDe, ...toolsDe }
const en = { ...shellEn, ...toolsEn }

describe('language choice', () => {
  it('prefers the remembered choice', () => {
    expect(initialLang('en', ['de-DE'])).toBe('en')
  })

  it('otherwise takes the first browser language the app speaks, else German', () => {
    expect(initialLang(null, ['fr-FR', 'en-GB', 'de'])).toBe('en')
    expect(initialLang(null, ['de-AT'])).toBe('de')
    expect(initialLang(null, ['fr-FR'])).toBe('de')
    expect(initialLang('xx', [])).toBe('de')
  })

  it("offers only the handbook's languages: a German-only handbook starts in German", () => {
    expect(initialLang('en', ['en-GB'], ['de'])).toBe('de')
    expect(initialLang(null, ['en-US', 'de-CH'], ['de'])).toBe('de')
  })

  it('starts an English-only handbook in English, whatever the browser or an earlier visit says', () => {
    expect(initialLang('de', ['de-DE'], ['en'])).toBe('en')
    expect(initialLang(null, [], ['en'])).toBe('en')
  })
})

describe('UI texts', () => {
  const leaves = (obj: object, prefix = ''): [string, string][] =>
    Object.entries(obj).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
    )

  it('exist in both languages with the same keys and no empty text', () => {
    expect(leaves(en).map(([k]) => k)).toEqual(leaves(de).map(([k]) => k))
    expect([...leaves(de), ...leaves(en)].filter(([, v]) => !v.trim())).toEqual([])
  })
})

describe('switching the language', () => {
  it('shows English texts after the switch and falls back to the key for unknown texts', async () => {
    const { setLang, t, i18n } = await import('../../../src/app/i18n')
    await setLang('de')
    expect(t('app.skipLink')).toBe(de.app.skipLink)
    await setLang('en')
    expect(i18n.global.locale.value).toBe('en')
    expect(t('app.skipLink')).toBe(en.app.skipLink)
    // @ts-expect-error an unknown key, as stored or old data might still ask for
    expect(t('no.such.text')).toBe('no.such.text')
    await setLang('de')
  })
})
