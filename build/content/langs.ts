import { existsSync, readdirSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { LANGS, type Lang } from '../../src/content/codes.ts'
import type { ContentError } from './errors.ts'

/** A language folder is named by the two-letter code of its language (ISO 639-1): de/, en/, fr/ … */
const LANGUAGE_FOLDER = /^[a-z]{2}$/

/** The names of the UI languages, for messages to editors. */
export const LANGUAGE_NAMES: Record<Lang, string> = { de: 'German', en: 'English' }

/** "German", "German and English", "German, English and French". */
export function languageList(langs: readonly Lang[]): string {
  const names = langs.map((lang) => LANGUAGE_NAMES[lang])
  return names.length < 2
    ? (names[0] ?? 'no language')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * What a developer does to give the app a new UI language, named in the error for a folder the app
 * has no texts for. After these, the type-check names every table keyed by language that still
 * lacks the code (language names, number words, callout labels …), so the list stays short;
 * tests/unit/content/langs.test.ts checks that these places exist and hold English.
 */
export const ADD_UI_LANGUAGE = (code: string): string[] => [
  `add '${code}' to LANGS in src/content/codes.ts`,
  `write src/app/messages/${code}.ts and tools-${code}.ts (the English ones show what they gather)`,
  `register both in the loaders of src/app/i18n.ts`,
  `declare 'virtual:handbook/${code}/site' and '…/site-tools' in src/env.d.ts`,
  `then \`npx vue-tsc --build\` names each table that still needs a '${code}' entry`,
]

export interface ContentLangs {
  /**
   * The content languages: the language folders of the handbook that the app has UI texts for,
   * the leading language first. The leading language holds the data every other language must
   * match, and its documents stand in for missing translations: German where there is a German
   * folder, else the first folder in alphabetical order.
   */
  langs: Lang[]
  /** One per language folder the app has no UI texts for, or one when there is no language folder. */
  errors: ContentError[]
}

/** The languages of the handbook under `root`: one folder each, named by the language's code. */
export function readLangs(root: string, displayBase = root): ContentLangs {
  const folders = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && LANGUAGE_FOLDER.test(entry.name))
        .map((entry) => entry.name)
        .sort()
    : []
  const shown = relative(displayBase, root) || root
  const isUiLang = (code: string): code is Lang => (LANGS as readonly string[]).includes(code)
  const errors: ContentError[] = folders
    .filter((code) => !isUiLang(code))
    .map((code) => ({
      file: `${shown}/${code}`,
      field: 'folder',
      message: `the app has no UI texts for '${code}' (it has ${LANGS.join(', ')}); remove the folder, or add the language to the app: ${ADD_UI_LANGUAGE(code).join('; ')}`,
    }))
  const langs = folders.filter(isUiLang)
  if (folders.length === 0) {
    errors.push({
      file: shown,
      field: 'folder',
      message: `has no language folder; the files of each language go in a folder named by its code (${LANGS.map((l) => `${l}/`).join(', ')})`,
    })
  }
  const leading = langs.includes('de') ? 'de' : langs[0]
  return { langs: leading ? [leading, ...langs.filter((l) => l !== leading)] : [], errors }
}

/**
 * The handbook folder everything reads (build, dev server, preview, content check): the environment
 * variable HANDBOOK_DIR (absolute, or relative to the project), else handbook-content. So one app builds any handbook.
 */
export function handbookRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(projectRoot, env.HANDBOOK_DIR || 'handbook-content')
}
