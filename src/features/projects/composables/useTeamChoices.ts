import { computed, ref, watch } from 'vue'
import { useI18n } from '@/app/i18n'
import { useCurrentTeam } from '@/composables/useCurrentTeam'
import { useTeamSearch } from '@/composables/useTeamSearch'

/**
 * The teams a list or the switcher offers: a page of `pageSize` teams (most recently edited first,
 * or those matching what was typed), the current team first, and a sentence for screen readers on
 * what the search found. A search is offered only once there are more teams than fit on a page.
 */
export function useTeamChoices(pageSize: number, options: { keepCurrent: boolean }) {
  const { t } = useI18n()
  const { team, count, select } = useCurrentTeam()
  const query = ref('')
  const limit = ref(pageSize)
  watch(query, () => (limit.value = pageSize))
  const { teams, more } = useTeamSearch(query, limit)
  const searching = computed(() => query.value.trim() !== '')

  return {
    team,
    count,
    select,
    query,
    more,
    searchable: computed(() => count.value > pageSize),
    /**
     * The page of teams, the current one first. A select keeps it while searching (it must show
     * the chosen team); a list shows it then only if it matches.
     */
    choices: computed(() => {
      const current = team.value
      const others = teams.value.filter((item) => item.id !== current?.id)
      const matched = others.length < teams.value.length
      const keep = options.keepCurrent || !searching.value || matched
      return current && keep ? [current, ...others] : others
    }),
    status: computed(() => {
      if (!searching.value) return more.value ? t('projects.teams.shown', { n: limit.value }) : ''
      if (!teams.value.length) return t('projects.teams.noMatch', { q: query.value.trim() })
      return more.value
        ? t('projects.teams.foundMore', { n: limit.value })
        : t('projects.teams.found', teams.value.length)
    }),
    showMore: () => (limit.value += pageSize),
  }
}
