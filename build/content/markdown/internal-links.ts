import type { MarkdownIt } from 'markdown-it'
import { LINK_KINDS, contentPath, type LinkKind } from '../../../src/content/routes.ts'
import { roleOf } from '../../../src/content/roles.ts'
import type { RenderEnv } from './env.ts'

const INTERNAL = new RegExp(`^(${LINK_KINDS.join('|')}):([a-z0-9-]+)$`)

/**
 * Turns `[text](method:akteure-kartieren)` into a link to the app route and records every internal
 * link in `env.links`, so the content check can report links to ids that do not exist.
 * External links open in a new tab and never send a referrer.
 */
export function internalLinks(md: MarkdownIt): void {
  md.core.ruler.push('internal_links', (state) => {
    const env = state.env as unknown as RenderEnv
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue
        const href = String(token.attrGet('href') ?? '')
        const match = INTERNAL.exec(href)
        if (match) {
          const kind = match[1] as LinkKind
          const id = match[2]
          env.links.push({ kind, id })
          const role = kind === 'page' ? roleOf(env.pageRoles, id) : undefined
          token.attrSet('href', contentPath(kind, id, role))
          token.attrSet('data-internal', '')
          if (kind === 'term') {
            token.attrSet('class', 'term-link')
            token.attrSet('data-term', id)
          }
        } else if (/^https?:/.test(href)) {
          token.attrSet('target', '_blank')
          token.attrSet('rel', 'noopener noreferrer')
        } else if (!href.startsWith('#')) {
          env.badLinks.push(href)
        }
      }
    }
  })
}
