import { createSharedComposable } from '@vueuse/core'
import { computed } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { localDataPresent } from '@/db/presence'
import type { Team } from '@/model'

/**
 * The team this device is working as: the one place that reads it. Remembered in IndexedDB, so
 * every tab and every feature (projects, favourites, workshops) agrees on it; falls back to the most
 * recently edited team when the chosen one is gone. On a device without data there is no team, and
 * the storage layer is not even loaded (see db/presence.ts). Shared: the method library shows 54
 * cards, each asking for the team, and they all use one live query.
 */
export const useCurrentTeam = createSharedComposable(() => {
  const { data, ready, error } = useLiveQuery(
    () => (localDataPresent.value ? 'this-device' : null),
    async (_device, repos) => {
      const [teams, id] = await Promise.all([repos.teams.list(), repos.settings.get('currentTeamId')])
      return { teams, current: teams.find((t) => t.id === id) ?? teams[0] ?? null }
    },
    { teams: [] as Team[], current: null as Team | null },
  )

  return {
    teams: computed(() => data.value.teams),
    team: computed(() => data.value.current),
    // Without data on this device there is nothing to wait for: no team.
    ready: computed(() => !localDataPresent.value || ready.value),
    error,
    select: async (teamId: string) => (await loadRepositories()).settings.set('currentTeamId', teamId),
  }
})
