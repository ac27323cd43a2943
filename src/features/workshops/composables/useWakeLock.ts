import { useWakeLock as useScreenWakeLock } from '@vueuse/core'
import { watch, type Ref } from 'vue'

/**
 * Keeps the screen on while `active` is true, where the browser offers the Screen Wake Lock API.
 * The browser drops the lock when the tab is hidden; VueUse takes it again on return.
 */
export function useWakeLock(active: Ref<boolean>) {
  const { isSupported, isActive, request, release } = useScreenWakeLock()
  watch(
    active,
    (on) =>
      // Refused (battery saver, no user gesture): the timer works anyway.
      void (on ? request('screen') : release()).catch(() => undefined),
    { immediate: true },
  )
  return { supported: isSupported.value, held: isActive }
}
