/**
 * `npm run content:check`: validates every file in handbook-content/ (or the folder in HANDBOOK_DIR)
 * exactly as the build does, and lists all problems at once.
 */
import { resolve } from 'node:path'
import { formatError } from '../build/content/errors.ts'
import { handbookRoot, languageList } from '../build/content/langs.ts'
import { loadHandbook } from '../build/content/load.ts'

const root = handbookRoot(resolve(import.meta.dirname, '..'))
const { langs, handbooks, errors, warnings } = loadHandbook(root, {
  strictTranslations: true,
  displayBase: resolve(root, '..'),
})

if (warnings.length > 0) {
  console.warn(`${warnings.length} warning(s); they do not fail the check:\n`)
  for (const warning of warnings) console.warn(`  ${formatError(warning)}`)
  console.warn('')
}

if (errors.length > 0) {
  console.error(`The handbook content (${languageList(langs)}) has ${errors.length} problem(s):\n`)
  for (const error of errors) console.error(`  ${formatError(error)}`)
  process.exit(1)
}
const book = handbooks[langs[0]]
console.log(
  `Handbook content is valid, checked in ${languageList(langs)}: ${book.pages.length} pages, ${book.phases.length} phases, ` +
    `${book.formats.length} formats, ${book.steps.length} wizard steps, ${book.methods.length} methods, ${book.agendas.length} agenda templates, ` +
    `${book.terms.length} glossary terms.`,
)
