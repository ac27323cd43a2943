import { computed, ref, shallowRef, watch } from 'vue'
import type { Handbook } from '@/content/schema'
import { useHandbook } from '@/composables/useHandbook'
import type { SearchHit } from '@/lib/search'

type SearchModule = typeof import('@/lib/search')
type Search = (query: string) => SearchHit[]

// One index per loaded language, shared by the header and the results page.
const indexes = new WeakMap<Handbook, Search>()
let loadedModule: SearchModule | null = null

/**
 * The search index of the current language, built on first use: the search library and the index
 * are loaded only when someone starts to search, so the first page stays small.
 */
export function useSearchIndex() {
  const { handbook } = useHandbook()
  const wanted = ref(false)
  const search = shallowRef<Search | null>(null)
  const lib = shallowRef<SearchModule | null>(loadedModule)

  watch(
    [handbook, wanted],
    async ([book, want]) => {
      if (!book || !want) return
      const cached = indexes.get(book)
      if (cached) {
        search.value = cached
        return
      }
      loadedModule ??= await import('@/lib/search')
      lib.value = loadedModule
      const built = indexes.get(book) ?? loadedModule.createSearchIndex(book)
      indexes.set(book, built)
      // A language switch while building: keep the index of the language shown now.
      if (handbook.value === book) search.value = built
    },
    { immediate: true },
  )

  return {
    search,
    /** The pure helpers of the search module, once it is loaded. */
    lib,
    ready: computed(() => search.value !== null && lib.value !== null),
    /** Starts loading the index (idempotent). */
    prepare: () => (wanted.value = true),
  }
}
