import type { Env } from 'markdown-it'
import type { Lang } from '../../../src/content/schema.ts'
import type { LinkKind } from '../../../src/content/routes.ts'

/** What one render call collects, besides the HTML. */
export interface RenderEnv extends Env {
  lang: Lang
  links: { kind: LinkKind; id: string }[]
  /** Links that are neither internal (`kind:id`), external (`https://`) nor in-page (`#…`). */
  badLinks: string[]
}

export function createEnv(lang: Lang): RenderEnv {
  return { lang, links: [], badLinks: [] }
}
