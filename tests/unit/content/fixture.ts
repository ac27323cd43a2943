import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatError } from '../../../build/content/errors'
import { loadHandbook } from '../../../build/content/load'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')
/** The small valid content tree most tests edit: two phases, Berlin's ids. */
export const CONTENT = join(FIXTURES, 'content')
/**
 * Another administration's handbook: four phases with other ids, three formats, two values, twelve
 * methods and its own words ("Projekt", "Standortbestimmung"), in German and English.
 */
export const FOUR_PHASES = join(FIXTURES, 'handbook-four-phases')

/**
 * A copy of a small valid content tree (tests/fixtures/content unless `fixture` names another),
 * changed by `edit` and then loaded exactly as the build loads the real handbook. Returns the error
 * lines.
 */
export function loadFixture(edit: (write: Editor) => void = () => {}, strict = true, fixture = CONTENT) {
  const root = mkdtempSync(join(tmpdir(), 'content-'))
  try {
    cpSync(fixture, join(root, 'handbook-content'), { recursive: true })
    const base = join(root, 'handbook-content')
    edit({
      replace(file, from, to) {
        const path = join(base, file)
        const text = readFileSync(path, 'utf8')
        if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${from}`)
        writeFileSync(path, text.replace(from, to))
      },
      remove(file) {
        rmSync(join(base, file), { recursive: true })
      },
      copy(from, to) {
        cpSync(join(base, from), join(base, to), { recursive: true })
      },
      write(file, text) {
        writeFileSync(join(base, file), text)
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
  /** Removes a file or a folder (`en` removes the English side). */
  remove(file: string): void
  /** Creates (or overwrites) a file. */
  write(file: string, text: string): void
  /** Copies a file or a folder (`en` to `fr` adds a French side). */
  copy(from: string, to: string): void
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
