import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { logbookFilterToQuery, queryToLogbookFilter, type LogbookFilter } from '@/lib/logbook-filter'

/**
 * The logbook's filter, kept in the URL query: a reload, a bookmark and the back button keep it.
 * Typing replaces the history entry, other changes add one.
 */
export function useLogbookFilter(phaseCount: () => number | undefined) {
  const route = useRoute()
  const router = useRouter()
  const filter = computed(() => queryToLogbookFilter(route.query, phaseCount()))

  function update(next: LogbookFilter, options: { replace?: boolean } = {}) {
    const to = { path: route.path, query: logbookFilterToQuery(next), hash: route.hash }
    return options.replace ? router.replace(to) : router.push(to)
  }

  return { filter, update }
}
