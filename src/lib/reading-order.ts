/**
 * The reading order of the handbook, which "previous" and "next" on every page follow:
 * 1. the home page and the process model (found by role),
 * 2. each phase followed by its steps (in the phase's order),
 * 3. the formats, then the project description template,
 * 4. the remaining pages by their `order`, the values right after the page with role `values`,
 * 5. the glossary.
 */
import type { Outline } from '@/content/parts'
import { LEADING_ROLES, roleOf, type PageRole } from '@/content/roles'
import { GLOSSARY_PATH, contentPath } from '@/content/routes'

export interface ReadingEntry {
  /** `kind:id`, or `glossary` for the glossary page. */
  key: string
  title: string
  path: string
}

export function readingOrder(handbook: Outline, glossaryTitle: string): ReadingEntry[] {
  const roleOfPage = (id: string) => roleOf(handbook.roles, id)
  const entry = (kind: 'page' | 'phase' | 'format' | 'step' | 'value', id: string, title: string) => ({
    key: `${kind}:${id}`,
    title,
    path: contentPath(kind, id, kind === 'page' ? roleOfPage(id) : undefined),
  })
  const leading = (id: string) =>
    (LEADING_ROLES as readonly (PageRole | undefined)[]).includes(roleOfPage(id))
  const pages = (ids: (id: string) => boolean) =>
    handbook.pages.filter((p) => ids(p.id)).sort((a, b) => a.order - b.order)
  const template = handbook.descriptionTemplate
  return [
    ...LEADING_ROLES.flatMap((role) => handbook.pages.filter((p) => p.id === handbook.roles[role])).map((p) =>
      entry('page', p.id, p.title),
    ),
    ...[...handbook.phases]
      .sort((a, b) => a.number - b.number)
      .flatMap((phase) => [
        entry('phase', phase.id, phase.title),
        ...handbook.steps
          .filter((s) => s.phase === phase.number)
          .sort((a, b) => a.order - b.order)
          .map((s) => entry('step', s.id, s.title)),
      ]),
    ...[...handbook.formats].sort((a, b) => a.order - b.order).map((f) => entry('format', f.id, f.title)),
    ...(template ? [entry('page', template.id, template.title)] : []),
    ...pages((id) => !leading(id)).flatMap((p) => [
      entry('page', p.id, p.title),
      ...(p.id === handbook.roles.values
        ? [...handbook.values].sort((a, b) => a.order - b.order).map((v) => entry('value', v.id, v.title))
        : []),
    ]),
    { key: 'glossary', title: glossaryTitle, path: GLOSSARY_PATH },
  ]
}

/** The entries before and after `key` in the reading order (null at either end or when unknown). */
export function neighbours(
  order: readonly ReadingEntry[],
  key: string,
): { previous: ReadingEntry | null; next: ReadingEntry | null } {
  const i = order.findIndex((e) => e.key === key)
  if (i === -1) return { previous: null, next: null }
  return { previous: order[i - 1] ?? null, next: order[i + 1] ?? null }
}
