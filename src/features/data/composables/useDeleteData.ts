import { loadRepositories } from '@/db/live'

/**
 * Deleting a project, a team or everything on this device; each in one transaction. Everything is
 * cleared table by table (no record is read), so it stays quick with 100 000 teams.
 */
export function useDeleteData() {
  return {
    removeProject: async (projectId: string) => (await loadRepositories()).transfer.removeProject(projectId),
    removeTeam: async (teamId: string) => (await loadRepositories()).transfer.removeTeam(teamId),
    removeEverything: async () => (await loadRepositories()).transfer.removeEverything(),
  }
}
