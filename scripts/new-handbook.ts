/**
 * `npm run new-handbook -- DIR`: writes a minimal handbook that passes the content check into DIR
 * (German and English, two phases, the pages the app needs, one closing step per phase, the entry
 * check, the description template and one method card). The files are copied from
 * scripts/starter-handbook/; handbook-content/README.md explains each of them.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const STARTER = join(import.meta.dirname, 'starter-handbook')
const dir = process.argv[2]

if (!dir) {
  console.error('Usage: npm run new-handbook -- DIR   (DIR must be new or empty)')
  process.exit(2)
}
const target = resolve(dir)
if (existsSync(target) && readdirSync(target).length > 0) {
  console.error(`${dir} is not empty; nothing was written. Choose a new or empty folder.`)
  process.exit(1)
}
cpSync(STARTER, target, { recursive: true })
// HANDBOOK_DIR is read relative to the project folder.
const fromProject = relative(join(import.meta.dirname, '..'), target)
console.log(
  `A new handbook is in ${dir}. Check it with\n  HANDBOOK_DIR=${fromProject} npm run content:check\n` +
    `and see it in the app with\n  HANDBOOK_DIR=${fromProject} npm run dev\n` +
    'handbook-content/README.md explains every file.',
)
