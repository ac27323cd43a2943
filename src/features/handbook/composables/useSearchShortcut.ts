import { onBeforeUnmount, onMounted } from 'vue'

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** Calls `open` on "/" (outside text fields) and on Ctrl+K or ⌘K (anywhere). */
export function useSearchShortcut(open: () => void): void {
  function onKeydown(event: KeyboardEvent) {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey
    if ((slash && !isTyping(event.target)) || ctrlK) {
      event.preventDefault()
      open()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
