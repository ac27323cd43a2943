import { onScopeDispose, ref } from 'vue'

/**
 * Whether the browser believes it has a network connection, updated live. Not VueUse's `useOnline`:
 * this runs on every first visit, see useSearchShortcut.ts for why that path stays free of VueUse.
 */
export function useOnline() {
  const online = ref(navigator.onLine)
  const update = () => (online.value = navigator.onLine)
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  onScopeDispose(() => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return online
}
