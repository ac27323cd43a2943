import type { MarkdownIt } from 'markdown-it'
import type { RenderEnv } from './env.ts'

const LABEL = { de: 'Tabelle, seitlich verschiebbar', en: 'Table, scrolls sideways' } as const

/**
 * Wraps every table in a region that scrolls sideways on its own: a wide table on a 320 px screen
 * then scrolls inside the page instead of widening it (WCAG 1.4.10 allows two-dimensional scrolling
 * for tables). The region is focusable and named, so keyboard users can scroll it too.
 */
export function tables(md: MarkdownIt): void {
  md.renderer.rules.table_open = (tokens, idx, options, env, self) =>
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${LABEL[(env as RenderEnv).lang] ?? LABEL.en}">` +
    self.renderToken(tokens, idx, options)
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) =>
    `${self.renderToken(tokens, idx, options)}</div>`
}
