import { shallowRef, watch, type Ref } from 'vue'
import loaders from 'virtual:handbook/agendas'
import type { Lang } from '@/content/codes'
import type { AgendaTemplate } from '@/content/schema'
import { useHandbookStore } from '@/content/store'

const loaded = new Map<Lang, Promise<AgendaTemplate[]>>()

/**
 * The agenda templates of `lang`: their own chunk per language, fetched once. A handbook without
 * templates has an empty list.
 */
export function loadAgendaTemplates(lang: Lang): Promise<AgendaTemplate[]> {
  let promise = loaded.get(lang)
  if (!promise) {
    const loader = loaders[lang]
    promise = loader
      ? loader().then(
          (module) => module.default,
          (err: unknown) => {
            // Forget the failure, so the next visit tries again (for example back online).
            loaded.delete(lang)
            throw err
          },
        )
      : Promise.resolve([])
    loaded.set(lang, promise)
  }
  return promise
}

/** The templates in the language the handbook is shown in; null while they load. */
export function useAgendaTemplates(): Ref<AgendaTemplate[] | null> {
  const store = useHandbookStore()
  const templates = shallowRef<AgendaTemplate[] | null>(null)
  watch(
    () => store.lang,
    async (lang) => {
      try {
        const list = await loadAgendaTemplates(lang)
        if (store.lang === lang) templates.value = list
      } catch (err) {
        console.error(err)
      }
    },
    { immediate: true },
  )
  return templates
}
