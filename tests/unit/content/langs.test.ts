/**
 * Issue 20: the content languages are the language folders of the handbook. A handbook in one
 * language passes with no translation problems; a folder the app has no UI texts for fails once.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ADD_UI_LANGUAGE, handbookRoot, languageList, readLangs } from '../../../build/content/langs'
import { LANGS } from '../../../src/content/codes'
import { handbookContent } from '../../../build/content/vite-plugin'
import { formatError } from '../../../build/content/errors'
import { FOUR_PHASES, loadFixture, type Editor } from './fixture'

const four = (edit?: (f: Editor) => void) => loadFixture(edit, true, FOUR_PHASES)
const FRENCH =
  "handbook-content/fr › folder: the app has no UI texts for 'fr' (it has de, en); remove the folder, or add " +
  "the language to the app: add 'fr' to LANGS in src/content/codes.ts; write src/app/messages/fr.ts and " +
  'tools-fr.ts (the English ones show what they gather); register both in the loaders of src/app/i18n.ts; ' +
  "declare 'virtual:handbook/fr/site' and '…/site-tools' in src/env.d.ts; then `npx vue-tsc --build` names " +
  "each table that still needs a 'fr' entry"

describe('a handbook in German only', () => {
  it('passes the check with no error and no warning, and shows its own documents', () => {
    const { langs, messages, warnings, handbooks, sites } = four((f) => f.remove('en'))
    expect(langs).toEqual(['de'])
    expect(messages).toEqual([])
    expect(warnings).toEqual([])
    expect(handbooks.de.phases.map((p) => p.title)).toEqual(['Ankommen', 'Verstehen', 'Bauen', 'Betreiben'])
    expect(handbooks.de.methods.every((m) => !m.fallback)).toBe(true)
    expect(sites.de?.publisher).toBe('Kreisverwaltung Nordheide')
  })

  it('still checks its data, once', () => {
    const { messages } = four((f) => {
      f.remove('en')
      f.replace('de/wizard/startcheck.md', 'phase: 2', 'phase: 6')
    })
    expect(messages).toEqual([
      'handbook-content/de/wizard/startcheck.md › rules[2].phase: the phase 6 does not exist; this handbook has phases 1–4',
    ])
  })

  it('needs its site file', () => {
    const { messages } = four((f) => {
      f.remove('en')
      f.remove('de/site.md')
    })
    expect(messages).toEqual([
      'handbook-content/de/site.md › file: is missing; every handbook needs one (name, publisher, tagline, colours, words, roles)',
    ])
  })
})

describe('the term list of a handbook in German only', () => {
  it('lists German wordings only, and the check still asks for them', () => {
    const { messages, warnings } = loadFixture((f) => {
      f.remove('en')
      f.replace('terms.md', '    en: { use: "testers", avoid: ["test persons"] }\n', '')
      f.replace('terms.md', '    en: { use: "partners", avoid: [] }\n', '')
      f.replace('de/methods/baumanalyse.md', '## Tipps\nText.', '## Tipps\nFragen Sie die Testpersonen.')
    })
    expect(messages).toEqual([])
    expect(warnings.map(formatError)).toEqual([
      'warning: handbook-content/de/methods/baumanalyse.md › body: uses "Testpersonen"; the term list (handbook-content/terms.md) prefers "Tester:innen"',
    ])
  })
})

describe('a handbook in English only', () => {
  it('passes, with English as the leading language', () => {
    const { langs, messages, handbooks, sites } = four((f) => f.remove('de'))
    expect(langs).toEqual(['en'])
    expect(messages).toEqual([])
    expect(handbooks.en.phases.map((p) => p.title)).toEqual([
      'Arriving',
      'Understanding',
      'Building',
      'Running',
    ])
    expect(sites.en?.words.measure.plural).toBe('projects')
  })

  it('checks its method cards against the English headings and its data in English', () => {
    const { messages } = four((f) => {
      f.remove('de')
      f.replace('en/methods/check-in-runde.md', '## Practical tips', '## Tipps')
      f.replace('en/wizard/startcheck.md', 'phase: 2', 'phase: 6')
    })
    expect(messages).toEqual([
      'handbook-content/en/methods/check-in-runde.md › body: needs exactly these ## sections in this order (named in handbook-content/en/site.md › methodSections): In short / Practical tips / Variants / For the administration / How it went; found: In short / Tipps / Variants / For the administration / How it went',
      'handbook-content/en/wizard/startcheck.md › rules[2].phase: the phase 6 does not exist; this handbook has phases 1–4',
    ])
  })
})

describe('German and English', () => {
  it('still compare every English file with its German one', () => {
    const { langs, messages } = four((f) => f.remove('en/methods/check-in-runde.md'))
    expect(langs).toEqual(['de', 'en'])
    expect(messages).toEqual([
      'handbook-content/de/methods/check-in-runde.md › file: has no English version (expected handbook-content/en/methods/check-in-runde.md)',
    ])
  })
})

describe('a language the app has no UI texts for', () => {
  it('fails with one error that names the folder and the UI languages', () => {
    const { langs, messages } = four((f) => f.copy('en', 'fr'))
    expect(langs).toEqual(['de', 'en'])
    expect(messages).toEqual([FRENCH])
  })

  it('is the only error when it is the only folder', () => {
    const { langs, messages } = four((f) => {
      f.copy('en', 'fr')
      f.remove('de')
      f.remove('en')
    })
    expect(langs).toEqual([])
    expect(messages).toEqual([FRENCH])
  })
})

describe('the places the message names for a new UI language', () => {
  // If the app learns its languages elsewhere one day, the message must say so: each place it names
  // is checked here with English, a language the app has.
  const project = resolve(import.meta.dirname, '..', '..', '..')
  const source = (file: string) => readFileSync(join(project, file), 'utf8')

  it('are where the app has its English', () => {
    expect(LANGS).toContain('en')
    expect(existsSync(join(project, 'src/app/messages/en.ts'))).toBe(true)
    expect(existsSync(join(project, 'src/app/messages/tools-en.ts'))).toBe(true)
    const loaders = /\nconst loaders\b([\s\S]*?)\n\}/.exec(source('src/app/i18n.ts'))?.[1]
    expect(loaders).toMatch(
      /\ben: \{ shell: \(\) => import\('\.\/messages\/en'\), tools: \(\) => import\('\.\/messages\/tools-en'\) \}/,
    )
    const declared = source('src/env.d.ts')
    expect(declared).toContain("declare module 'virtual:handbook/en/site'")
    expect(declared).toContain("declare module 'virtual:handbook/en/site-tools'")
  })

  it('are all named, with the code filled in', () => {
    const steps = ADD_UI_LANGUAGE('fr')
    for (const place of ['src/content/codes.ts', 'src/app/messages/fr.ts', 'src/app/i18n.ts', 'src/env.d.ts'])
      expect(steps.join('; ')).toContain(place)
  })
})

describe('the language folders', () => {
  it('must be there', () => {
    const { messages } = four((f) => {
      f.remove('de')
      f.remove('en')
    })
    expect(messages).toEqual([
      'handbook-content › folder: has no language folder; the files of each language go in a folder named by its code (de/, en/)',
    ])
  })

  it('are the two-letter folders, German first; other folders are not languages', () => {
    const root = mkdtempSync(join(tmpdir(), 'langs-'))
    try {
      cpSync(join(FOUR_PHASES, 'en'), join(root, 'en'), { recursive: true })
      cpSync(join(FOUR_PHASES, 'de'), join(root, 'de'), { recursive: true })
      cpSync(join(FOUR_PHASES, 'de', 'pages'), join(root, 'images'), { recursive: true })
      expect(readLangs(root)).toEqual({ langs: ['de', 'en'], errors: [] })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('are named in the check summary', () => {
    expect(languageList(['de'])).toBe('German')
    expect(languageList(['de', 'en'])).toBe('German and English')
  })
})

describe('HANDBOOK_DIR', () => {
  const project = resolve(import.meta.dirname, '..', '..', '..')
  const copy = mkdtempSync(join(tmpdir(), 'handbook-de-'))
  cpSync(join(FOUR_PHASES, 'de'), join(copy, 'de'), { recursive: true })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('names the handbook folder, relative to the project or absolute; handbook-content by default', () => {
    expect(handbookRoot(project, {})).toBe(join(project, 'handbook-content'))
    expect(handbookRoot(project, { HANDBOOK_DIR: 'tests/fixtures/x' })).toBe(
      join(project, 'tests/fixtures/x'),
    )
    expect(handbookRoot(project, { HANDBOOK_DIR: copy })).toBe(copy)
  })

  it('is the handbook the content check checks, and its summary names the languages', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/check-content.ts'], {
      cwd: project,
      env: { ...process.env, HANDBOOK_DIR: copy },
      encoding: 'utf8',
    })
    expect(out).toContain('Handbook content is valid, checked in German: 5 pages, 4 phases')
  }, 60_000)

  it('is the handbook the build serves: only its languages have parts to load', async () => {
    const plugin = handbookContent({ root: copy })
    const hook = <T>(h: unknown) => (typeof h === 'function' ? h : (h as { handler: T }).handler) as T
    hook<(c: { command: string }) => void>(plugin.configResolved)({ command: 'build' })
    const load = hook<(id: string) => string>(plugin.load).bind({ error: (e: string) => expect.fail(e) })
    expect(load('\0virtual:handbook/langs')).toBe('export default ["de"]')
    const loaders = load('\0virtual:handbook/loaders')
    expect(loaders).toContain("de: {outline: () => import('virtual:handbook/de/outline')")
    expect(loaders).not.toContain('virtual:handbook/en/')
  })
})
