import { computed, watchEffect } from 'vue'
import { useHandbook } from '@/composables/useHandbook'
import { useHandbookStore } from '@/content/store'
import { filterMethods, type MethodFilter } from '@/lib/method-filter'
import { useCollections } from './useCollections'
import { useFavourites } from './useFavourites'
import type { Ref } from 'vue'

/**
 * The method cards a filter selects, with the team's favourites and collections it may refer to.
 * The list needs no card bodies; only a search text does, so the bodies (most of the cards'
 * bytes) load with the first typed word, and the result then also counts words in the bodies.
 * Likewise the wizard steps load only when the filter names one (`?schritt=`).
 */
export function useLibrary(filter: Ref<MethodFilter>) {
  // The outline names the handbook's phases, which the phase filter offers.
  const { handbook: cards } = useHandbook('methodCards', 'outline')
  const store = useHandbookStore()
  const searching = computed(() => filter.value.text.trim() !== '')
  watchEffect(() => {
    const parts = [
      ...(searching.value ? ['methods' as const] : []),
      ...(filter.value.step ? ['steps' as const] : []),
    ]
    store.ensure(parts).catch((err: unknown) => console.error(err))
  })
  const { team, favourites } = useFavourites()
  const { collections } = useCollections()
  // Null until the cards, and the steps if the filter names one, are here.
  const handbook = computed(() => (filter.value.step && !store.get(['steps']) ? null : cards.value))
  const step = computed(() => store.get(['steps'])?.steps.find((s) => s.id === filter.value.step) ?? null)
  const collection = computed(() => collections.value.find((c) => c.id === filter.value.collection) ?? null)
  const methods = computed(() => {
    if (!handbook.value) return []
    const withBodies = searching.value ? store.get(['methods'])?.methods : undefined
    return filterMethods(withBodies ?? handbook.value.methodCards, filter.value, {
      favourites: favourites.value,
      stepMethods: step.value?.methods,
      collectionMethods: collection.value?.methodIds,
    })
  })
  return { handbook, team, step, collection, methods }
}
