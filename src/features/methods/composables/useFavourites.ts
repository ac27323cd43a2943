import { computed } from 'vue'
import { sharedComposable } from '@/composables/shared'
import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { useLiveQueryFor } from '@/composables/useLiveQueryFor'

// Loaded with the first team (see useCurrentTeam), so awaiting it here is instant.
const repositories = async () => (await import('@/db')).repositories()

/** The current team's favourite methods, live across tabs. Without a team there are none. */
export const useFavourites = sharedComposable(() => {
  const { team, ready: teamReady } = useCurrentTeam()
  const teamId = computed(() => team.value?.id ?? null)
  const { data } = useLiveQueryFor(
    teamId,
    async (id, repos) => new Set(await repos.favourites.listByTeam(id)),
    new Set<string>(),
  )

  return {
    team,
    teamReady,
    favourites: data,
    toggle: async (methodId: string) => {
      if (!team.value) throw new Error('No team')
      return (await repositories()).favourites.toggle(team.value.id, methodId)
    },
  }
})
