import { computed } from 'vue'
import { repositories } from '@/db'
import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { useTeamQuery } from './useTeamQuery'

/** The current team's favourite methods, live across tabs. Without a team there are none. */
export function useFavourites() {
  const { team, ready: teamReady } = useCurrentTeam()
  const teamId = computed(() => team.value?.id ?? null)
  const { data } = useTeamQuery(
    teamId,
    async (id) => new Set(await repositories().favourites.listByTeam(id)),
    new Set<string>(),
  )

  return {
    team,
    teamReady,
    favourites: data,
    toggle: (methodId: string) => {
      if (!team.value) throw new Error('No team')
      return repositories().favourites.toggle(team.value.id, methodId)
    },
  }
}
