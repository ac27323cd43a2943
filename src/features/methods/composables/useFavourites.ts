import { computed } from 'vue'
import { createSharedComposable } from '@vueuse/core'
import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { loadRepositories, useLiveQuery } from '@/db/live'

/** The current team's favourite methods, live across tabs. Without a team there are none. */
export const useFavourites = createSharedComposable(() => {
  const { team, ready: teamReady } = useCurrentTeam()
  const teamId = computed(() => team.value?.id ?? null)
  const { data } = useLiveQuery(
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
      return (await loadRepositories()).favourites.toggle(team.value.id, methodId)
    },
  }
})
