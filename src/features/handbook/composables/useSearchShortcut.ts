import { onBeforeUnmount, onMounted } from 'vue'
import { isTypingIn } from '@/composables/typing'

/**
 * Calls `open` on "/" (outside text fields) and on Ctrl+K or ⌘K (anywhere).
 *
 * Hand-written rather than VueUse's `onKeyStroke`, like the other composables of the first visit
 * (`useOnline`, the term popover's listener): one VueUse import on that path moves every VueUse
 * function the app uses into the entry chunk, +1.8 kB gzip, over the budget in tests/e2e/bytes.spec.ts.
 */
export function useSearchShortcut(open: () => void): void {
  function onKeydown(event: KeyboardEvent) {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey
    if ((slash && !isTypingIn(event.target)) || ctrlK) {
      event.preventDefault()
      open()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
