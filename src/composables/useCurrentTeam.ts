import { computed } from 'vue'
import { sharedComposable } from '@/composables/shared'
import { useLiveQueryFor } from '@/composables/useLiveQueryFor'
import type { Team } from '@/db'
import { localDataPresent } from '@/db/presence'

const KEY = 'currentTeamId'

/**
 * The team this device is working as. Remembered in IndexedDB, so every tab and every feature
 * (projects, favourites, workshops) agrees on it. Falls back to the most recently edited team.
 * On a device without data there is no team, and the storage layer is not even loaded: the method
 * library's first visit then costs a third less (see db/presence.ts).
 */
export const useCurrentTeam = sharedComposable(() => {
  const { data, ready, error } = useLiveQueryFor(
    computed(() => (localDataPresent.value ? 'this-device' : null)),
    async (_key, repos) => {
      const [teams, id] = await Promise.all([repos.teams.list(), repos.settings.get<string>(KEY)])
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
    select: async (teamId: string) => (await import('@/db')).repositories().settings.set(KEY, teamId),
  }
})
