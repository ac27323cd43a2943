import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { loadRepositories } from '@/db/live'
import { restorePlan } from '@/lib/transfer/plan'
import type { TeamData } from '@/model'

/**
 * What a user does with the teams on this device. Deleting returns everything the team held, so
 * the caller can offer undo; undo writes it back through the same code as an import. Lists of
 * teams come from useTeamChoices, a page at a time.
 */
/**
 * Team creations run one after another, so the team created last is the current one, as the user
 * expects: two quick clicks used to race, and the first team's selection could land last.
 */
let creating: Promise<unknown> = Promise.resolve()

export function useTeams() {
  const { select } = useCurrentTeam()

  return {
    select,
    create(name: string) {
      const created = creating.then(async () => {
        const team = await (await loadRepositories()).teams.create(name)
        await select(team.id)
        return team
      })
      creating = created.catch(() => undefined)
      return created
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
