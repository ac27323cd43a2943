import { computed } from 'vue'
import { repositories, type MethodCollection } from '@/db'
import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { useTeamQuery } from './useTeamQuery'

/** The current team's method collections, live across tabs, with the actions on them. */
export function useCollections() {
  const { team, ready: teamReady } = useCurrentTeam()
  const teamId = computed(() => team.value?.id ?? null)
  const { data, ready, error } = useTeamQuery(
    teamId,
    (id) => repositories().collections.listByTeam(id),
    [] as MethodCollection[],
  )
  const repo = () => repositories().collections

  return {
    team,
    teamReady,
    ready,
    error,
    collections: data,
    create: (name: string) => {
      if (!team.value) throw new Error('No team')
      return repo().create(team.value.id, name)
    },
    rename: (id: string, name: string) => repo().rename(id, name),
    toggleMethod: (id: string, methodId: string) => repo().toggleMethod(id, methodId),
    remove: (id: string) => repo().remove(id),
    restore: (collection: MethodCollection) => repo().restore(collection),
  }
}
