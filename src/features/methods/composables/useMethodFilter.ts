import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useHandbook } from '@/composables/useHandbook'
import type { MethodFilter } from '@/lib/method-filter'
import { filterToQuery, queryToFilter } from '@/lib/method-query'

/**
 * The library's filter, kept in the URL query only: the address is the state, so bookmarks, shared
 * links and the back button all work. Typing replaces the history entry, other changes add one.
 */
export function useMethodFilter() {
  const route = useRoute()
  const router = useRouter()
  // The phases a filter may name are the handbook's (see queryToFilter).
  const { handbook } = useHandbook('outline')
  const filter = computed(() => queryToFilter(route.query, handbook.value?.outline.phases.length))

  function update(next: MethodFilter, options: { replace?: boolean } = {}) {
    const to = { path: route.path, query: filterToQuery(next), hash: route.hash }
    return options.replace ? router.replace(to) : router.push(to)
  }

  return { filter, update }
}
