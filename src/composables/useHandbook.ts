import { computed, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useHandbookStore } from '@/content/store'
import type { Part } from '@/content/parts'
import type { PageRole } from '@/content/roles'

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

/**
 * The page with `role` (the home page, the privacy page …), whatever the handbook calls it:
 * undefined while it loads, null if no page has the role.
 */
export function usePageWithRole(role: PageRole) {
  const store = useHandbookStore()
  const { handbook } = useHandbook('outline')
  const part = computed(() => {
    const id = handbook.value?.outline.roles[role]
    return id ? (`page:${id}` as const) : null
  })
  watchEffect(() => {
    if (part.value) store.ensure([part.value], store.lang).catch((err: unknown) => console.error(err))
  })
  return computed(() => {
    if (!handbook.value) return undefined
    if (!part.value) return null
    return store.get([part.value])?.[part.value]
  })
}
