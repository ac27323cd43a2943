import { createI18n } from 'vue-i18n'
import type { App } from 'vue'
import type { Lang } from '@/content/schema'
import de from '@/locales/de'
import en from '@/locales/en'
import dataMessages from '@/features/data/messages'
import handbookMessages from '@/features/handbook/messages'
import methodMessages from '@/features/methods/messages'
import projectMessages from '@/features/projects/messages'
import workshopMessages from '@/features/workshops/messages'

const features = [handbookMessages, methodMessages, projectMessages, workshopMessages, dataMessages]
// Typed as the core texts: feature keys are looked up as plain strings, and the key parity of the
// two languages is checked per file by the types there.
const merge = (lang: Lang): typeof de =>
  Object.assign({}, lang === 'de' ? de : en, ...features.map((f) => f[lang]))

const STORAGE_KEY = 'handbuch-interaktiv.lang'

/** The remembered choice, else the first of the browser's languages that we speak, else German. */
export function initialLang(
  stored: string | null = safeStorage()?.getItem(STORAGE_KEY) ?? null,
  preferred: readonly string[] = navigator.languages ?? [navigator.language],
): Lang {
  if (stored === 'de' || stored === 'en') return stored
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'de' || base === 'en') return base
  }
  return 'de'
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

export const i18n = createI18n({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'de',
  messages: { de: merge('de'), en: merge('en') },
})

export function install(app: App): void {
  app.use(i18n)
}
