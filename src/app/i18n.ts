/**
 * The UI language and its texts. The app's needs are small – look up a text, insert named values,
 * choose a plural form – so this module does that itself instead of carrying vue-i18n, whose
 * runtime and message compiler were a quarter of the first page's JavaScript (17 kB gzip, measured
 * with `npm run bench`). `useI18n()` keeps vue-i18n's shape, so components read the same.
 */
import { computed, ref, shallowReactive, type App, type WritableComputedRef } from 'vue'
import type { Lang } from '@/content/codes'
import { CONTENT_LANGS } from '@/content/langs'
import type { SiteTexts } from '@/content/parts'
import { formatMessage, type MessageArg } from '@/lib/message-format'
import de from './messages/de'
import type toolsDe from './messages/tools-de'

interface Catalog {
  [key: string]: string | Catalog
}

/** Every dotted path to a text in `T`: 'app.name', 'projects.overview.status.done' … */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/**
 * The key of every UI text, taken from the German catalogues (types only: the tool texts still load
 * with their pages). A misspelt key fails the type-check, and so does a key built from a template
 * unless every value it can take names a text. The English catalogues are typed to the German ones.
 */
export type MessageKey = KeysOf<typeof de & typeof toolsDe>

/**
 * Texts come in two bundles per language: the shell (every page) and the tools (method library,
 * projects, workshops), which reading the handbook does not need. German shell texts are the
 * default and the fallback, so they come with the app; everything else loads when needed.
 */
type Bundle = 'shell' | 'tools'
const loaders: Record<Lang, Record<Bundle, () => Promise<{ default: Catalog }>>> = {
  de: { shell: () => Promise.resolve({ default: de }), tools: () => import('./messages/tools-de') },
  en: { shell: () => import('./messages/en'), tools: () => import('./messages/tools-en') },
}
const catalogs = shallowReactive<Record<Lang, Catalog>>({ de, en: {} })
const loadedBundles = new Set<string>(['de/shell'])
/** Once a tool page was opened, a language switch brings the tool texts along. */
let toolsWanted = false

async function loadBundles(lang: Lang, bundles: Bundle[]): Promise<void> {
  const missing = bundles.filter((bundle) => !loadedBundles.has(`${lang}/${bundle}`))
  const modules = await Promise.all(missing.map((bundle) => loaders[lang][bundle]()))
  catalogs[lang] = Object.assign({}, catalogs[lang], ...modules.map((m) => m.default))
  for (const bundle of missing) loadedBundles.add(`${lang}/${bundle}`)
}

const STORAGE_KEY = 'handbuch-interaktiv.lang'

/**
 * The remembered choice, else the first of the browser's languages that the handbook is written in,
 * else its leading language. Only a language of the handbook (`offered`) is ever chosen: a choice
 * remembered from a handbook with more languages falls back like a browser language would.
 */
export function initialLang(
  stored: string | null = safeStorage()?.getItem(STORAGE_KEY) ?? null,
  preferred: readonly string[] = navigator.languages ?? [navigator.language],
  offered: readonly [Lang, ...Lang[]] = CONTENT_LANGS,
): Lang {
  const find = (code: string | null | undefined) => offered.find((lang) => lang === code)
  const browser = preferred.map((tag) => find(tag.toLowerCase().split('-')[0])).find(Boolean)
  return find(stored) ?? browser ?? offered[0]
}

/** localStorage throws in some locked-down browsers; the language is then simply not remembered. */
function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function rememberLang(lang: Lang): void {
  try {
    safeStorage()?.setItem(STORAGE_KEY, lang)
  } catch {
    // Not remembering the language is harmless.
  }
}

const current = ref<Lang>('de')
let requested: Lang = 'de'

/** Loads the texts of `lang` if need be, then switches to it (the last request wins). */
export async function setLang(lang: Lang): Promise<void> {
  requested = lang
  try {
    await loadBundles(lang, toolsWanted ? ['shell', 'tools'] : ['shell'])
  } catch (err) {
    // Offline before the English texts were cached: stay in the language that works.
    console.error(err)
    return
  }
  if (requested === lang) current.value = lang
}

/** Loads the tool texts of the current language; the router awaits it before every tool page. */
export async function loadToolTexts(): Promise<void> {
  toolsWanted = true
  await loadBundles(current.value, ['tools'])
}

/** The UI language. Setting it switches once the texts are loaded; until then the page stays as is. */
const locale: WritableComputedRef<Lang> = computed({
  get: () => current.value,
  set: (lang) => void setLang(lang),
})

function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/** The text under `key` in the current language (German if missing there), with `arg` filled in. */
export function t(key: MessageKey, arg?: MessageArg): string {
  const message = lookup(catalogs[current.value], key) ?? lookup(catalogs.de, key)
  if (message === undefined) {
    if (import.meta.env.DEV) console.warn(`No UI text for "${key}"`)
    return key
  }
  return formatMessage(message, arg, linked)
}

/** What `@:key` in a text inserts: the text under `key`, in the current language or else German. */
function linked(key: string): string | undefined {
  const text = lookup(catalogs[current.value], key) ?? lookup(catalogs.de, key)
  if (text === undefined && import.meta.env.DEV) console.warn(`No UI text for the link "@:${key}"`)
  return text
}

/**
 * The team roles of the handbook's site file, id → label in the UI language, in the file's order.
 * They are tool texts: call this on a tool page only.
 */
export function siteRoles(): Readonly<Record<string, string>> {
  const texts = (catalogs[current.value].siteTools ?? catalogs.de.siteTools) as
    { roles?: Record<string, string> } | undefined
  return texts?.roles ?? {}
}

/**
 * The handbook's description (site file) in the UI language. Read as it is, not as a message: it is
 * the handbook's prose, where a `|` or a `{` is just a character.
 */
export function siteDescription(): string {
  return currentSite()?.description ?? ''
}

/**
 * Whether the handbook's site file (in the UI language) has an optional word, like
 * `words.preProcess`: a text that names it is shown only then, else its plain version.
 */
export function siteHasWord(word: keyof SiteTexts['words']): boolean {
  return currentSite()?.words?.[word] !== undefined
}

/** The site file's texts in the UI language (German if missing there), as the shell loaded them. */
function currentSite(): Partial<SiteTexts> | undefined {
  return (catalogs[current.value].site ?? catalogs.de.site) as Partial<SiteTexts> | undefined
}

export function useI18n() {
  return { t, locale }
}

/** The app-wide handle, also a Vue plugin so tests and main.ts install it like any other. */
export const i18n = {
  global: { t, locale },
  install(_app: App): void {},
}

/** Loads the texts of the starting language; the app mounts once they are there. */
export function install(app: App): Promise<void> {
  app.use(i18n)
  return setLang(initialLang())
}
