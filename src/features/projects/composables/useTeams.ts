import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { loadRepositories } from '@/db/live'
import { restorePlan } from '@/lib/transfer/plan'
import type { TeamData } from '@/model'

/**
 * What a user does with the teams on this device. Deleting returns everything the team held, so
 * the caller can offer undo; undo writes it back through the same code as an import. Lists of
 * teams come from useTeamChoices, a page at a time.
 */
export function useTeams() {
  const { select } = useCurrentTeam()

  return {
    select,
    async create(name: string) {
      const team = await (await loadRepositories()).teams.create(name)
      await select(team.id)
      return team
    },
    rename: async (teamId: string, name: string) => (await loadRepositories()).teams.rename(teamId, name),
    async remove(teamId: string): Promise<TeamData | null> {
      const { transfer } = await loadRepositories()
      const removed = await transfer.collectTeam(teamId)
      await transfer.removeTeam(teamId)
      return removed
    },
    async restore(removed: TeamData) {
      await (await loadRepositories()).transfer.apply(restorePlan(removed))
      const team = removed.teams[0]
      if (team) await select(team.id)
    },
  }
}
