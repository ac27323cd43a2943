import { computed, effectScope, onScopeDispose, shallowRef, watch, watchEffect } from 'vue'
import { sharedComposable } from '@/composables/shared'
import type { Team } from '@/db'
import { localDataPresent } from '@/db/presence'

const KEY = 'currentTeamId'

/**
 * The team this device is working as. Remembered in IndexedDB, so every tab and every feature
 * (projects, favourites, workshops) agrees on it. Falls back to the most recently edited team.
 * On a device without data there is no team, and the storage layer is not even loaded: the method
 * library's first visit then costs a third less (see db/presence.ts).
 */
export const useCurrentTeam = sharedComposable(() => {
  const data = shallowRef({ teams: [] as Team[], current: null as Team | null })
  const ready = shallowRef(false)
  const error = shallowRef<Error | null>(null)
  const live = effectScope()

  watch(
    localDataPresent,
    async (present) => {
      if (!present) {
        ready.value = true
        return
      }
      const { repositories, useLiveQuery } = await import('@/db')
      live.run(() => {
        const query = useLiveQuery(async () => {
          const repos = repositories()
          const [teams, id] = await Promise.all([repos.teams.list(), repos.settings.get<string>(KEY)])
          return { teams, current: teams.find((t) => t.id === id) ?? teams[0] ?? null }
        }, data.value)
        watchEffect(() => {
          data.value = query.data.value
          ready.value = query.ready.value
          error.value = query.error.value
        })
      })
    },
    { immediate: true },
  )
  onScopeDispose(() => live.stop())

  return {
    teams: computed(() => data.value.teams),
    team: computed(() => data.value.current),
    ready,
    error,
    select: async (teamId: string) => (await import('@/db')).repositories().settings.set(KEY, teamId),
  }
})
