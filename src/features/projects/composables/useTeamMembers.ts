import type { MaybeRefOrGetter } from 'vue'
import { loadRepositories, useLiveQuery } from '@/db/live'
import type { Member } from '@/model'

/** The members of a team, kept live, with adding and removing. */
export function useTeamMembers(teamId: MaybeRefOrGetter<string | null | undefined>) {
  const { data: members, ready } = useLiveQuery(
    teamId,
    (id, repos) => repos.members.listByTeam(id),
    [] as Member[],
  )
  return {
    members,
    ready,
    add: async (team: string, name: string, role: string) =>
      (await loadRepositories()).members.add(team, name, role),
    remove: async (memberId: string) => (await loadRepositories()).members.remove(memberId),
  }
}
