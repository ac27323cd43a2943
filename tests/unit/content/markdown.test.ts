import { describe, expect, it } from 'vitest'
import { createMarkdown, renderBody } from '../../../build/content/markdown'
import { createEnv } from '../../../build/content/markdown/env'

const md = createMarkdown()
const render = (body: string, lang: 'de' | 'en' = 'de') => {
  const env = createEnv(lang, { home: 'start', about: 'ueber' })
  return { ...renderBody(md, body, env), env }
}

describe('the content markdown renderer', () => {
  it('never passes raw HTML through', () => {
    const { html } = render('Hallo <script>alert(1)</script> <b>fett</b>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it('gives headings German-aware anchors and lists them', () => {
    const { html, headings } = render('## Worum es geht?\n\n### Hinweise für die Verwaltung')
    expect(html).toContain('<h2 id="worum-es-geht">')
    expect(headings).toEqual([
      { level: 2, id: 'worum-es-geht', text: 'Worum es geht?' },
      { level: 3, id: 'hinweise-fuer-die-verwaltung', text: 'Hinweise für die Verwaltung' },
    ])
  })

  it('renders tips and warnings as labelled notes in the language of the file', () => {
    expect(render('::: tip\nGut so.\n:::').html).toContain(
      '<aside class="callout callout--tip"><p class="callout__title">Tipp</p>',
    )
    expect(render('::: warning\nVorsicht.\n:::', 'en').html).toContain(
      '<p class="callout__title">Caution</p>',
    )
  })

  it('resolves internal links to app routes and records them', () => {
    const { html, env } = render(
      '[Akteure](method:akteure-kartieren), [Maßnahme](term:massnahme), [Info](page:ueber)',
    )
    expect(html).toContain('<a href="/methoden/akteure-kartieren" data-internal="">Akteure</a>')
    expect(html).toContain(
      'href="/handbuch/glossar#massnahme" data-internal="" class="term-link" data-term="massnahme"',
    )
    expect(html).toContain('href="/ueber"')
    expect(env.links).toEqual([
      { kind: 'method', id: 'akteure-kartieren' },
      { kind: 'term', id: 'massnahme' },
      { kind: 'page', id: 'ueber' },
    ])
  })

  it('links a page by its role: the home page at /, a footer page at a short path, the others under /handbuch', () => {
    const { html } = render('[Start](page:start), [Info](page:ueber), [Rollen](page:rollen)')
    expect(html).toContain('<a href="/" data-internal="">Start</a>')
    expect(html).toContain('<a href="/ueber" data-internal="">Info</a>')
    expect(html).toContain('<a href="/handbuch/rollen" data-internal="">Rollen</a>')
  })

  it('opens external links in a new tab without a referrer and flags other links', () => {
    const { html, env } = render('[mein.berlin](https://mein.berlin.de) [kaputt](methode:x)')
    expect(html).toContain('target="_blank" rel="noopener noreferrer"')
    expect(env.badLinks).toEqual(['methode:x'])
  })
})
