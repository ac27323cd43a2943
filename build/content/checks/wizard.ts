/**
 * The app finds the entry check and the description template by the `role` in their front matter
 * (wizard/), never by file name: so each role belongs to exactly one file. The description is read
 * in the handbook at /handbuch/<its file name>, an address no page may have too.
 */
import { WIZARD_ROLES, type WizardRole } from '../../../src/content/roles.ts'
import { contentPath } from '../../../src/content/routes.ts'
import type { CheckedDoc } from '../check.ts'

type Fail = (doc: CheckedDoc, field: string, message: string) => void

const NEEDED_FOR: Record<WizardRole, string> = {
  'entry-check': 'every new project starts with it',
  description: "the wizard's questions fill its sections",
}

export interface WizardInput {
  /** The German wizard files: the leading language holds the data, English must match it. */
  wizard: readonly CheckedDoc[]
  /** A wizard file whose front matter is broken may carry the missing role: its own error says so. */
  wizardBroken: boolean
  /** Where the wizard files live, for the message about a role no file has. */
  wizardFolder: string
  pages: readonly CheckedDoc[]
}

export function checkWizard(
  input: WizardInput,
  fail: Fail,
  failAt: (file: string, field: string, message: string) => void,
): void {
  const owner = new Map<string, string>()
  for (const doc of input.wizard) {
    const role: WizardRole = doc.data.role
    const other = owner.get(role)
    if (other)
      fail(doc, 'role', `the role ${role} is already given to ${other}; a handbook has one file with it`)
    else owner.set(role, doc.file)
  }
  if (!input.wizardBroken) {
    for (const role of WIZARD_ROLES) {
      if (!owner.has(role))
        failAt(
          input.wizardFolder,
          'role',
          `no file in wizard/ has role: ${role}; ${NEEDED_FOR[role]} (add "role: ${role}" to one file)`,
        )
    }
  }
  const template = input.wizard.find((d) => d.data.role === 'description')
  const page = template && input.pages.find((p) => p.id === template.id)
  if (template && page)
    fail(
      template,
      'file name',
      `the description is read at ${contentPath('page', template.id)}, which is also the address of ${page.file}; rename one of the two files`,
    )
}
