import { onMounted } from 'vue'

/** The parts of the Network Information API that say a connection is slow or metered (Chromium only). */
export interface ConnectionHints {
  saveData?: boolean
  effectiveType?: string
}

/** False when the user asked to save data or the connection is 2G: then only what they open loads. */
export function mayPrefetch(connection: ConnectionHints | undefined): boolean {
  if (!connection) return true
  return !connection.saveData && connection.effectiveType !== '2g' && connection.effectiveType !== 'slow-2g'
}

/**
 * Once the page is shown and the browser idle, loads what the user most likely opens next (a
 * route's code, its part of the handbook), so that the first click on it is as quick as the
 * second. Only for pages where the next step is clear; a failure is harmless (the click loads it).
 */
export function usePrefetch(load: () => Promise<unknown>): void {
  onMounted(() => {
    if (!mayPrefetch((navigator as Navigator & { connection?: ConnectionHints }).connection)) return
    const run = () => void load().catch(() => undefined)
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 })
    else setTimeout(run, 300)
  })
}
