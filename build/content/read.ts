import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import matter from 'gray-matter'
import type { z } from 'zod'
import {
  KINDS,
  WIZARD_SCHEMAS,
  sampleSchema,
  siteSchema,
  type Kind,
  type Lang,
  type Site,
} from '../../src/content/schema.ts'
import { WIZARD_ROLES, type WizardRole } from '../../src/content/roles.ts'
import { describeIssue, zodErrors, type ContentError } from './errors.ts'
import { readLangs } from './langs.ts'

/** A content file after its front matter has been read and validated, before rendering. */
/** The folder a file sits in, or `site` for `<lang>/site.md` and `sample` for `<lang>/sample.md`. */
export type DocKind = Kind | 'wizard' | 'site' | 'sample'

export interface SourceDoc<T = Record<string, unknown>> {
  lang: Lang
  kind: DocKind
  id: string
  /** Path shown in messages, relative to the project (or to the fixture folder in tests). */
  file: string
  data: T
  body: string
}

/** Which file a document comes from, without its data. */
export type DocKey = Pick<SourceDoc, 'lang' | 'kind' | 'id' | 'file'>

export interface SourceTree {
  /** The content languages, the leading language first (see langs.ts). */
  langs: Lang[]
  docs: SourceDoc[]
  errors: ContentError[]
  /**
   * Files that exist but whose front matter failed (YAML or schema). Their errors are reported; the
   * checks across files use this list to stay silent about what depends on them (a link to the file,
   * its translation, the sections it feeds), so one mistake gives one error.
   */
  broken: DocKey[]
}

/** The schema of a file: fixed by its folder, or (in wizard/) chosen by its front matter. */
type SchemaOf = z.ZodType | ((data: Record<string, unknown>) => z.ZodType | ContentError)

function parseFile(
  file: string,
  raw: string,
  schemaOf: SchemaOf,
): { data?: Record<string, unknown>; body: string; errors: ContentError[] } {
  let parsed: matter.GrayMatterFile<string>
  try {
    // gray-matter caches by content; a fresh options object turns that off so edits are always seen.
    parsed = matter(raw, {})
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    return {
      body: '',
      errors: [{ file, field: 'front matter', message: `the YAML could not be read: ${reason}` }],
    }
  }
  if (Object.keys(parsed.data).length === 0) {
    return {
      body: parsed.content,
      errors: [
        {
          file,
          field: 'front matter',
          message: 'is missing; a file starts with fields between two --- lines',
        },
      ],
    }
  }
  const schema = typeof schemaOf === 'function' ? schemaOf(parsed.data) : schemaOf
  if (!('safeParse' in schema)) return { body: parsed.content, errors: [schema] }
  const result = schema.safeParse(parsed.data, { error: describeIssue, reportInput: true })
  if (!result.success) return { body: parsed.content, errors: zodErrors(file, result.error) }
  return { data: result.data as Record<string, unknown>, body: parsed.content, errors: [] }
}

/**
 * A file in wizard/ is an entry check or a description template by the `role` in its front matter,
 * whatever its name; without a known role its other fields cannot be checked, so that is its one error.
 */
function wizardSchema(file: string, data: Record<string, unknown>): z.ZodType | ContentError {
  const role = data.role
  if (WIZARD_ROLES.includes(role as WizardRole)) return WIZARD_SCHEMAS[role as WizardRole]
  const expected = WIZARD_ROLES.map((r) => `role: ${r}`).join(' or ')
  return {
    file,
    field: 'role',
    message:
      role === undefined
        ? `is missing; a file in wizard/ says what it is: ${expected}`
        : `expected one of: ${WIZARD_ROLES.join(', ')}; found ${typeof role === 'string' ? `the text "${role}"` : String(role)}`,
  }
}

/** The name of the site file in each language folder. */
export const SITE_FILE = 'site.md'
/** The name of the optional sample measure in each language folder. */
export const SAMPLE_FILE = 'sample.md'

/**
 * One language's site file on its own, for what is decided before the content is loaded (the web
 * manifest in vite.config.ts). Null data with errors when it is missing or invalid.
 */
export function readSite(
  root: string,
  lang: Lang,
  displayBase = root,
): { data: Site | null; errors: ContentError[] } {
  const path = join(root, lang, SITE_FILE)
  const file = relative(displayBase, path) || path
  if (!existsSync(path)) return { data: null, errors: [{ file, field: 'file', message: 'is missing' }] }
  const { data, errors } = parseFile(file, readFileSync(path, 'utf8'), siteSchema)
  return { data: (data as Site | undefined) ?? null, errors }
}

/**
 * Reads every Markdown file in the language folders under `root` (the handbook-content folder or a
 * test fixture).
 */
export function readSources(root: string, displayBase = root): SourceTree {
  const { langs, errors } = readLangs(root, displayBase)
  const docs: SourceDoc[] = []
  const broken: DocKey[] = []
  const leading = langs[0]
  for (const lang of langs) {
    const sitePath = join(root, lang, SITE_FILE)
    const siteFile = relative(displayBase, sitePath) || sitePath
    const siteKey = { lang, kind: 'site', id: 'site', file: siteFile } as const
    if (existsSync(sitePath)) {
      const {
        data,
        body,
        errors: fileErrors,
      } = parseFile(siteFile, readFileSync(sitePath, 'utf8'), siteSchema)
      errors.push(...fileErrors)
      if (data) docs.push({ ...siteKey, data, body })
      else broken.push(siteKey)
    } else if (lang === leading) {
      // The app cannot name itself without it; a missing one in another language is reported as a translation.
      errors.push({
        file: siteFile,
        field: 'file',
        message: 'is missing; every handbook needs one (name, publisher, tagline, colours, words, roles)',
      })
      // One mistake, one error: the other languages' files are not reported as lacking this one.
      broken.push(siteKey)
    }
    // The sample is optional: a handbook may ship none (a missing translation is reported as such).
    const samplePath = join(root, lang, SAMPLE_FILE)
    if (existsSync(samplePath)) {
      const file = relative(displayBase, samplePath) || samplePath
      const key = { lang, kind: 'sample', id: 'sample', file } as const
      const {
        data,
        body,
        errors: fileErrors,
      } = parseFile(file, readFileSync(samplePath, 'utf8'), sampleSchema)
      errors.push(...fileErrors)
      if (data) docs.push({ ...key, data, body })
      else broken.push(key)
    }
    const folders: [Kind | 'wizard', (file: string) => SchemaOf][] = [
      ...(Object.keys(KINDS) as Kind[]).map((kind): [Kind, () => SchemaOf] => [kind, () => KINDS[kind]]),
      ['wizard', (file) => (data) => wizardSchema(file, data)],
    ]
    for (const [kind, schemaFor] of folders) {
      const dir = join(root, lang, kind)
      if (!existsSync(dir)) continue
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith('.md')) continue
        const id = name.slice(0, -3)
        const path = join(dir, name)
        const file = relative(displayBase, path) || path
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
          errors.push({
            file,
            field: 'file name',
            message: 'must be lower case with hyphens, without umlauts or spaces (like akteure-kartieren.md)',
          })
          continue
        }
        const {
          data,
          body,
          errors: fileErrors,
        } = parseFile(file, readFileSync(path, 'utf8'), schemaFor(file))
        errors.push(...fileErrors)
        if (data) docs.push({ lang, kind, id, file, data, body })
        else broken.push({ lang, kind, id, file })
      }
    }
  }
  return { langs, docs, errors, broken }
}
