import { onScopeDispose, ref } from 'vue'
import { onNewerVersionElsewhere } from '@/db/version-change'

/** True once another tab opened this device's data with a newer app version; this tab must reload. */
export function useNewerVersionElsewhere() {
  const newer = ref(false)
  onScopeDispose(onNewerVersionElsewhere(() => (newer.value = true)))
  return newer
}
