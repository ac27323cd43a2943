import { useI18n } from 'vue-i18n'
import type { Lang, Method } from '@/content/schema'
import { useHandbookStore } from '@/content/store'

/** Finds method cards, loading the handbook of the current language first if need be. */
export function useMethodLookup() {
  const store = useHandbookStore()
  const { locale } = useI18n()
  return async (ids: readonly string[]): Promise<Method[]> => {
    await store.load(locale.value as Lang)
    const methods = store.handbook?.methods ?? []
    return ids.flatMap((id) => methods.find((m) => m.id === id) ?? [])
  }
}
