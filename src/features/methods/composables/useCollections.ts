import { computed } from 'vue'
import { createSharedComposable } from '@vueuse/core'
import type { MethodCollection } from '@/model'
import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { loadRepositories, useLiveQuery } from '@/db/live'

/** The current team's method collections, live across tabs, with the actions on them. */
export const useCollections = createSharedComposable(() => {
  const { team, ready: teamReady } = useCurrentTeam()
  const teamId = computed(() => team.value?.id ?? null)
  const { data, ready, error } = useLiveQuery(
    teamId,
    (id, repos) => repos.collections.listByTeam(id),
    [] as MethodCollection[],
  )
  const repo = async () => (await loadRepositories()).collections

  return {
    team,
    teamReady,
    ready,
    error,
    collections: data,
    create: async (name: string) => {
      if (!team.value) throw new Error('No team')
      return (await repo()).create(team.value.id, name)
    },
    rename: async (id: string, name: string) => (await repo()).rename(id, name),
    toggleMethod: async (id: string, methodId: string) => (await repo()).toggleMethod(id, methodId),
    remove: async (id: string) => (await repo()).remove(id),
    restore: async (collection: MethodCollection) => (await repo()).restore(collection),
  }
})
