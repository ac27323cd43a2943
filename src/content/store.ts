import { defineStore } from 'pinia'
import { ref, shallowReactive } from 'vue'
import loaders from 'virtual:handbook/loaders'
import { initialLang } from '@/app/i18n'
import type { Lang } from './codes'
import type { HandbookParts, HandbookWith, Part } from './parts'

/**
 * The parts of the handbook loaded so far, per language. Each part is its own chunk, so a page
 * downloads only what it shows, and a visitor only the language they read.
 */
export const useHandbookStore = defineStore('handbook', () => {
  /** State for Pinia and tests; components read it through `get`. */
  const loaded = shallowReactive<Record<Lang, Partial<HandbookParts>>>({ de: {}, en: {} })
  const pending = new Map<string, Promise<void>>()
  /** The language the handbook is shown in; it follows the UI language once its parts are here. */
  const lang = ref<Lang>(initialLang())
  const failed = ref(false)
  let requested: Lang = lang.value

  function fetchPart(language: Lang, part: Part): Promise<void> {
    if (part in loaded[language]) return Promise.resolve()
    const key = `${language}/${part}`
    let promise = pending.get(key)
    const loader = loaders[language]?.[part]
    if (!loader) {
      // Only a page can be missing (`page:<unknown id>`): it is known not to exist. (The app offers
      // only the handbook's languages, so a language without loaders is never asked for.)
      loaded[language] = { ...loaded[language], [part]: null }
      return Promise.resolve()
    }
    if (!promise) {
      promise = loader().then(
        ({ default: data }) => {
          loaded[language] = { ...loaded[language], [part]: data }
          failed.value = false
        },
        (err: unknown) => {
          // Forget the failure, so the next navigation tries again (for example back online).
          pending.delete(key)
          failed.value = true
          throw err
        },
      )
      pending.set(key, promise)
    }
    return promise
  }

  /** Loads `parts` in `language` (default: the shown one); resolves when all are there. */
  async function ensure(parts: readonly Part[], language: Lang = lang.value): Promise<void> {
    await Promise.all(parts.map((part) => fetchPart(language, part)))
  }

  /**
   * Switches to `language` once every part shown now is loaded in it, so the page changes language
   * in one step instead of flashing a loading state.
   */
  async function show(language: Lang): Promise<void> {
    requested = language
    try {
      await ensure(Object.keys(loaded[lang.value]) as Part[], language)
    } catch (err) {
      console.error(err)
    }
    // A slower, earlier switch must not overwrite the language chosen last.
    if (requested === language) lang.value = language
  }

  /** The requested parts in the shown language, or null while one of them is missing. */
  function get<K extends Part>(parts: readonly K[]): HandbookWith<K> | null {
    const book = loaded[lang.value]
    if (!parts.every((part) => part in book)) return null
    return { ...(book as Pick<HandbookParts, K>), lang: lang.value }
  }

  return { loaded, lang, failed, ensure, show, get }
})
