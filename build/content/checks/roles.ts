/**
 * The app finds pages by role (home page, footer pages, the values page), never by file name: so
 * each role belongs to one page at most, and every role the app links to must be given to a page.
 */
import { PAGE_ROLES, REQUIRED_ROLES } from '../../../src/content/roles.ts'
import type { CheckedDoc } from '../check.ts'

type Fail = (doc: CheckedDoc, field: string, message: string) => void

export interface RoleInput {
  /** The pages of the leading language: it holds the data, every other language must match it. */
  pages: readonly CheckedDoc[]
  hasValues: boolean
  /** A page whose front matter is broken may carry the missing role: its own error says what to fix. */
  pagesBroken: boolean
  /** Where the pages live, for the message about a role no page has. */
  pageFolder: string
}

export function checkRoles(
  input: RoleInput,
  fail: Fail,
  failAt: (file: string, field: string, message: string) => void,
): void {
  const owner = new Map<string, string>()
  for (const page of input.pages) {
    const role: string | undefined = page.data.role
    if (!role) continue
    const other = owner.get(role)
    if (other) fail(page, 'role', `the role ${role} is already given to ${other}; a role belongs to one page`)
    else owner.set(role, page.file)
  }
  if (input.pagesBroken) return
  for (const role of PAGE_ROLES) {
    const reason = REQUIRED_ROLES[role]?.({ values: input.hasValues })
    if (reason && !owner.has(role))
      failAt(
        input.pageFolder,
        'role',
        `no page has role: ${role}; ${reason} (add "role: ${role}" to one page)`,
      )
  }
}
