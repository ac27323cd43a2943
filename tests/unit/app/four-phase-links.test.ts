/**
 * Issue 20: in a handbook with other ids (four phases, wizard files named startcheck.md and
 * steckbrief.md) every internal link leads to something: the links in its texts, previous/next, the
 * search results and the handbook's index. Each path is resolved by the app's own routes, then checked
 * against the content that route shows, as the view does ("Seite nicht gefunden" otherwise).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { loadHandbook } from '../../../build/content/load'
import { routes } from '../../../src/app/router'
import { outlineOf } from '../../../src/content/parts'
import { isFooterRole, roleOf } from '../../../src/content/roles'
import { contentPath } from '../../../src/content/routes'
import type { Handbook } from '../../../src/content/schema'
import { readingOrder } from '../../../src/lib/reading-order'
import { searchDocs } from '../../../src/lib/search'

const { handbooks, errors } = loadHandbook(
  join(import.meta.dirname, '..', '..', 'fixtures', 'handbook-four-phases'),
  { strictTranslations: true },
)
const router = createRouter({ history: createMemoryHistory(), routes })

/** What the app shows at `path` in this handbook: null when it is "Seite nicht gefunden". */
function shows(book: Handbook, path: string): string | null {
  const to = router.resolve(path)
  const id = String(to.params.id ?? '')
  const roles = outlineOf(book).roles
  const has = (list: { id: string }[]) => list.some((d) => d.id === id)
  switch (to.name) {
    case 'page':
      if (has(book.pages)) return `page ${id}`
      return book.descriptionTemplate?.id === id ? `description ${id}` : null
    case 'footer-page':
      return has(book.pages) && isFooterRole(roleOf(roles, id)) ? `footer page ${id}` : null
    case 'phase':
      return has(book.phases) ? `phase ${id}` : null
    case 'format':
      return has(book.formats) ? `format ${id}` : null
    case 'step':
      return has(book.steps) ? `step ${id}` : null
    case 'value':
      return has(book.values) ? `value ${id}` : null
    case 'method':
      return has(book.methods) ? `method ${id}` : null
    case 'glossary': {
      const term = to.hash.slice(1)
      return !term || book.terms.some((t) => t.id === term) ? `glossary ${term}` : null
    }
    case 'not-found':
    case undefined:
      return null
    default:
      return String(to.name)
  }
}

/** Every internal link the handbook's content and the reader make. */
function links(book: Handbook): string[] {
  const bodies = [
    ...book.pages,
    ...book.phases,
    ...book.formats,
    ...book.values,
    ...book.steps,
    ...book.methods,
    ...book.terms,
    ...(book.entryCheck ? [book.entryCheck] : []),
    ...(book.descriptionTemplate ? [book.descriptionTemplate] : []),
  ].flatMap((doc) => [...doc.html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!))
  const index = [
    ...book.phases.map((p) => contentPath('phase', p.id)),
    ...book.pages.map((p) => contentPath('page', p.id, p.role)),
    ...(book.descriptionTemplate ? [contentPath('page', book.descriptionTemplate.id)] : []),
  ]
  return [
    ...new Set([
      ...bodies,
      ...index,
      ...readingOrder(outlineOf(book), 'Glossar').map((e) => e.path),
      ...searchDocs(book).map((d) => d.path),
    ]),
  ]
}

describe('the four-phase handbook', () => {
  it('loads without errors', () => {
    expect(errors).toEqual([])
  })

  it.each(['de', 'en'] as const)('has no internal link to a missing page (%s)', (lang) => {
    const book = handbooks[lang]
    const all = links(book)
    // The description template (steckbrief.md) is read at the page path of its id.
    expect(all).toContain('/handbuch/steckbrief')
    expect(all.filter((path) => shows(book, path) === null)).toEqual([])
    expect(shows(book, '/handbuch/steckbrief')).toBe('description steckbrief')
    expect(shows(book, '/handbuch/massnahmenbeschreibung')).toBeNull()
  })
})
