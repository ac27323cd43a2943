import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatError } from '../../../build/content/errors'
import { loadHandbook } from '../../../build/content/load'

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'content')

/**
 * A copy of the small valid content tree in tests/fixtures/content, changed by `edit` and then
 * loaded exactly as the build loads the real handbook. Returns the error lines.
 */
export function loadFixture(edit: (write: Editor) => void = () => {}, strict = true) {
  const root = mkdtempSync(join(tmpdir(), 'content-'))
  try {
    cpSync(FIXTURE, join(root, 'handbook-content'), { recursive: true })
    const base = join(root, 'handbook-content')
    edit({
      replace(file, from, to) {
        const path = join(base, file)
        const text = readFileSync(path, 'utf8')
        if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${from}`)
        writeFileSync(path, text.replace(from, to))
      },
      remove(file) {
        rmSync(join(base, file))
      },
    })
    const result = loadHandbook(base, { strictTranslations: strict, displayBase: root })
    return { ...result, messages: result.errors.map(formatError) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

export interface Editor {
  replace(file: string, from: string, to: string): void
  remove(file: string): void
}

/** The real handbook in handbook-content/, loaded as the build loads it. */
export function loadRealHandbook() {
  return loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
    strictTranslations: true,
  })
}

/** The method cards added for issue 19, with the same file name in both languages. */
export const ISSUE_19_CARDS = [
  'journey-map',
  'service-blueprint',
  'lautes-denken-test',
  'kontextinterview',
  'affinitaetsdiagramm',
  'hoffnungen-und-befuerchtungen',
  'was-na-und-was-nun',
  'troika-beratung',
  'lean-coffee',
  'fishbowl',
]
