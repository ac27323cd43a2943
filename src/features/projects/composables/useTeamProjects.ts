import { computed, type MaybeRefOrGetter } from 'vue'
import { useLiveQuery } from '@/db/live'
import type { Project } from '@/model'

/** The projects of a team, kept live (step states: useProjectStatuses, for the projects shown). */
export function useTeamProjects(teamId: MaybeRefOrGetter<string | null | undefined>) {
  const { data, ready, error } = useLiveQuery(
    teamId,
    (id, repos) => repos.projects.listByTeam(id),
    [] as Project[],
  )
  return { projects: computed(() => data.value), ready, error }
}
