import MarkdownItFactory, { type MarkdownIt } from 'markdown-it'
import anchor from 'markdown-it-anchor'
import { slugify } from '../../../src/lib/text.ts'
import type { DocBase } from '../../../src/content/schema.ts'
import { callouts } from './callouts.ts'
import { internalLinks } from './internal-links.ts'
import { tables } from './tables.ts'
import type { RenderEnv } from './env.ts'

/**
 * The one markdown-it instance for all content. `html: false` because content is shown as trusted
 * markup in the app; raw HTML in a file must never reach the page.
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownItFactory({ html: false, linkify: false, typographer: false })
  md.use(anchor, { slugify, level: [2, 3, 4], tabIndex: false })
  md.use(callouts)
  md.use(internalLinks)
  md.use(tables)
  return md
}

export function renderBody(md: MarkdownIt, body: string, env: RenderEnv): Pick<DocBase, 'html' | 'headings'> {
  const tokens = md.parse(body, env)
  const headings: DocBase['headings'] = []
  tokens.forEach((token, i) => {
    const id = token.attrGet('id')?.toString()
    if (token.type === 'heading_open' && id) {
      headings.push({ level: Number(token.tag.slice(1)), id, text: tokens[i + 1]?.content ?? '' })
    }
  })
  return { html: md.renderer.render(tokens, md.options, env), headings }
}
