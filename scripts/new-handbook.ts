/**
 * `npm run new-handbook -- DIR`: writes a minimal handbook that passes the content check into DIR
 * (German and English, two phases, the pages the app needs, one closing step per phase, the entry
 * check, the description template and one method card). The files are copied from
 * scripts/starter-handbook/; handbook-content/README.md explains each of them.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'

const STARTER = join(import.meta.dirname, 'starter-handbook')
const PROJECT = resolve(import.meta.dirname, '..')
const dir = process.argv[2]

if (!dir) {
  console.error('Usage: npm run new-handbook -- DIR   (DIR must be new or empty)')
  process.exit(2)
}
// npm runs a script in the project folder; INIT_CWD is where the user typed the command, so DIR
// means what it meant there.
const target = resolve(process.env.INIT_CWD ?? process.cwd(), dir)
if (existsSync(target) && readdirSync(target).length > 0) {
  console.error(`${target} is not empty; nothing was written. Choose a new or empty folder.`)
  process.exit(1)
}
cpSync(STARTER, target, { recursive: true })

// HANDBOOK_DIR is read relative to the project folder (build/content/langs.ts): a handbook inside
// it is named from there, any other by its absolute path, so the commands work as printed.
const inProject = relative(PROJECT, target)
const handbookDir = shellWord(inProject.startsWith('..') || isAbsolute(inProject) ? target : inProject)
console.log(
  `A new handbook is in ${target}\n` +
    `Check it and see it in the app, from the app's folder:\n` +
    `  cd ${shellWord(PROJECT)}\n` +
    `  HANDBOOK_DIR=${handbookDir} npm run content:check\n` +
    `  HANDBOOK_DIR=${handbookDir} npm run dev\n` +
    'handbook-content/README.md explains every file.',
)

/** A path as one word of a shell command: quoted when it holds a space or another special character. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`
}
