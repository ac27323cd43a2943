import { describe, expect, it } from 'vitest'
import { initialLang } from '../../../src/app/i18n'
import de from '../../../src/locales/de'
import en from '../../../src/locales/en'

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
