import { isFooterRole, type PageRole } from './roles.ts'

/**
 * Where each kind of content lives in the app. Used by the build (to turn `method:id` links into
 * paths) and by the router, so a path is written in exactly one place. Paths are German in both
 * languages.
 */
export const LINK_KINDS = ['page', 'phase', 'format', 'step', 'method', 'term', 'value'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

/**
 * A page's path depends on its role, not its id: the home page is `/`, a footer page has a short
 * path of its own (`/ueber`, whatever the handbook calls it), every other page is under /handbuch.
 */
export function pagePath(id: string, role?: PageRole): string {
  if (role === 'home') return '/'
  return isFooterRole(role) ? `/${id}` : `/handbuch/${id}`
}

/** The glossary: one page, each term an anchor on it. */
export const GLOSSARY_PATH = '/handbuch/glossar'

/** The path of a document; for a page, pass its role (see `pagePath`). */
export function contentPath(kind: LinkKind, id: string, role?: PageRole): string {
  switch (kind) {
    case 'page':
      return pagePath(id, role)
    case 'phase':
      return `/handbuch/phasen/${id}`
    case 'format':
      return `/handbuch/formate/${id}`
    case 'step':
      return `/handbuch/schritte/${id}`
    case 'value':
      return `/handbuch/werte/${id}`
    case 'term':
      return `${GLOSSARY_PATH}#${id}`
    case 'method':
      return `/methoden/${id}`
  }
}
