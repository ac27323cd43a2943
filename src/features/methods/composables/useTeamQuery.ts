import type { Repositories } from '@/db'
import { effectScope, onScopeDispose, shallowRef, watch, watchEffect, type EffectScope, type Ref } from 'vue'

/**
 * A live query over one team's data that starts again when the current team changes (a Dexie live
 * query only notices changes in the database, not in Vue state such as the chosen team).
 */
export function useTeamQuery<T>(
  teamId: Ref<string | null>,
  query: (teamId: string, repos: Repositories) => Promise<T>,
  initial: T,
) {
  const data = shallowRef(initial) as Ref<T>
  const ready = shallowRef(false)
  const error = shallowRef<Error | null>(null)
  let scope: EffectScope | null = null

  watch(
    teamId,
    async (id) => {
      scope?.stop()
      scope = null
      if (!id) {
        data.value = initial
        ready.value = false
        return
      }
      const own = effectScope()
      scope = own
      // There is a team only once the storage layer is loaded, so this import is instant.
      const { repositories, useLiveQuery } = await import('@/db')
      if (scope !== own) return
      own.run(() => {
        const live = useLiveQuery(() => query(id, repositories()), initial)
        watchEffect(() => {
          data.value = live.data.value
          ready.value = live.ready.value
          error.value = live.error.value
        })
      })
    },
    { immediate: true },
  )
  onScopeDispose(() => scope?.stop())
  return { data, ready, error }
}
