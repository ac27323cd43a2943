/**
 * The handbook reaches the browser in parts: one lazily loaded chunk per part and language, so a
 * page downloads only what it shows (the home page needs the pages, not 54 method cards). Kept
 * apart from schema.ts so importing it does not pull zod into the browser bundle.
 */
import type { Lang } from './codes'
import type { Handbook, Site } from './schema'
import { rolesOf, type PageRoles } from './roles.ts'

/**
 * The titles and order of every document in the reading order, for "previous" and "next" on every
 * page: a few kilobytes instead of all bodies.
 */
export interface Outline {
  pages: Pick<Handbook['pages'][number], 'id' | 'title' | 'order'>[]
  phases: Pick<Handbook['phases'][number], 'id' | 'title' | 'number'>[]
  steps: Pick<Handbook['steps'][number], 'id' | 'title' | 'phase' | 'order'>[]
  formats: Pick<Handbook['formats'][number], 'id' | 'title' | 'order'>[]
  values: Pick<Handbook['values'][number], 'id' | 'title' | 'order'>[]
  /** The description template, read at the page path of its id (the name of its file in wizard/). */
  descriptionTemplate: { id: string; title: string } | null
  /** Which page is the home page, the privacy page …: the app finds pages by role, never by id. */
  roles: PageRoles
  /** Whether the handbook ships a sample measure (the part `sample`), so a page can offer it. */
  sample: boolean
}

/** Title and summary of each method card, for lists of links to cards (a tenth of the cards). */
export type MethodSummary = Pick<Handbook['methods'][number], 'id' | 'title' | 'summary'>

/** One page on its own (`page:start`): the home page and each page view need only theirs. */
export type PagePart = `page:${string}`

/**
 * A method card without its body and its step-by-step flow: what the library lists and filters
 * (an eighth of the full cards).
 */
export type MethodCard = Omit<Handbook['methods'][number], 'html' | 'headings' | 'steps'>

/**
 * The agenda templates are no part of the store's table: the first visit downloads that table, and
 * only the workshops feature needs them. It loads them itself from `virtual:handbook/agendas`.
 */
export interface HandbookParts extends Omit<Handbook, 'lang' | 'agendas'> {
  outline: Outline
  methodSummaries: MethodSummary[]
  methodCards: MethodCard[]
  /** Null when the handbook has no page with that id. */
  [page: PagePart]: Handbook['pages'][number] | null
}

export type Part = keyof HandbookParts
/** The parts every handbook has, whatever its pages. */
export type FixedPart = Exclude<Part, PagePart>

// A record, so the type checker insists on every part.
const ALL: Record<FixedPart, true> = {
  outline: true,
  pages: true,
  phases: true,
  formats: true,
  values: true,
  terms: true,
  steps: true,
  methods: true,
  methodSummaries: true,
  methodCards: true,
  entryCheck: true,
  descriptionTemplate: true,
  sample: true,
  synonyms: true,
}
export const FIXED_PARTS = Object.keys(ALL) as FixedPart[]

/** The parts `K` of the handbook in one language: what a component asked for, and nothing else. */
export type HandbookWith<K extends Part> = Pick<HandbookParts, K> & { lang: Lang }

const pick = <T, F extends keyof T>(items: T[], fields: F[]) =>
  items.map((item) => Object.fromEntries(fields.map((f) => [f, item[f]])) as Pick<T, F>)

/** The parts that are not simply a field of the handbook, derived from it at build time. */
export const derivedParts = (
  handbook: Handbook,
): Pick<HandbookParts, 'outline' | 'methodSummaries' | 'methodCards'> => ({
  outline: outlineOf(handbook),
  methodSummaries: pick(handbook.methods, ['id', 'title', 'summary']),
  methodCards: handbook.methods.map(({ html: _html, headings: _headings, steps: _steps, ...card }) => card),
})

export function outlineOf(handbook: Handbook): Outline {
  return {
    pages: pick(handbook.pages, ['id', 'title', 'order']),
    phases: pick(handbook.phases, ['id', 'title', 'number']),
    steps: pick(handbook.steps, ['id', 'title', 'phase', 'order']),
    formats: pick(handbook.formats, ['id', 'title', 'order']),
    values: pick(handbook.values, ['id', 'title', 'order']),
    descriptionTemplate: handbook.descriptionTemplate
      ? { id: handbook.descriptionTemplate.id, title: handbook.descriptionTemplate.title }
      : null,
    roles: rolesOf(handbook.pages),
    sample: handbook.sample !== null,
  }
}

/**
 * The site file of one language as the app receives it, in two parts of the UI texts. `site.*`
 * (`virtual:handbook/<lang>/site`) comes with the shell's texts: what every page may show, and the
 * counts that come from the content itself ("fünf Phasen"). `siteTools.*` (`…/site-tools`) comes with
 * the tool texts: the team roles and the words only the project pages use, so a first visit does not
 * download them. The colours reach the page as CSS (`virtual:handbook/site.css`), the short name only
 * the manifest. The description is in index.html in the leading language; the app carries it too, so
 * the meta description follows a switch of the UI language (src/app/head.ts).
 */
export type SiteTexts = Pick<
  Site,
  'name' | 'publisher' | 'tagline' | 'description' | 'licence' | 'disclaimer'
> & {
  words: Omit<Site['words'], 'entryCheck' | 'description'>
  counts: { phases: string; values: string }
}
export type SiteToolTexts = Pick<Site['words'], 'entryCheck' | 'description'> & Pick<Site, 'roles'>
