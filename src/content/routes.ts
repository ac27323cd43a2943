/**
 * Where each kind of content lives in the app. Used by the build (to turn `method:id` links into
 * paths) and by the router, so a path is written in exactly one place. Paths are German in both
 * languages.
 */
export const LINK_KINDS = ['page', 'phase', 'format', 'step', 'method', 'term', 'value'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

/** Pages that have a short path of their own (linked from the footer). */
export const TOP_LEVEL_PAGES: Record<string, string> = {
  start: '/',
  ueber: '/ueber',
  datenschutz: '/datenschutz',
  barrierefreiheit: '/barrierefreiheit',
}

/** The glossary: one page, each term an anchor on it. */
export const GLOSSARY_PATH = '/handbuch/glossar'

export function contentPath(kind: LinkKind, id: string): string {
  switch (kind) {
    case 'page':
      return TOP_LEVEL_PAGES[id] ?? `/handbuch/${id}`
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
