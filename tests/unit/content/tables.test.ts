import { describe, expect, it } from 'vitest'
import { createEnv } from '../../../build/content/markdown/env'
import { createMarkdown, renderBody } from '../../../build/content/markdown/index'

describe('tables in content', () => {
  it('sit in a named region that scrolls sideways on its own, in the language of the page', () => {
    const md = createMarkdown()
    const table = '| Quelle | Lizenz |\n|---|---|\n| A | CC BY 4.0 |\n'
    const de = renderBody(md, table, createEnv('de')).html
    expect(de).toMatch(
      /^<div class="table-scroll" role="region" tabindex="0" aria-label="Tabelle, seitlich verschiebbar"><table>/,
    )
    expect(de.trim()).toMatch(/<\/table>\n?<\/div>$/)
    expect(renderBody(md, table, createEnv('en')).html).toContain('aria-label="Table, scrolls sideways"')
  })
})
