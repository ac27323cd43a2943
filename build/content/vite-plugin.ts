import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { LANGS, type Lang } from '../../src/content/codes.ts'
import { FIXED_PARTS, derivedParts, type FixedPart } from '../../src/content/parts.ts'
import { formatError } from './errors.ts'
import { loadHandbook, type LoadResult } from './load.ts'
import { htmlTags, siteCss, siteTexts, siteToolTexts } from './site.ts'

const PREFIX = 'virtual:handbook/'
const LOADERS = `${PREFIX}loaders`
/**
 * `virtual:handbook/agendas`: one loader per language for `virtual:handbook/<lang>/agendas`, the
 * agenda templates. Apart from the loaders table, which every first visit downloads.
 */
const AGENDAS = `${PREFIX}agendas`
const agendasOf = (id: string): Lang | null => {
  const [lang, part] = id.slice(PREFIX.length).split('/')
  return LANGS.includes(lang as Lang) && part === 'agendas' ? (lang as Lang) : null
}
/** The content languages, the leading language first: the languages the app offers. */
const LANGS_MODULE = `${PREFIX}langs`
/** The colours of the site file as CSS custom properties (imported by src/main.ts). */
const SITE_CSS = `${PREFIX}site.css`
/**
 * `virtual:handbook/de/site`: the texts of the site file, part of the shell's UI texts of that
 * language; `virtual:handbook/de/site-tools`: what only the tools show, part of the tool texts.
 */
const siteOf = (id: string): { lang: Lang; part: 'site' | 'site-tools' } | null => {
  const [lang, part] = id.slice(PREFIX.length).split('/')
  if (!LANGS.includes(lang as Lang) || (part !== 'site' && part !== 'site-tools')) return null
  return { lang: lang as Lang, part }
}

/**
 * Serves the handbook as one module per part and language (`virtual:handbook/de/methods`), each
 * its own lazily loaded chunk, plus `virtual:handbook/loaders`, the table of their dynamic imports
 * for the languages the handbook is written in (`virtual:handbook/langs`).
 * Front matter is validated and bodies rendered here, so the browser gets plain data and ships no
 * YAML parser and no markdown renderer. A content error fails the build with file, field and reason.
 */
export function handbookContent(options: { root: string }): Plugin {
  const root = resolve(options.root)
  let strict = true
  let cached: LoadResult | null = null

  const load = (): LoadResult => {
    cached ??= loadHandbook(root, { strictTranslations: strict, displayBase: resolve(root, '..') })
    return cached
  }

  /** `virtual:handbook/de/steps` or, for a single page, `virtual:handbook/de/page/start`. */
  const partOf = (id: string): { lang: Lang; part: FixedPart } | { lang: Lang; page: string } | null => {
    const [lang, part, page] = id.slice(PREFIX.length).split('/')
    if (!LANGS.includes(lang as Lang)) return null
    if (part === 'page' && page) return { lang: lang as Lang, page }
    return FIXED_PARTS.includes(part as FixedPart) ? { lang: lang as Lang, part: part as FixedPart } : null
  }

  return {
    name: 'handbook-content',
    configResolved(config) {
      strict = config.command === 'build'
    },
    resolveId(id) {
      if (
        id === LOADERS ||
        id === LANGS_MODULE ||
        id === SITE_CSS ||
        id === AGENDAS ||
        (id.startsWith(PREFIX) && (partOf(id) || siteOf(id) || agendasOf(id)))
      )
        return `\0${id}`
      return null
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null
      const { langs, handbooks, sites, errors, warnings } = load()
      if (errors.length > 0) {
        this.error(
          `The handbook content has ${errors.length} problem(s):\n${errors.map(formatError).join('\n')}`,
        )
      }
      const [leading] = langs
      if (id === `\0${SITE_CSS}`) return siteCss(sites[leading]!)
      if (id === `\0${LANGS_MODULE}`) return `export default ${JSON.stringify(langs)}`
      if (id === `\0${AGENDAS}`) {
        const table = langs.map((lang) => `${lang}: () => import('${PREFIX}${lang}/agendas')`)
        return `export default {${table.join(',')}}`
      }
      const agendaLang = agendasOf(id.slice(1))
      if (agendaLang)
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(handbooks[agendaLang].agendas))})`
      const site = siteOf(id.slice(1))
      if (site) {
        const texts =
          site.part === 'site'
            ? siteTexts(sites[site.lang]!, handbooks[site.lang])
            : siteToolTexts(sites[site.lang]!)
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))})`
      }
      if (id === `\0${LOADERS}` && warnings.length > 0) this.warn(warnings.map(formatError).join('\n'))
      if (id === `\0${LOADERS}`) {
        const table = langs.map((lang) => {
          const entries = [
            ...FIXED_PARTS.map((part) => `${part}: () => import('${PREFIX}${lang}/${part}')`),
            ...handbooks[lang].pages.map(
              (p) => `'page:${p.id}': () => import('${PREFIX}${lang}/page/${p.id}')`,
            ),
          ]
          return `${lang}: {${entries.join(',')}}`
        })
        return `export default {${table.join(',')}}`
      }
      const target = partOf(id.slice(1))!
      const book = handbooks[target.lang]
      const derived = derivedParts(book)
      const data =
        'page' in target
          ? (book.pages.find((p) => p.id === target.page) ?? null)
          : target.part in derived
            ? derived[target.part as keyof typeof derived]
            : book[target.part as Exclude<FixedPart, keyof typeof derived>]
      // JSON.parse of a string literal is faster to start than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
    transformIndexHtml(html) {
      const { langs, sites, errors } = load()
      const shown = langs.map((lang) => [lang, sites[lang]] as const)
      if (langs.length === 0 || shown.some(([, site]) => !site))
        throw new Error(errors.map(formatError).join('\n'))
      const [leading] = langs
      return {
        // Until the app sets the reader's language, the page is in the leading language.
        html: html.replace(/<html lang="[a-z]+">/, `<html lang="${leading}">`),
        tags: htmlTags(Object.fromEntries(shown), leading),
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(root)
      const onChange = (file: string) => {
        if (!file.startsWith(root)) return
        cached = null
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(`\0${PREFIX}`)) server.moduleGraph.invalidateModule(mod)
        }
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange)
    },
  }
}
