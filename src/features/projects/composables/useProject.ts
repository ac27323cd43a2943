import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useHandbook } from '@/composables/useHandbook'
import { loadRepositories, useLiveQuery } from '@/db/live'
import { PROJECT_PARTS } from '@/features/projects/handbook'
import type { Project, StepStatus, Team } from '@/model'

interface ProjectData {
  project: Project
  team: Team | null
  statuses: Record<string, StepStatus>
}

/**
 * A project with its team and step states, kept live and following `projectId` when it changes;
 * with the handbook's phases and steps. Answers that a reload or crash cut off reach IndexedDB
 * before anything of the project is read.
 */
export function useProject(projectId: MaybeRefOrGetter<string>) {
  const { handbook } = useHandbook(...PROJECT_PARTS)
  watch(
    () => toValue(projectId),
    (id) =>
      void loadRepositories()
        .then((repos) => repos.answers.replayJournal(id))
        .catch(() => undefined),
    { immediate: true },
  )
  const { data, ready, error } = useLiveQuery<string, ProjectData | null>(
    projectId,
    async (id, repos) => {
      const project = await repos.projects.get(id)
      if (!project) return null
      const [team, states] = await Promise.all([
        repos.teams.get(project.teamId),
        repos.stepStates.listByProject(id),
      ])
      return {
        project,
        team: team ?? null,
        statuses: Object.fromEntries(states.map((s) => [s.stepId, s.status])),
      }
    },
    null,
  )

  return {
    handbook,
    ready,
    error,
    project: computed(() => data.value?.project ?? null),
    team: computed(() => data.value?.team ?? null),
    statuses: computed(() => data.value?.statuses ?? {}),
    phaseTitle: (n: number) => handbook.value?.phases.find((p) => p.number === n)?.title ?? String(n),
  }
}

/** A project's answers as a map from question id to value, kept live. */
export function useProjectAnswers(projectId: MaybeRefOrGetter<string>) {
  const { data } = useLiveQuery(
    projectId,
    (id, repos) => repos.answers.mapByProject(id),
    {} as Record<string, unknown>,
  )
  return data
}
