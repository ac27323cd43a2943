import { LANGS, type DocBase, type Handbook, type Lang, type Site } from '../../src/content/schema.ts'
import { checkContent, type CheckedDoc } from './check.ts'
import type { ContentError } from './errors.ts'
import { createMarkdown, renderBody } from './markdown/index.ts'
import { createEnv } from './markdown/env.ts'
import { readSynonyms, readTermList } from './lists.ts'
import { readSources } from './read.ts'
import { checkSiteIcon } from '../icons/site-icons.ts'
import { rolesOf, type WizardRole } from '../../src/content/roles.ts'

export interface LoadResult {
  /** The content languages (the handbook's language folders), the leading language first. */
  langs: Lang[]
  /**
   * The handbook in every UI language. Where a document is missing, the leading language's stands
   * in, marked as fallback; in a UI language the handbook lacks, all of them (the app never offers
   * that language, but its UI texts are still built).
   */
  handbooks: Record<Lang, Handbook>
  /** Each UI language's site file (the leading language's where one is missing); null only when it failed. */
  sites: Record<Lang, Site | null>
  errors: ContentError[]
  /** Shown to editors, but the content is still valid (e.g. a wording the term list asks to avoid). */
  warnings: ContentError[]
}

export interface LoadOptions {
  /**
   * When true (build, test, content check), a file missing in one language is an error. In the dev
   * server it is not, so an editor sees a new file of the leading language at once; the other
   * languages then show its text with a "not yet translated" marker.
   */
  strictTranslations: boolean
  /** Paths in messages are shown relative to this folder. */
  displayBase?: string
}

type Rendered = CheckedDoc & DocBase

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order

function assemble(lang: Lang, leading: Lang, docs: Rendered[], synonyms: Handbook['synonyms']): Handbook {
  const own = docs.filter((d) => d.lang === lang)
  // A document of the leading language stands in for a missing translation, marked as fallback.
  const stand =
    lang === leading
      ? []
      : docs.filter((d) => d.lang === leading && !own.some((o) => o.kind === d.kind && o.id === d.id))
  const all = [...own, ...stand.map((d) => ({ ...d, fallback: true }))]
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
    agendas: (pick('agendas') as Handbook['agendas']).sort((a, b) => a.title.localeCompare(b.title, lang)),
    entryCheck: wizard('entry-check'),
    descriptionTemplate: wizard('description'),
    sample: sampleOf(all),
    synonyms,
  }
}

/** The sample measure of a language, without what rendering added (it has no body to show). */
function sampleOf(docs: readonly Rendered[]): Handbook['sample'] {
  const doc = docs.find((d) => d.kind === 'sample')
  return doc ? ({ ...doc.data, fallback: doc.fallback } as Handbook['sample']) : null
}

/** Reads, validates, renders and checks all content under `root`. */
export function loadHandbook(root: string, options: LoadOptions): LoadResult {
  const { langs, docs, errors, broken } = readSources(root, options.displayBase)
  // Without a language the app could show, every other check would only repeat that.
  const leading = langs[0] ?? LANGS[0]
  const terms = readTermList(root, options.displayBase)
  const synonyms = readSynonyms(root, options.displayBase)
  errors.push(...terms.errors, ...synonyms.errors)
  const md = createMarkdown()
  // Roles are data, the same in every language (the check compares them): the leading language's serve all.
  const pageRoles = rolesOf(
    docs.filter((d) => d.lang === leading && d.kind === 'pages').map((d) => ({ id: d.id, ...d.data })),
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
  // The icon is data, the same in every language (the check compares them): the leading language's is read.
  const leadingSite = docs.find((d) => d.kind === 'site' && d.lang === langs[0])
  const checked = [
    ...(langs.length > 0 ? checkContent(rendered, { ...options, langs, terms: terms.data, broken }) : []),
    ...(leadingSite ? checkSiteIcon(root, leadingSite.file, leadingSite.data as Site) : []),
  ]
  errors.push(...checked.filter((e) => !e.warning))
  const warnings = checked.filter((e) => e.warning)
  const handbooks = Object.fromEntries(
    LANGS.map((lang) => [lang, assemble(lang, leading, rendered, synonyms.data?.[lang] ?? {})]),
  ) as Record<Lang, Handbook>
  const site = (lang: Lang) =>
    (docs.find((d) => d.kind === 'site' && d.lang === lang)?.data ?? null) as Site | null
  const sites = Object.fromEntries(
    LANGS.map((lang) => [lang, site(lang) ?? site(leading)]),
  ) as LoadResult['sites']
  return { langs, handbooks, sites, errors, warnings }
}
