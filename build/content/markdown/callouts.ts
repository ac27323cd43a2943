import type { MarkdownIt } from 'markdown-it'
import container from 'markdown-it-container'
import type { RenderEnv } from './env.ts'

const TITLES = {
  tip: { de: 'Tipp', en: 'Tip' },
  warning: { de: 'Achtung', en: 'Caution' },
} as const

/** `::: tip` and `::: warning` blocks, rendered as labelled notes that also read well in print. */
export function callouts(md: MarkdownIt): void {
  for (const name of Object.keys(TITLES) as (keyof typeof TITLES)[]) {
    md.use(container, name, {
      render(tokens: { nesting: number }[], idx: number, _options: unknown, env: RenderEnv) {
        if (tokens[idx].nesting !== 1) return '</aside>\n'
        return `<aside class="callout callout--${name}"><p class="callout__title">${TITLES[name][env.lang]}</p>\n`
      },
    })
  }
}
