import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatError } from '../../../build/content/errors'
import { loadHandbook } from '../../../build/content/load'

const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'new-handbook.ts')
/** Runs `npm run new-handbook -- dir` as npm would (through tsx); returns its exit code. */
function newHandbook(dir: string): number {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, dir], { stdio: 'pipe' })
    return 0
  } catch (error) {
    return (error as { status: number }).status
  }
}

/** Starting tsx in a child process takes seconds on a busy machine. */
const SLOW = { timeout: 30_000 }

describe('npm run new-handbook', () => {
  let temp = ''
  afterEach(() => rmSync(temp, { recursive: true, force: true }))

  it('writes a handbook that passes the content check with no error and no warning', SLOW, () => {
    temp = mkdtempSync(join(tmpdir(), 'new-handbook-'))
    const dir = join(temp, 'mein-handbuch')
    expect(newHandbook(dir)).toBe(0)
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
    expect(newHandbook(temp)).toBe(1)
    expect(readdirSync(temp)).toEqual(['notes.txt'])
  })
})
