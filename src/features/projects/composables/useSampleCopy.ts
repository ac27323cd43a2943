import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { loadRepositories } from '@/db/live'
import type { FilledProject } from '@/lib/sample-project'
import type { Project } from '@/model'
import { useTeams } from './useTeams'

/**
 * Copies the handbook's sample measure into the current team as a real project. On a device without
 * a team, the team the user names is created first (and becomes the current one), as on the projects page.
 */
export function useSampleCopy() {
  const { team, ready, error } = useCurrentTeam()
  const { create: createTeam } = useTeams()
  return {
    team,
    ready,
    error,
    async copy(filled: FilledProject, newTeamName: string): Promise<Project> {
      const teamId = team.value?.id ?? (await createTeam(newTeamName)).id
      return (await loadRepositories()).projects.createFilled(teamId, filled)
    },
  }
}
