/**
 * `npm run content:check`: validates every file in handbook-content/ exactly as the build does,
 * and lists all problems at once.
 */
import { resolve } from 'node:path'
import { formatError } from '../build/content/errors.ts'
import { loadHandbook } from '../build/content/load.ts'

const root = resolve(import.meta.dirname, '..', 'handbook-content')
const { handbooks, errors, warnings } = loadHandbook(root, {
  strictTranslations: true,
  displayBase: resolve(root, '..'),
})

if (warnings.length > 0) {
  console.warn(`The handbook content has ${warnings.length} warning(s); they do not stop the build:\n`)
  for (const warning of warnings) console.warn(`  ${formatError(warning)}`)
  console.warn('')
}

if (errors.length > 0) {
  console.error(`The handbook content has ${errors.length} problem(s):\n`)
  for (const error of errors) console.error(`  ${formatError(error)}`)
  process.exit(1)
}
const { de } = handbooks
console.log(
  `Handbook content is valid: ${de.pages.length} pages, ${de.phases.length} phases, ${de.formats.length} formats, ` +
    `${de.steps.length} wizard steps, ${de.methods.length} methods, ${de.terms.length} glossary terms, in German and English.`,
)
