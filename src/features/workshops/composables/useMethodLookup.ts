import type { Method } from '@/content/schema'
import { useHandbookStore } from '@/content/store'

/** Finds method cards, loading the cards of the current language first if need be. */
export function useMethodLookup() {
  const store = useHandbookStore()
  return async (ids: readonly string[]): Promise<Method[]> => {
    await store.ensure(['methods'])
    const methods = store.get(['methods'])?.methods ?? []
    return ids.flatMap((id) => methods.find((m) => m.id === id) ?? [])
  }
}
