/**
 * When another tab opens this database with a newer schema (after an app update), this tab must
 * close its connection so the upgrade can run, and cannot write any more until it is reloaded.
 */
type Listener = () => void
const listeners = new Set<Listener>()

/** Calls `listener` when this tab has given way to a newer version; returns an unsubscribe. */
export function onNewerVersionElsewhere(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function notifyNewerVersion(): void {
  for (const listener of listeners) listener()
}
