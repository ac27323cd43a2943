import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { lastAnswer, useLiveQuery } from '@/db/live'
import { localDataPresent } from '@/db/presence'
import type { Team } from '@/model'

/**
 * A bounded list of the teams on this device, kept live: the most recently edited ones, or those
 * whose name matches `query` (word beginnings, see lib/name-words.ts). Never more than `limit`,
 * however many teams there are; `more` says whether others match, so a list can offer a search
 * or "show more" instead of rendering 100 000 entries.
 */
export function useTeamSearch(query: MaybeRefOrGetter<string>, limit: MaybeRefOrGetter<number>) {
  const live = useLiveQuery(
    () => (localDataPresent.value ? { query: toValue(query).trim(), limit: toValue(limit) } : null),
    // One more than shown tells whether there are more, without counting every match.
    async (asked, repos) => ({
      found: await repos.teams.search(asked.query, asked.limit + 1),
      limit: asked.limit,
    }),
    { found: [] as Team[], limit: 0 },
  )
  // Sliced by the limit the answer was for: the "show more" button stays until the longer list is in.
  const shown = lastAnswer(live)
  return {
    teams: computed(() => shown.value.found.slice(0, shown.value.limit)),
    more: computed(() => shown.value.found.length > shown.value.limit),
    ready: live.ready,
    error: live.error,
  }
}
