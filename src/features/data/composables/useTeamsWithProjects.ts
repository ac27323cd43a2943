import { useLiveQuery } from '@/db/live'
import type { Project, Team } from '@/model'

/** Every team on this device with its projects, kept live: what the data page exports and deletes. */
export function useTeamsWithProjects() {
  const {
    data: teams,
    error,
    ready,
  } = useLiveQuery(
    'all',
    async (_all, repos) => {
      const list = await repos.teams.list()
      return Promise.all(
        list.map(async (team) => ({ team, projects: await repos.projects.listByTeam(team.id) })),
      )
    },
    [] as { team: Team; projects: Project[] }[],
  )
  return { teams, error, ready }
}
