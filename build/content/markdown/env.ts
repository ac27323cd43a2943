import type { Env } from 'markdown-it'
import type { Lang } from '../../../src/content/schema.ts'
import type { LinkKind } from '../../../src/content/routes.ts'
import type { PageRoles } from '../../../src/content/roles.ts'

/** What one render call collects, besides the HTML. */
export interface RenderEnv extends Env {
  lang: Lang
  links: { kind: LinkKind; id: string }[]
  /** Links that are neither internal (`kind:id`), external (`https://`) nor in-page (`#…`). */
  badLinks: string[]
  /** The handbook's pages by role: a link to a footer page goes to its short path. */
  pageRoles: PageRoles
}

export function createEnv(lang: Lang, pageRoles: PageRoles = {}): RenderEnv {
  return { lang, links: [], badLinks: [], pageRoles }
}
