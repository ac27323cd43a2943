import { describe, expect, it } from 'vitest'
import { htmlTags, manifestFields, siteCss, siteTexts } from '../../../build/content/site'
import { FOUR_PHASES, loadFixture } from './fixture'

describe('the site file', () => {
  it('is read in both languages', () => {
    const { sites, messages } = loadFixture()
    expect(messages).toEqual([])
    expect(sites.de?.publisher).toBe('Gemeinsam Digital: Berlin')
    expect(sites.en?.words.measure.plural).toBe('measures')
    expect(Object.keys(sites.de!.roles)).toContain('massnahmenteam')
  })

  it('names the file and the field that is missing or wrong', () => {
    const { messages } = loadFixture((write) => {
      write.replace('de/site.md', "publisher: 'Gemeinsam Digital: Berlin'\n", '')
      write.replace('de/site.md', "light: '#b3001b'", "light: 'rot'")
      write.replace('de/site.md', '    genitive: der Maßnahme\n', '')
    })
    expect(messages).toEqual([
      expect.stringMatching(/^handbook-content\/de\/site\.md › publisher: /),
      expect.stringMatching(/^handbook-content\/de\/site\.md › themeColor\.light: .*#b3001b/),
      expect.stringMatching(/^handbook-content\/de\/site\.md › words\.measure\.genitive: /),
    ])
  })

  it('needs accent colours that reach 4.5:1 on white (light) and on black (dark)', () => {
    const { messages } = loadFixture((write) => {
      for (const lang of ['de', 'en']) {
        write.replace(`${lang}/site.md`, "light: '#b3001b'", "light: '#ff9900'")
        write.replace(`${lang}/site.md`, "dark: '#ff6b7f'", "dark: '#5a0010'")
      }
    })
    expect(messages).toEqual([
      'handbook-content/de/site.md › themeColor.light: "#ff9900" has a contrast of 2.14:1 against the white background of light mode; it needs at least 4.5:1, choose a darker colour',
      'handbook-content/de/site.md › themeColor.dark: "#5a0010" has a contrast of 1.44:1 against the black background of dark mode; it needs at least 4.5:1, choose a lighter colour',
    ])
  })

  it('is required in German; a missing English one is a missing translation', () => {
    expect(loadFixture((write) => write.remove('de/site.md')).messages).toEqual([
      expect.stringMatching(/^handbook-content\/de\/site\.md › file: is missing/),
    ])
    const english = loadFixture((write) => write.remove('en/site.md'))
    expect(english.messages).toEqual([
      'handbook-content/de/site.md › file: has no English version (expected handbook-content/en/site.md)',
    ])
    // Outside a build the app still runs: English shows the German site file.
    expect(loadFixture((write) => write.remove('en/site.md'), false).sites.en?.name).toBe(
      'Handbuch interaktiv',
    )
  })

  it('holds the same role ids and colours in both languages', () => {
    const roles = loadFixture((write) => write.replace('en/site.md', '  support-team:', '  support:'))
    expect(roles.messages).toEqual([
      expect.stringMatching(/^handbook-content\/en\/site\.md › roles\[7\]: differs from the German file/),
    ])
    const colours = loadFixture((write) => write.replace('en/site.md', "dark: '#ff6b7f'", "dark: '#ff0000'"))
    expect(colours.messages).toEqual([
      expect.stringMatching(/^handbook-content\/en\/site\.md › themeColor\.dark: differs/),
    ])
  })
})

describe('what the build makes from the site file', () => {
  const other = loadFixture(
    (write) => {
      write.replace('de/site.md', 'name: Praxisbuch Verwaltung', 'name: Werkzeugkasten Hamburg')
      write.replace('de/site.md', 'shortName: Praxisbuch', 'shortName: Werkzeug')
      write.replace('de/site.md', 'publisher: Kreisverwaltung Nordheide', 'publisher: Digitalamt Hamburg')
      write.replace('de/site.md', "light: '#2d6a4f'", "light: '#005ca9'")
      write.replace('en/site.md', "light: '#2d6a4f'", "light: '#005ca9'")
    },
    true,
    FOUR_PHASES,
  )

  it('writes the manifest fields, the page title, the description and the theme colour', () => {
    expect(other.messages).toEqual([])
    const site = other.sites.de!
    expect(manifestFields(site, 'de')).toEqual({
      name: 'Werkzeugkasten Hamburg – Digitalamt Hamburg',
      short_name: 'Werkzeug',
      description: site.description,
      lang: 'de',
      theme_color: '#005ca9',
    })
    const tags = htmlTags({ de: site, en: other.sites.en! }, 'de')
    expect(tags).toContainEqual(expect.objectContaining({ tag: 'title', children: 'Werkzeugkasten Hamburg' }))
    expect(tags).toContainEqual(
      expect.objectContaining({ tag: 'meta', attrs: { name: 'theme-color', content: '#005ca9' } }),
    )
    expect(tags).toContainEqual(
      expect.objectContaining({ tag: 'meta', attrs: { name: 'description', content: site.description } }),
    )
    expect(siteCss(site)).toBe(':root{--site-accent:#005ca9;--site-accent-dark:#95d5b2}\n')
  })

  it('gives the app only the texts it shows, with the phase count from the content', () => {
    const texts = siteTexts(other.sites.de!, other.handbooks.de)
    for (const field of ['themeColor', 'shortName', 'roles']) expect(texts).not.toHaveProperty(field)
    expect(texts.name).toBe('Werkzeugkasten Hamburg')
    // The meta description follows the UI language (src/app/head.ts), so each language carries its own.
    expect(texts.description).toBe(other.sites.de!.description)
    expect(siteTexts(other.sites.en!, other.handbooks.en).description).toBe(other.sites.en!.description)
    expect(texts.counts.phases).toBe('vier')
    expect(siteTexts(other.sites.en!, other.handbooks.en).counts.phases).toBe('four')
  })
})
