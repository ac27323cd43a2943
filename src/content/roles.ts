/**
 * Pages by role, not by id: the app finds the home page, the footer pages and the page that
 * introduces the values through the `role` in a page's front matter, so any handbook's file names
 * work. Kept apart from schema.ts so importing it does not pull zod into the browser bundle.
 */
export const PAGE_ROLES = ['home', 'process-model', 'values', 'about', 'privacy', 'accessibility'] as const
export type PageRole = (typeof PAGE_ROLES)[number]

/** Role → id of the page that has it (each role at most once; the content check sees to that). */
export type PageRoles = Partial<Record<PageRole, string>>

/** Pages linked from the footer of every screen, in the footer's order; each has a short path. */
export const FOOTER_ROLES = ['about', 'accessibility', 'privacy'] as const satisfies readonly PageRole[]

/** Pages read before the phases, in this order. */
export const LEADING_ROLES = ['home', 'process-model'] as const satisfies readonly PageRole[]

/**
 * The roles the app cannot do without, and why (the content check says so to the editor). The
 * values page is needed only by a handbook that has values: each value links back to it.
 */
export const REQUIRED_ROLES: Record<PageRole, ((has: { values: boolean }) => string | null) | null> = {
  home: () => 'the home page shows it',
  'process-model': null,
  values: ({ values }) => (values ? 'every value links back to it' : null),
  about: () => 'the footer links to it',
  privacy: () => 'the footer links to it',
  accessibility: () => 'the footer links to it',
}

/** The role → page map of a handbook's pages. */
export function rolesOf(pages: readonly { id: string; role?: PageRole }[]): PageRoles {
  const roles: PageRoles = {}
  for (const page of pages) if (page.role) roles[page.role] ??= page.id
  return roles
}

/** The role of the page `id`, if it has one. */
export function roleOf(roles: PageRoles, id: string): PageRole | undefined {
  return PAGE_ROLES.find((role) => roles[role] === id)
}

export const isFooterRole = (role: PageRole | undefined): boolean =>
  (FOOTER_ROLES as readonly (PageRole | undefined)[]).includes(role)

/**
 * The files in wizard/ say in their front matter what they are, so any file name works: the entry
 * check that recommends a starting phase, and the template of the description the wizard builds.
 * Each role belongs to exactly one file (the content check sees to that).
 */
export const WIZARD_ROLES = ['entry-check', 'description'] as const
export type WizardRole = (typeof WIZARD_ROLES)[number]
