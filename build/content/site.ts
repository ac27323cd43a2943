/**
 * What the build makes from the site file (`<lang>/site.md`): the web manifest, the tags of
 * index.html, the colour tokens and the texts the app reads as `site.*`. Pure functions, so each
 * output is tested without a build.
 */
import type { HtmlTagDescriptor } from 'vite'
import type { SiteTexts, SiteToolTexts } from '../../src/content/parts.ts'
import type { Handbook, Lang, Site } from '../../src/content/schema.ts'

/** Phase counts as words: "Die fünf Phasen". A handbook has 2 to 9 phases (see checks/phases.ts). */
const NUMBER_WORDS: Record<Lang, readonly string[]> = {
  de: ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
}

const numberWord = (lang: Lang, n: number) => NUMBER_WORDS[lang][n] ?? String(n)

export function siteTexts(site: Site, handbook: Pick<Handbook, 'lang' | 'phases' | 'values'>): SiteTexts {
  const { name, publisher, tagline, description, licence, disclaimer } = site
  const { measure, valueCompass, preProcess } = site.words
  return {
    name,
    publisher,
    tagline,
    description,
    licence,
    disclaimer,
    words: { measure, valueCompass, preProcess },
    counts: {
      phases: numberWord(handbook.lang, handbook.phases.length),
      values: numberWord(handbook.lang, handbook.values.length),
    },
  }
}

/** What only the tool pages show: the team roles and the words of the project pages. */
export function siteToolTexts(site: Site): SiteToolTexts {
  const { entryCheck, description } = site.words
  return { entryCheck, description, roles: site.roles }
}

/** The handbook's fields of the web manifest; vite.config.ts adds the app's own (icons, scope). */
export function manifestFields(site: Site, lang: Lang) {
  return {
    name: `${site.name} – ${site.publisher}`,
    short_name: site.shortName,
    description: site.description,
    lang,
    theme_color: site.themeColor.light,
  }
}

/**
 * The head tags of index.html that name the handbook in `lang`, plus the no-script note in every
 * language of `sites` (the handbook's languages).
 */
export function htmlTags(sites: Partial<Record<Lang, Site>>, lang: Lang): HtmlTagDescriptor[] {
  const site = sites[lang]
  if (!site) throw new Error(`htmlTags: no site file in ${lang}`)
  const needsScript: Record<Lang, (name: string) => string> = {
    de: (name) => `${name} braucht JavaScript.`,
    en: (name) => `${name} needs JavaScript.`,
  }
  const note = (Object.entries(sites) as [Lang, Site][])
    .map(([l, { name }]) => needsScript[l](name))
    .join(' / ')
  return [
    { tag: 'title', children: escapeHtml(site.name), injectTo: 'head' },
    { tag: 'meta', attrs: { name: 'description', content: site.description }, injectTo: 'head' },
    { tag: 'meta', attrs: { name: 'theme-color', content: site.themeColor.light }, injectTo: 'head' },
    { tag: 'noscript', children: escapeHtml(note), injectTo: 'body' },
  ]
}

/**
 * The handbook's colours as custom properties on :root, which the design tokens in
 * src/styles/base.css read. A CSS file, so the strict policy `style-src 'self'` holds.
 */
export function siteCss(site: Site): string {
  return `:root{--site-accent:${site.themeColor.light};--site-accent-dark:${site.themeColor.dark}}\n`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
