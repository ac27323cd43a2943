import { computed, type MaybeRefOrGetter } from 'vue'
import { useLiveQuery } from '@/db/live'
import type { Project, StepStatus } from '@/model'

export type ProjectStatuses = Record<string, Record<string, StepStatus>>

/**
 * The projects of a team, kept live; with `statuses`, also every project's step states (for the
 * progress in the project list), read in one request.
 */
export function useTeamProjects(
  teamId: MaybeRefOrGetter<string | null | undefined>,
  options: { statuses?: boolean } = {},
) {
  const { data, ready, error } = useLiveQuery(
    teamId,
    async (id, repos) => {
      const projects = await repos.projects.listByTeam(id)
      const statuses: ProjectStatuses = {}
      if (options.statuses) {
        const states = await repos.stepStates.listByProjects(projects.map((p) => p.id))
        for (const s of states) (statuses[s.projectId] ??= {})[s.stepId] = s.status
      }
      return { projects, statuses }
    },
    { projects: [] as Project[], statuses: {} as ProjectStatuses },
  )
  return {
    projects: computed(() => data.value.projects),
    statuses: computed(() => data.value.statuses),
    ready,
    error,
  }
}
