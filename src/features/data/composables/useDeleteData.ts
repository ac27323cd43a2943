import { loadRepositories } from '@/db/live'
import { useTeamsWithProjects } from './useTeamsWithProjects'

/** Deleting a project, a team or everything on this device; each in one transaction. */
export function useDeleteData() {
  const { teams } = useTeamsWithProjects()
  return {
    teams,
    removeProject: async (projectId: string) => (await loadRepositories()).transfer.removeProject(projectId),
    removeTeam: async (teamId: string) => (await loadRepositories()).transfer.removeTeam(teamId),
    removeEverything: async () => (await loadRepositories()).transfer.removeEverything(),
  }
}
