import { createSharedComposable } from '@vueuse/core'
import { computed, ref, watch, watchEffect } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { localDataPresent } from '@/db/presence'
import type { Team } from '@/model'

/**
 * The team this device is working as: the one place that reads it. Remembered in IndexedDB, so
 * every tab and every feature (projects, favourites, workshops) agrees on it; falls back to the most
 * recently edited team when the chosen one is gone. On a device without data there is no team, and
 * the storage layer is not even loaded (see db/presence.ts). Shared: the method library shows 54
 * cards, each asking for the team, and they all use one live query. It reads one team and a count,
 * never the list: a device may hold 100 000 teams (see useTeamSearch for lists).
 */
export const useCurrentTeam = createSharedComposable(() => {
  const { data, ready, error } = useLiveQuery(
    () => (localDataPresent.value ? 'this-device' : null),
    async (_device, repos) => {
      const [id, count] = await Promise.all([repos.settings.get('currentTeamId'), repos.teams.count()])
      const chosen = id ? await repos.teams.get(id) : undefined
      return { count, current: chosen ?? (await repos.teams.mostRecent()) ?? null }
    },
    { count: 0, current: null as Team | null },
  )

  // Without data on this device there is nothing to wait for: no team.
  const settled = computed(() => !localDataPresent.value || ready.value)
  // Once shown, a page never falls back to its loading state: the first team created on this device
  // opens the storage layer, and the form the user is typing the next name into must stay.
  const shown = ref(false)
  watchEffect(() => {
    if (settled.value) shown.value = true
  })

  return {
    team: computed(() => data.value.current),
    /** How many teams this device holds. */
    count: computed(() => data.value.count),
    ready: computed(() => shown.value || settled.value),
    error,
    select: async (teamId: string) => (await loadRepositories()).settings.set('currentTeamId', teamId),
  }
})

/**
 * Resolves once the current team is known (or could not be read), at most after `limitMs`: a page
 * waits for it before it is shown (beforeRouteEnter), so it appears with its team's controls rather
 * than growing under the reader. The query keeps running for the page, which reads the same result.
 * Without data on this device it resolves at once and loads nothing.
 */
export function currentTeamSettled(limitMs = 2000): Promise<void> {
  const { ready } = useCurrentTeam()
  if (ready.value) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, limitMs)
    const stop = watch(ready, (isReady) => isReady && done())
    function done() {
      clearTimeout(timer)
      stop()
      resolve()
    }
  })
}
