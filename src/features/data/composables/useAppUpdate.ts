import { registerSW } from 'virtual:pwa-register'
import { readonly, ref } from 'vue'
import { isTypingIn } from '@/composables/typing'
import { isBusy, noteTyping, runWhenIdle } from '@/lib/busy'

const updateReady = ref(false)
/** The user agreed, but someone is typing or a timer runs: reload as soon as that is over. */
const waitingForQuiet = ref(false)
let activate: ((reload?: boolean) => Promise<void>) | null = null
let started = false

const busyNow = () => isBusy(Date.now(), isTypingIn(document.activeElement))

function reloadWhenQuiet(): void {
  const run = activate
  if (!run || waitingForQuiet.value) return
  waitingForQuiet.value = !runWhenIdle(() => void run(true), busyNow)
}

/**
 * Registers the service worker (production only) and keeps track of typing, so an update never
 * reloads the page under someone's fingers.
 */
export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  started = true
  document.addEventListener('input', () => noteTyping(), { capture: true })
  activate = registerSW({
    onNeedRefresh: () => {
      updateReady.value = true
    },
  })
}

export function useAppUpdate() {
  return {
    updateReady: readonly(updateReady),
    waitingForQuiet: readonly(waitingForQuiet),
    reload: reloadWhenQuiet,
    dismiss: () => {
      updateReady.value = false
    },
  }
}
