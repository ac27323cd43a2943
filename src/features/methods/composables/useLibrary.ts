import { computed } from 'vue'
import { useHandbook } from '@/composables/useHandbook'
import { filterMethods, type MethodFilter } from '@/lib/method-filter'
import { useCollections } from './useCollections'
import { useFavourites } from './useFavourites'
import type { Ref } from 'vue'

/** The methods a filter selects, with the team's favourites and collections it may refer to. */
export function useLibrary(filter: Ref<MethodFilter>) {
  const { handbook } = useHandbook('methods', 'steps')
  const { team, favourites } = useFavourites()
  const { collections } = useCollections()
  const step = computed(() => handbook.value?.steps.find((s) => s.id === filter.value.step) ?? null)
  const collection = computed(() => collections.value.find((c) => c.id === filter.value.collection) ?? null)
  const methods = computed(() =>
    handbook.value
      ? filterMethods(handbook.value.methods, filter.value, {
          favourites: favourites.value,
          stepMethods: step.value?.methods,
          collectionMethods: collection.value?.methodIds,
        })
      : [],
  )
  return { handbook, team, step, collection, methods }
}
