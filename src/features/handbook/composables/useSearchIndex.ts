import { computed, ref, shallowRef, watch } from 'vue'
import type { Lang } from '@/content/codes'
import type { Part } from '@/content/parts'
import { useHandbookStore } from '@/content/store'
import type { SearchHit } from '@/lib/search'

type SearchModule = typeof import('@/lib/search')
type Search = (query: string) => SearchHit[]

/** Everything the search covers: all parts but the outline. */
const SEARCHED = [
  'pages',
  'phases',
  'formats',
  'values',
  'terms',
  'steps',
  'methods',
  'entryCheck',
  'descriptionTemplate',
  'synonyms',
] as const satisfies readonly Part[]

// One index per language, shared by the header and the results page.
const indexes = new Map<Lang, Search>()
let loadedModule: SearchModule | null = null

/**
 * The search index of the current language, built on first use: the search library, the whole
 * handbook and the index are loaded only when someone starts to search, so every page stays small.
 */
export function useSearchIndex() {
  const store = useHandbookStore()
  const wanted = ref(false)
  const search = shallowRef<Search | null>(null)
  const lib = shallowRef<SearchModule | null>(loadedModule)

  watch(
    [() => store.lang, wanted],
    async ([lang, want]) => {
      if (!want) return
      const cached = indexes.get(lang)
      if (cached) {
        search.value = cached
        return
      }
      search.value = null
      const [module] = await Promise.all([import('@/lib/search'), store.ensure(SEARCHED, lang)])
      loadedModule = module
      lib.value = module
      const book = store.get(SEARCHED)
      if (!book || book.lang !== lang) return
      const built = indexes.get(lang) ?? module.createSearchIndex(book)
      indexes.set(lang, built)
      // A language switch while building: keep the index of the language shown now.
      if (store.lang === lang) search.value = built
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
