import { computed } from 'vue'
import { repositories, useLiveQuery, type Project, type StepStatus, type Team } from '@/db'
import { useHandbook } from '@/composables/useHandbook'
import { PROJECT_PARTS } from '@/features/projects/handbook'

interface ProjectData {
  project: Project
  team: Team | null
  statuses: Record<string, StepStatus>
}

/** A project with its team and step states, kept live; with the handbook's phases and steps. */
export function useProject(projectId: string) {
  const { handbook } = useHandbook(...PROJECT_PARTS)
  const { data, ready, error } = useLiveQuery<ProjectData | null>(async () => {
    const repos = repositories()
    const project = await repos.projects.get(projectId)
    if (!project) return null
    const [team, states] = await Promise.all([
      repos.teams.get(project.teamId),
      repos.stepStates.listByProject(projectId),
    ])
    return {
      project,
      team: team ?? null,
      statuses: Object.fromEntries(states.map((s) => [s.stepId, s.status])),
    }
  }, null)

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
