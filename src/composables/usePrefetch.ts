import { onMounted } from 'vue'

/**
 * Once the page is shown and the browser idle, loads what the user most likely opens next (a
 * route's code, its part of the handbook), so that the first click on it is as quick as the
 * second. Only for pages where the next step is clear; a failure is harmless (the click loads it).
 */
export function usePrefetch(load: () => Promise<unknown>): void {
  onMounted(() => {
    const run = () => void load().catch(() => undefined)
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 })
    else setTimeout(run, 300)
  })
}
