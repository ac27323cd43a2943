import { onScopeDispose, ref, watch, type Ref } from 'vue'

/** Keeps the screen on while `active` is true, where the browser offers the Screen Wake Lock API. */
export function useWakeLock(active: Ref<boolean>) {
  const supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator
  const held = ref(false)
  let sentinel: WakeLockSentinel | null = null

  async function acquire() {
    if (!supported || sentinel || document.visibilityState !== 'visible') return
    try {
      sentinel = await navigator.wakeLock.request('screen')
      held.value = true
      sentinel.addEventListener('release', () => {
        sentinel = null
        held.value = false
      })
    } catch {
      // Refused (battery saver, no user gesture): the timer works anyway.
    }
  }

  function release() {
    void sentinel?.release()
    sentinel = null
  }

  // The browser drops the lock when the tab is hidden; take it again on return.
  const onVisible = () => active.value && void acquire()
  document.addEventListener('visibilitychange', onVisible)
  watch(active, (on) => (on ? void acquire() : release()), { immediate: true })
  onScopeDispose(() => {
    document.removeEventListener('visibilitychange', onVisible)
    release()
  })
  return { supported, held }
}
