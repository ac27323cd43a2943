import { LANGS, type DocBase, type Handbook, type Lang, type Site } from '../../src/content/schema.ts'
import { checkContent, type CheckedDoc } from './check.ts'
import type { ContentError } from './errors.ts'
import { createMarkdown, renderBody } from './markdown/index.ts'
import { createEnv } from './markdown/env.ts'
import { readSynonyms, readTermList } from './lists.ts'
import { readSources } from './read.ts'
import { rolesOf, type WizardRole } from '../../src/content/roles.ts'

export interface LoadResult {
  handbooks: Record<Lang, Handbook>
  /** Each language's site file (German where a translation is missing); null only when it failed. */
  sites: Record<Lang, Site | null>
  errors: ContentError[]
  /** Shown to editors, but the content is still valid (e.g. a wording the term list asks to avoid). */
  warnings: ContentError[]
}

export interface LoadOptions {
  /**
   * When true (build, test, content check), a file missing in one language is an error. In the dev
   * server it is not, so an editor sees a new German file at once; English then shows the German
   * text with a "not yet translated" marker.
   */
  strictTranslations: boolean
  /** Paths in messages are shown relative to this folder. */
  displayBase?: string
}

type Rendered = CheckedDoc & DocBase

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order

function assemble(lang: Lang, docs: Rendered[], synonyms: Handbook['synonyms']): Handbook {
  const own = docs.filter((d) => d.lang === lang)
  // A German document stands in for a missing translation, marked as fallback.
  const german =
    lang === 'de'
      ? []
      : docs.filter((d) => d.lang === 'de' && !own.some((o) => o.kind === d.kind && o.id === d.id))
  const all = [...own, ...german.map((d) => ({ ...d, fallback: true }))]
  const pick = (kind: CheckedDoc['kind']) =>
    all
      .filter((d) => d.kind === kind)
      .map((d) => ({ id: d.id, ...d.data, html: d.html, headings: d.headings, fallback: d.fallback }))
  // The wizard files are found by the role in their front matter, whatever their names.
  const wizard = (role: WizardRole) =>
    (pick('wizard').find((d) => (d as { role?: string }).role === role) ?? null) as never
  return {
    lang,
    pages: (pick('pages') as Handbook['pages']).sort(byOrder),
    phases: (pick('phases') as Handbook['phases']).sort((a, b) => a.number - b.number),
    formats: (pick('formats') as Handbook['formats']).sort(byOrder),
    values: (pick('values') as Handbook['values']).sort(byOrder),
    terms: (pick('glossary') as Handbook['terms']).sort((a, b) => a.term.localeCompare(b.term, lang)),
    steps: (pick('steps') as Handbook['steps']).sort((a, b) => a.phase - b.phase || a.order - b.order),
    methods: (pick('methods') as Handbook['methods']).sort((a, b) => a.title.localeCompare(b.title, lang)),
    entryCheck: wizard('entry-check'),
    descriptionTemplate: wizard('description'),
    synonyms,
  }
}

/** Reads, validates, renders and checks all content under `root`. */
export function loadHandbook(root: string, options: LoadOptions): LoadResult {
  const { docs, errors, broken } = readSources(root, options.displayBase)
  const terms = readTermList(root, options.displayBase)
  const synonyms = readSynonyms(root, options.displayBase)
  errors.push(...terms.errors, ...synonyms.errors)
  const md = createMarkdown()
  // Roles are data, the same in every language (the check compares them): German's serve both.
  const pageRoles = rolesOf(
    docs.filter((d) => d.lang === 'de' && d.kind === 'pages').map((d) => ({ id: d.id, ...d.data })),
  )
  const rendered: Rendered[] = docs.map((doc) => {
    const env = createEnv(doc.lang, pageRoles)
    const body = renderBody(md, doc.body, env)
    // A term's definition is shown inline (in the glossary and in tooltips), so its links count too.
    if (doc.kind === 'glossary') {
      const definitionHtml = md.renderInline(String(doc.data.definition), env)
      doc.data = { ...doc.data, definitionHtml }
    }
    return { ...doc, ...body, links: env.links, badLinks: env.badLinks, fallback: false }
  })
  const checked = checkContent(rendered, { ...options, terms: terms.data, broken })
  errors.push(...checked.filter((e) => !e.warning))
  const warnings = checked.filter((e) => e.warning)
  const handbooks = Object.fromEntries(
    LANGS.map((lang) => [lang, assemble(lang, rendered, synonyms.data?.[lang] ?? {})]),
  ) as Record<Lang, Handbook>
  const site = (lang: Lang) =>
    (docs.find((d) => d.kind === 'site' && d.lang === lang)?.data ?? null) as Site | null
  const sites = Object.fromEntries(
    LANGS.map((lang) => [lang, site(lang) ?? site('de')]),
  ) as LoadResult['sites']
  return { handbooks, sites, errors, warnings }
}
