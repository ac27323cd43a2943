/**
 * The one way the app reads stored data: a Dexie live query as Vue refs. It imports the storage
 * layer on first use only (see presence.ts), so a page that never asks for data never downloads
 * Dexie. Kept free of static Dexie imports on purpose.
 */
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import type { Repositories } from './index'

export type { Repositories }

export interface LiveResult<T> {
  data: Ref<T>
  /** Set when the browser's storage cannot be used (private window, blocked, quota). */
  error: Ref<Error | null>
  /** False until the first result for the current source arrived. */
  ready: Ref<boolean>
}

/** The app's repositories, loading the storage layer on first use. For writes. */
export async function loadRepositories(): Promise<Repositories> {
  return (await import('./index')).repositories()
}

/**
 * Runs `query` for the current value of `source` (an id from props, the current team, a route
 * param) and again whenever the data it read changes, in this tab or another one. When `source`
 * changes, the old subscription ends and a new one starts: no component needs remounting to see
 * the right data. While `source` is null or undefined nothing is read and `data` holds `initial`.
 */
export function useLiveQuery<S, T>(
  source: MaybeRefOrGetter<S | null | undefined>,
  query: (source: S, repos: Repositories) => T | Promise<T>,
  initial: T,
): LiveResult<T> {
  const data = shallowRef(initial) as Ref<T>
  const error = shallowRef<Error | null>(null)
  const ready = shallowRef(false)
  let stop: (() => void) | null = null
  let generation = 0

  const fail = (err: unknown) => {
    error.value = err instanceof Error ? err : new Error(String(err))
    ready.value = true
  }

  watch(
    () => toValue(source),
    async (value) => {
      const own = ++generation
      stop?.()
      stop = null
      data.value = initial
      ready.value = false
      error.value = null
      if (value === null || value === undefined) return
      try {
        const { liveQuery, repositories } = await import('./index')
        // A newer source arrived while the storage layer loaded: its subscription takes over.
        if (own !== generation) return
        const repos = repositories()
        const subscription = liveQuery(() => query(value, repos)).subscribe({
          next: (result) => {
            data.value = result
            error.value = null
            ready.value = true
          },
          error: fail,
        })
        stop = () => subscription.unsubscribe()
      } catch (err) {
        if (own === generation) fail(err)
      }
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    generation += 1
    stop?.()
  })
  return { data, error, ready }
}

/**
 * The last answer of a live query, kept while the answer for a new source loads (where `data` falls
 * back to `initial`). For lists the user narrows or extends: a search field or a "show more"
 * button whose list emptied for a moment would flicker and take the pressed button's focus away.
 */
export function lastAnswer<T>({ data, ready }: LiveResult<T>): Readonly<Ref<T>> {
  const shown = shallowRef(data.value) as Ref<T>
  watch(
    [data, ready],
    () => {
      if (ready.value) shown.value = data.value
    },
    { immediate: true },
  )
  return shown
}
