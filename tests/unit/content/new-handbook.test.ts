import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { formatError } from '../../../build/content/errors'
import { loadHandbook } from '../../../build/content/load'

const PROJECT = join(import.meta.dirname, '..', '..', '..')
const SCRIPT = join(PROJECT, 'scripts', 'new-handbook.ts')
// By its file, so that the script also starts from a folder outside the project.
const TSX = pathToFileURL(join(PROJECT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
/**
 * Runs `npm run new-handbook -- dir` as npm would (through tsx, in the project folder, with the
 * user's folder in INIT_CWD); returns its exit code and what it printed.
 */
function newHandbook(dir: string, where: { cwd?: string; initCwd?: string } = {}) {
  const env = { ...process.env, INIT_CWD: where.initCwd }
  if (!where.initCwd) delete env.INIT_CWD
  try {
    const stdout = execFileSync(process.execPath, ['--import', TSX, SCRIPT, dir], {
      stdio: 'pipe',
      cwd: where.cwd ?? PROJECT,
      env,
      encoding: 'utf8',
    })
    return { status: 0, stdout }
  } catch (error) {
    return { status: (error as { status: number }).status, stdout: '' }
  }
}

/** The indented command lines the script prints, to run as a user would paste them. */
const commands = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('  '))
    .map((line) => line.trim())

/** Starting tsx in a child process takes seconds on a busy machine. */
const SLOW = { timeout: 30_000 }

describe('npm run new-handbook', () => {
  let temp = ''
  afterEach(() => rmSync(temp, { recursive: true, force: true }))

  it('writes a handbook that passes the content check with no error and no warning', SLOW, () => {
    temp = mkdtempSync(join(tmpdir(), 'new-handbook-'))
    const dir = join(temp, 'mein-handbuch')
    expect(newHandbook(dir).status).toBe(0)
    const { errors, warnings, handbooks, sites } = loadHandbook(dir, { strictTranslations: true })
    expect([...errors, ...warnings].map(formatError)).toEqual([])
    for (const lang of ['de', 'en'] as const) {
      const book = handbooks[lang]
      expect(book.phases.map((p) => p.number)).toEqual([1, 2])
      // One step per phase, and it is the phase's closing questions, with a way to stop.
      expect(book.steps.map((s) => [s.phase, s.closing])).toEqual([
        [1, true],
        [2, true],
      ])
      for (const step of book.steps)
        expect(step.questions.flatMap((q) => q.options ?? []).map((o) => o.decision)).toContain('stop')
      expect(book.pages.map((p) => p.role).sort()).toEqual(['about', 'accessibility', 'home', 'privacy'])
      expect(book.methods).toHaveLength(1)
      expect(book.methods[0]!.source?.licence).toBe('CC BY-NC 3.0')
      expect(book.entryCheck?.rules.at(-1)?.when).toEqual({})
    }
    expect(sites.de?.name).toBe('Handbuch Neu')
    expect(sites.en?.name).toBe('New Handbook')
  })

  it('refuses to write into a folder that is not empty', SLOW, () => {
    temp = mkdtempSync(join(tmpdir(), 'new-handbook-'))
    writeFileSync(join(temp, 'notes.txt'), 'mine')
    expect(newHandbook(temp).status).toBe(1)
    expect(readdirSync(temp)).toEqual(['notes.txt'])
  })
  it('takes DIR from the folder the user is in, and prints the absolute path', SLOW, () => {
    temp = mkdtempSync(join(tmpdir(), 'new-handbook-'))
    // Through npm: the script runs in the project folder, the user typed the command in temp.
    const viaNpm = newHandbook('mein-handbuch', { initCwd: temp })
    expect(viaNpm.status).toBe(0)
    expect(existsSync(join(temp, 'mein-handbuch', 'de', 'site.md'))).toBe(true)
    expect(existsSync(join(PROJECT, 'mein-handbuch'))).toBe(false)
    expect(viaNpm.stdout).toContain(`A new handbook is in ${join(temp, 'mein-handbuch')}\n`)
    // Straight through tsx, from another folder.
    expect(newHandbook('zweites', { cwd: temp }).status).toBe(0)
    expect(existsSync(join(temp, 'zweites', 'de', 'site.md'))).toBe(true)
  })

  it('prints the commands that check the new handbook, and they work as printed', { timeout: 60_000 }, () => {
    temp = mkdtempSync(join(tmpdir(), 'new handbook '))
    const dir = join(temp, "Anna's Handbuch")
    const { status, stdout } = newHandbook(dir)
    expect(status).toBe(0)
    const [cd, check, dev] = commands(stdout)
    expect(cd).toBe(`cd ${PROJECT}`)
    // A path with a space and a quote stays one word of the command.
    expect(check).toBe(`HANDBOOK_DIR='${dir.replace(/'/g, `'\\''`)}' npm run content:check`)
    expect(dev).toBe(check!.replace('content:check', 'dev'))
    const output = execFileSync('sh', ['-c', `${cd} && ${check}`], { cwd: tmpdir(), encoding: 'utf8' })
    expect(output).toContain('Handbook content is valid, checked in German and English')
  })

  it('names a handbook inside the project folder from there', SLOW, () => {
    temp = mkdtempSync(join(PROJECT, 'tests', 'new-handbook-'))
    const { stdout } = newHandbook(join(temp, 'meins'))
    expect(commands(stdout)[1]).toBe(`HANDBOOK_DIR=${relative(PROJECT, temp)}/meins npm run content:check`)
  })
})
