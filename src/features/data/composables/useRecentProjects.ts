import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { lastAnswer, useLiveQuery } from '@/db/live'
import type { Project } from '@/model'

export interface ProjectPage {
  /** The team's most recently edited projects, newest first, at most the limit asked for. */
  projects: Project[]
  /** How many projects the team has in all. */
  total: number
}

/**
 * The most recent projects of each of the given teams (at most `limit` each) with their counts,
 * kept live: what the data page offers to export or delete. Bounded on purpose: a team may hold
 * 5,000 projects, and reading every project of every team left the page unusable.
 */
export function useRecentProjects(teamIds: MaybeRefOrGetter<string[]>, limit: MaybeRefOrGetter<number>) {
  const live = useLiveQuery(
    // A text, not an array: the same teams in a new array must not restart the query.
    () => JSON.stringify([toValue(limit), toValue(teamIds)]),
    async (key, repos) => {
      const [max, ids] = JSON.parse(key) as [number, string[]]
      const pages = await Promise.all(
        ids.map(async (id): Promise<[string, ProjectPage]> => {
          const [projects, total] = await Promise.all([
            repos.projects.recentByTeam(id, max),
            repos.projects.countByTeam(id),
          ])
          return [id, { projects, total }]
        }),
      )
      return Object.fromEntries(pages) as Record<string, ProjectPage>
    },
    {} as Record<string, ProjectPage>,
  )
  // The last answer stays while the next loads, so a longer list does not flash empty.
  const shown = lastAnswer(live)
  return {
    pages: computed(() => shown.value),
    /** The page of one team; empty until read. */
    pageOf: (teamId: string): ProjectPage => shown.value[teamId] ?? { projects: [], total: 0 },
    ready: live.ready,
  }
}
