import type { Repositories } from '@/db'
import { effectScope, onScopeDispose, shallowRef, watch, watchEffect, type EffectScope, type Ref } from 'vue'

/**
 * A live query that runs while `key` is set (a team id, say) and starts again when it changes: a
 * Dexie live query only notices changes in the database, not in Vue state such as the chosen team.
 * The storage layer is imported on first use, so a page that never has a key never downloads it.
 */
export function useLiveQueryFor<T>(
  key: Ref<string | null>,
  query: (key: string, repos: Repositories) => Promise<T>,
  initial: T,
) {
  const data = shallowRef(initial) as Ref<T>
  const ready = shallowRef(false)
  const error = shallowRef<Error | null>(null)
  let scope: EffectScope | null = null

  watch(
    key,
    async (value) => {
      scope?.stop()
      scope = null
      if (!value) {
        data.value = initial
        ready.value = false
        return
      }
      const own = effectScope()
      scope = own
      const { repositories, useLiveQuery } = await import('@/db')
      // A newer key while the import ran: that one's query takes over.
      if (scope !== own) return
      own.run(() => {
        const live = useLiveQuery(() => query(value, repositories()), initial)
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
