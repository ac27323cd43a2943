import { liveQuery } from 'dexie'
import { onScopeDispose, shallowRef, type Ref } from 'vue'

export interface LiveResult<T> {
  data: Ref<T>
  /** Set when the browser's storage cannot be used (private window, blocked, quota). */
  error: Ref<Error | null>
  /** False until the first result arrived. */
  ready: Ref<boolean>
}

/**
 * A Dexie live query as Vue refs. It re-runs whenever the data it read changes, in this tab or in
 * another one, so every open tab shows the same state.
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, initial: T): LiveResult<T> {
  const data = shallowRef(initial) as Ref<T>
  const error = shallowRef<Error | null>(null)
  const ready = shallowRef(false)
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      data.value = value
      error.value = null
      ready.value = true
    },
    error: (err: unknown) => {
      error.value = err instanceof Error ? err : new Error(String(err))
      ready.value = true
    },
  })
  onScopeDispose(() => subscription.unsubscribe())
  return { data, error, ready }
}
