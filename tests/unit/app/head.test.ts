import { afterEach, describe, expect, it } from 'vitest'
import { showLangInHead } from '../../../src/app/head'
import { setLang, siteDescription } from '../../../src/app/i18n'
import siteDe from 'virtual:handbook/de/site'
import siteEn from 'virtual:handbook/en/site'

// The site texts as the build gives them to the app, from the handbook's two site files.
const sites = { de: siteDe, en: siteEn }
const description = () => document.head.querySelector('meta[name="description"]')?.getAttribute('content')

describe('the page head follows the UI language', () => {
  afterEach(() => setLang('de'))

  it('has a description in each language of the handbook', () => {
    expect(sites.de.description).toMatch(/^Das Handbuch/)
    expect(sites.en.description).toMatch(/^The handbook/)
  })

  it("takes the description of the site file in the language shown, and sets the page's language", async () => {
    // As index.html comes from the build: the leading language's description.
    document.head.innerHTML = `<meta name="description" content="${sites.de.description}">`
    await setLang('en')
    showLangInHead('en', siteDescription())
    expect(document.documentElement.lang).toBe('en')
    expect(description()).toBe(sites.en.description)
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1)

    await setLang('de')
    showLangInHead('de', siteDescription())
    expect(document.documentElement.lang).toBe('de')
    expect(description()).toBe(sites.de.description)
  })

  it('adds the meta description when the page has none', async () => {
    document.head.innerHTML = ''
    await setLang('en')
    showLangInHead('en', siteDescription())
    expect(description()).toBe(sites.en.description)
  })

  it('reads the description as written, not as a UI text with placeholders', () => {
    showLangInHead('de', 'Prozesse | Methoden {und} Werkzeuge')
    expect(description()).toBe('Prozesse | Methoden {und} Werkzeuge')
  })
})
