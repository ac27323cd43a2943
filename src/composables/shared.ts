import { effectScope, getCurrentScope, onScopeDispose, type EffectScope } from 'vue'

/**
 * Makes a composable without arguments shared: every caller gets the same state, set up once and
 * stopped when the last caller is gone. The method library shows 54 cards, each with a star and a
 * collection picker; without this, each would open its own live queries on the database.
 */
export function sharedComposable<T>(composable: () => T): () => T {
  let users = 0
  let scope: EffectScope | null = null
  let state: T | undefined

  const release = () => {
    users -= 1
    if (users <= 0 && scope) {
      scope.stop()
      scope = null
      state = undefined
    }
  }

  return () => {
    users += 1
    if (!scope) {
      // Detached, so it outlives the component that happened to call first.
      scope = effectScope(true)
      state = scope.run(composable)
    }
    if (getCurrentScope()) onScopeDispose(release)
    return state as T
  }
}
