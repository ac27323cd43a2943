import { computed, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useHandbookStore } from '@/content/store'
import type { Part } from '@/content/parts'

/**
 * The parts of the handbook a component shows, in the current language (null while they load).
 * Naming the parts keeps each page's download small, and the type allows only what was asked for.
 * Routes name the same parts in `meta.content`, so they arrive before the page renders.
 */
export function useHandbook<K extends Part>(...parts: K[]) {
  const store = useHandbookStore()
  watchEffect(() => {
    store.ensure(parts, store.lang).catch((err: unknown) => console.error(err))
  })
  const handbook = computed(() => store.get(parts))
  return { handbook, loaded: computed(() => handbook.value !== null) }
}

/** One page of the handbook by id: undefined while it loads, null if there is no such page. */
export function usePage(id: MaybeRefOrGetter<string>) {
  const store = useHandbookStore()
  const part = computed(() => `page:${toValue(id)}` as const)
  watchEffect(() => {
    store.ensure([part.value], store.lang).catch((err: unknown) => console.error(err))
  })
  return computed(() => store.get([part.value])?.[part.value])
}
