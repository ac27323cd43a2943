import { effectScope, onScopeDispose, shallowRef, watch, watchEffect, type EffectScope, type Ref } from 'vue'
import { useLiveQuery } from '@/db'

/**
 * A live query over one team's data that starts again when the current team changes (a Dexie live
 * query only notices changes in the database, not in Vue state such as the chosen team).
 */
export function useTeamQuery<T>(
  teamId: Ref<string | null>,
  query: (teamId: string) => Promise<T>,
  initial: T,
) {
  const data = shallowRef(initial) as Ref<T>
  const ready = shallowRef(false)
  const error = shallowRef<Error | null>(null)
  let scope: EffectScope | null = null

  watch(
    teamId,
    (id) => {
      scope?.stop()
      scope = null
      if (!id) {
        data.value = initial
        ready.value = false
        return
      }
      scope = effectScope()
      scope.run(() => {
        const live = useLiveQuery(() => query(id), initial)
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
