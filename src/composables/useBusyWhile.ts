import { onScopeDispose, watch, type Ref } from 'vue'
import { holdBusy } from '@/lib/busy'

/** Marks the app as busy (no self-reload for an update) for as long as `active` is true. */
export function useBusyWhile(active: Ref<boolean>, reason: string): void {
  let release: (() => void) | null = null
  const stop = () => {
    release?.()
    release = null
  }
  watch(
    active,
    (on) => {
      if (on && !release) release = holdBusy(reason)
      else if (!on) stop()
    },
    { immediate: true },
  )
  onScopeDispose(stop)
}
