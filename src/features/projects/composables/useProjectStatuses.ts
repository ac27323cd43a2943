import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { lastAnswer, useLiveQuery } from '@/db/live'
import type { StepStatus } from '@/model'

export type ProjectStatuses = Record<string, Record<string, StepStatus>>

/**
 * The step states of the given projects, kept live, for their progress. Asked for the projects on
 * screen only (all of them only to sort by progress): reading them for 5,000 projects took over a
 * second on every change.
 */
export function useProjectStatuses(projectIds: MaybeRefOrGetter<string[]>) {
  const live = useLiveQuery(
    // A text, not an array: the same projects in a new array must not restart the query.
    () => toValue(projectIds).join('\n'),
    async (ids, repos) => {
      const statuses: ProjectStatuses = {}
      const states = ids ? await repos.stepStates.listByProjects(ids.split('\n')) : []
      for (const s of states) (statuses[s.projectId] ??= {})[s.stepId] = s.status
      return statuses
    },
    {} as ProjectStatuses,
  )
  // Kept while a longer page loads, so progress bars already shown do not drop to zero.
  const shown = lastAnswer(live)
  return { statuses: computed(() => shown.value) }
}
