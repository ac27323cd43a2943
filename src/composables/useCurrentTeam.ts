import { computed } from 'vue'
import { repositories, useLiveQuery, type Team } from '@/db'

const KEY = 'currentTeamId'

/**
 * The team this device is working as. Remembered in IndexedDB, so every tab and every feature
 * (projects, favourites, workshops) agrees on it. Falls back to the most recently edited team.
 */
export function useCurrentTeam() {
  const { data, ready, error } = useLiveQuery(
    async () => {
      const repos = repositories()
      const [teams, id] = await Promise.all([repos.teams.list(), repos.settings.get<string>(KEY)])
      return { teams, current: teams.find((t) => t.id === id) ?? teams[0] ?? null }
    },
    { teams: [] as Team[], current: null as Team | null },
  )

  return {
    teams: computed(() => data.value.teams),
    team: computed(() => data.value.current),
    ready,
    error,
    select: (teamId: string) => repositories().settings.set(KEY, teamId),
  }
}
